"""The choice component: after the hand rules have read the meeting and its speeches, each
decision's candidates are scored by its fitted model. A single value (chair, venue,
organizer, date, mode) is the best option, the empty value among them, when its calibrated
confidence reaches the decision's threshold. The items of a list (organizations,
participants, speech points) are the rules', each with its model's calibrated confidence,
except where the list's model was fitted to choose them (a threshold over 0, the
participants, the organizations): it drops the rules' unlikely items and admits the likely ones they left out. Confidences go to ``doc._.mp_confidence`` and beside each list. A decision with no scorer file keeps the
rules' answer, unscored."""

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
from .attendance import AttendanceDecision
from .bodies import OrganizationsDecision
from .chair import ChairDecision
from .dates import DateDecision
from .decision import Candidate, Decision, ItemDecision, ruled_option, with_abstention
from .features import Context, context
from .kind import KindDecision
from .mode import ModeDecision
from .organizer import OrganizerDecision
from .places import VenueDecision
from .points import PointsDecision
from .scorer import Scorer, read_scorer
from .title import TitleDecision

SCORERS = "choice"  # the folder of scorer files inside the assets folder

Doc.set_extension("mp_confidence", default=None, force=True)


class ChoiceReader(RuleComponent):
    """Choose the meeting's single values and list items among candidates, with fitted
    scorers from ``choice/DECISION.json`` in the assets folder."""

    lexicons = (*EventReader.lexicons, "attendance_words", "common_abbreviations", "legal_forms")
    patterns = EventReader.patterns

    def _files(self, folder: Path) -> list[Path]:
        scorers = sorted((folder / SCORERS).glob("*.json")) if (folder / SCORERS).is_dir() else []
        return super()._files(folder) + scorers

    def _load(self, folder: Path) -> None:
        super()._load(folder)
        meetings = MeetingReader(self.lex, self.rx["record_headings"])
        venues = VenueReader(meetings, self.lex, self.rx)
        self.decisions: tuple[Decision, ...] = (
            TitleDecision(meetings), KindDecision(meetings), ChairDecision(self.rx["presiding_expressions"]), VenueDecision(venues),
            OrganizerDecision(meetings), DateDecision(), ModeDecision(venues))
        self.attendance = AttendanceDecision()
        self.items: tuple[ItemDecision, ...] = (OrganizationsDecision(), self.attendance, PointsDecision())
        names = [d.name for d in self.decisions] + [d.name for d in self.items]
        paths = {name: folder / SCORERS / f"{name}.json" for name in names}
        self.scorers: dict[str, Scorer] = {name: read_scorer(p) for name, p in paths.items() if p.is_file()}

    def _context(self, doc: Doc) -> tuple[Context, EventFacts]:
        event: EventFacts = doc._.mp_event
        return context(doc, self.lex, event.sentence), event

    def candidates(self, doc: Doc) -> dict[str, list[Candidate]]:
        """Every decision's candidates on an annotated doc, single values and list items
        alike (``fit`` labels these)."""
        ctx, event = self._context(doc)
        found = {d.name: d.candidates(ctx, event) for d in self.decisions}
        return found | {item.name: item.candidates(ctx, event) for item in self.items}

    def __call__(self, doc: Doc) -> Doc:
        event = doc._.mp_event
        candidates = self.candidates(doc)
        changes: dict[str, Any] = {}
        confidence: dict[str, float] = {}
        kept_items = {item.name: self._kept(item, candidates[item.name]) for item in self.items if item.name in self.scorers}
        unlikely = self._unlikely_participants(candidates, kept_items)
        for decision in self.decisions:
            scorer = self.scorers.get(decision.name)
            if scorer is None:
                continue
            kept = getattr(event, decision.event_field)
            found = candidates[decision.name]
            if decision.of_a_participant:
                found = [c for c in found if c.value not in unlikely]
            options = with_abstention(found, kept is None)
            if decision.judges_only:
                ruled = ruled_option([c.features for c in options])
                if kept is not None and ruled is not None:
                    confidence[decision.name] = round(scorer.chance_of([c.features for c in options], ruled), 4)
                continue
            best, sure = scorer.choose([c.features for c in options])
            chosen = options[best].value if sure >= scorer.threshold else None
            if decision.name == "date" and chosen is not None and kept is not None and chosen.span == kept.span:
                chosen = kept  # the rules' reading of a multi-day date's first day
            changes[decision.event_field] = chosen
            if chosen is not None:
                confidence[decision.name] = round(sure, 4)
        for item in self.items:
            if item.name in kept_items:
                item.keep(doc, kept_items[item.name])
        doc._.mp_event = dataclasses.replace(event, **changes)
        doc._.mp_confidence = confidence
        return doc

    def _kept(self, item: ItemDecision, found: list[Candidate]) -> list[tuple[Candidate, float]]:
        """A list's items its model keeps, each with its probability: as its model chooses, where
        it chooses members, else as the rules read them."""
        scorer = self.scorers[item.name]
        judged = [(c, scorer.probability(c.features)) for c in found]
        chosen = item.chooses_members and (scorer.threshold > 0 or scorer.admit is not None)
        return [(c, p) for c, p in judged
                if (kept_by(scorer, p, item.ruled(c), item.settled(c)) if chosen else item.ruled(c))]

    def _unlikely_participants(self, candidates: dict[str, list[Candidate]],
                               kept_items: dict[str, list[tuple[Candidate, float]]]) -> set[Any]:
        """The people the participants' model drops, though the rules found them: a chair must
        take part, so none of them can be the chair ("Meeting Called to Order", "under the
        chairmanship of Brunei Darussalam")."""
        if self.attendance.name not in kept_items:
            return set()
        attending = {c.value for c, _ in kept_items[self.attendance.name]}
        return {c.value for c in candidates[self.attendance.name]} - attending


def kept_by(scorer: Scorer, probability: float, ruled: bool, settled: bool = False) -> bool:
    """Whether a list's model keeps an item: as the rules read it where that is ``settled``;
    else one the rules keep unless it is unlikely (under the threshold), one they leave out only
    if it is likely (at ``admit``)."""
    if settled:
        return ruled
    if ruled:
        return probability >= scorer.threshold
    return scorer.admit is not None and probability >= scorer.admit


@Language.factory("meetingparse_choice", default_config={"assets": None})
def make_choice(nlp: Language, name: str, assets: str | None) -> ChoiceReader:
    """Factory of the choice component."""
    return ChoiceReader(name, assets=assets)
