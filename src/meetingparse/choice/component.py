"""The choice component: after the hand rules have read the meeting (``meetingparse_event``),
each decision's candidates are scored by its fitted model; the best one becomes the value when
its calibrated confidence reaches the decision's threshold, and the confidence is kept in
``doc._.mp_confidence``. A decision with no scorer file keeps the rules' value, unscored."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..components.base import RuleComponent
from ..components.event import EventFacts, EventReader
from ..components.meeting import MeetingReader
from ..components.venue import VenueReader
from .chair import ChairDecision
from .dates import DateDecision
from .decision import Candidate, Decision, with_abstention
from .features import context
from .mode import ModeDecision
from .places import OrganizerDecision, VenueDecision
from .scorer import Scorer, read_scorer

SCORERS = "choice"  # the folder of scorer files inside the assets folder

Doc.set_extension("mp_confidence", default=None, force=True)


class ChoiceReader(RuleComponent):
    """Choose the meeting's chair, venue, organizer, date and mode among candidates, with
    fitted scorers from ``choice/DECISION.json`` in the assets folder."""

    lexicons = (*EventReader.lexicons, "reporting_verbs")
    patterns = (*EventReader.patterns, "presiding_expressions")

    def _files(self, folder: Path) -> list[Path]:
        scorers = sorted((folder / SCORERS).glob("*.json")) if (folder / SCORERS).is_dir() else []
        return super()._files(folder) + scorers

    def _load(self, folder: Path) -> None:
        super()._load(folder)
        venues = VenueReader(MeetingReader(self.lex), self.lex, self.rx)
        self.decisions: tuple[Decision, ...] = (ChairDecision(self.rx["presiding_expressions"]), VenueDecision(venues),
                                                OrganizerDecision(), DateDecision(), ModeDecision(venues))
        paths = {d.name: folder / SCORERS / f"{d.name}.json" for d in self.decisions}
        self.scorers: dict[str, Scorer] = {name: read_scorer(p) for name, p in paths.items() if p.is_file()}

    def candidates(self, doc: Doc) -> dict[str, list[Candidate]]:
        """Every decision's candidates on an annotated doc (``fit`` labels these)."""
        event: EventFacts = doc._.mp_event
        ctx = context(doc, self.lex, event.sentence)
        return {d.name: d.candidates(ctx, event) for d in self.decisions}

    def __call__(self, doc: Doc) -> Doc:
        event: EventFacts = doc._.mp_event
        changes: dict[str, Any] = {}
        confidence: dict[str, float] = {}
        for decision, candidates in zip(self.decisions, self.candidates(doc).values()):
            scorer = self.scorers.get(decision.name)
            if scorer is None:
                continue
            kept = getattr(event, decision.event_field)
            options = with_abstention(candidates, kept is None)
            best, sure = scorer.choose([c.features for c in options])
            chosen = options[best].value if sure >= scorer.threshold else None
            if decision.name == "date" and chosen is not None and kept is not None and chosen.span == kept.span:
                chosen = kept  # the rules' reading of a multi-day date's first day
            changes[decision.event_field] = chosen
            if chosen is not None:
                confidence[decision.name] = round(sure, 4)
        doc._.mp_event = dataclasses.replace(event, **changes)
        doc._.mp_confidence = confidence
        return doc


@Language.factory("meetingparse_choice", default_config={"assets": None})
def make_choice(nlp: Language, name: str, assets: str | None) -> ChoiceReader:
    """Factory of the choice component."""
    return ChoiceReader(name, assets=assets)
