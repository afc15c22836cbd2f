"""The speech points: each point the speech reader found, judged on whether it is its
speaker's, by its length and place, quotation, a reporting verb in its sentence, and how
far it stands from the speaker's nearest mention."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span

from ..components.event import EventFacts
from ..components.lexical import verb_in
from ..components.people import PersonCluster
from ..evaluate import (
    POINT_MIN_F1,
    gold_points_by_speaker,
    normalize_name,
    plain,
    token_f1,
)
from .decision import Candidate
from .features import Context, position

_QUOTES = {'"', "“", "”", "'", "‘", "’"}
Doc.set_extension("mp_point_confidence", default=None, force=True)  # (start_char, end_char) -> confidence


class PointsDecision:
    """Which of the points found are what their speaker said."""

    name = "points"
    chooses_members = False  # the record builds this list from the rules' spans

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        people: list[PersonCluster] = ctx.doc._.mp_people or []
        candidates = []
        for speech in ctx.doc._.mp_speeches or []:
            speaker = people[speech.speaker]
            for rank, point in enumerate(speech.points):
                features = position(point, ctx)
                features.update({
                    "rule_point": 1.0,
                    "rank_log": math.log1p(rank),
                    "speech_points_log": math.log1p(len(speech.points)),
                    "length_log": math.log1p(len(point)),
                    "quoted": float(_quoted(point)),
                    "reporting_verb_in_sentence": float(any(
                        t.pos_ == "VERB" and verb_in(t, ctx.lex["reporting_verbs"]) for t in point.sent)),
                    "speaker_in_sentence": float(any(m.sent.start == point.sent.start for m in speaker.mentions)),
                    "sentences_from_speaker_log": math.log1p(_sentences_from(point, speaker, ctx)),
                    "speaker_is_chair": float(speech.speaker == event.chair),
                })
                candidates.append(Candidate((speaker.name.text, point), point.text, features))
        return candidates

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        speaker, _ = candidate.value
        said = gold_points_by_speaker(gold).get(normalize_name(speaker), [])
        return any(token_f1(plain(p), candidate.text) >= POINT_MIN_F1 for p in said if p)

    def ruled(self, candidate: Candidate) -> bool:
        return True  # every candidate is a point the speech reader found

    def keep(self, doc: Doc, kept: list[tuple[Candidate, float]]) -> None:
        doc._.mp_point_confidence = {(c.value[1].start_char, c.value[1].end_char): round(p, 4) for c, p in kept}


def _quoted(point: Span) -> bool:
    """Whether a point stands inside quotation marks."""
    doc = point.doc
    before = doc[max(0, point.start - 2) : point.start]
    return any(t.text in _QUOTES for t in before) or point[0].text in _QUOTES


def _sentences_from(point: Span, speaker: PersonCluster, ctx: Context) -> int:
    """Sentences between a point and its speaker's nearest mention before it (or after, if none is before)."""
    here = ctx.sentence_index.get(point.sent.start, 0)
    ranks = [ctx.sentence_index.get(m.sent.start, 0) for m in speaker.mentions]
    before = [here - r for r in ranks if r <= here]
    return min(before) if before else min((abs(here - r) for r in ranks), default=0)
