"""The meeting's title: the name each meeting noun of the page carries, described by where it
stands, whether its noun is the one the rules took for the meeting (or names the same kind),
whether it is relayed or general, and how much it reads as a name (capitals, numbers, quotes)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..components.event import EventFacts
from ..components.meeting import MeetingReader, in_general, is_prose
from .decision import Candidate, agrees_with_gold
from .features import Context, overlap, position

_QUOTES = {'"', "“", "‘", "'"}


class TitleDecision:
    """What the report calls the meeting."""

    name = "title"
    event_field = "title"
    judges_only = False
    of_a_participant = False

    def __init__(self, meetings: MeetingReader) -> None:
        self.meetings = meetings

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        nouns = self.meetings.meeting_nouns(ctx.doc)
        chosen = self.meetings.meeting_noun(ctx.doc)
        seen: set[tuple[int, int]] = set()
        candidates = []
        for noun in nouns:
            span = self.meetings.title_of(noun)
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            words = [t for t in span if not t.is_punct]
            features = {**position(span, ctx), **overlap(span, event.title, "rule"),
                        "rule_noun": float(chosen is not None and noun.i == chosen.i),
                        "same_kind_as_rule": float(chosen is not None and self.meetings.may_name_same(chosen, noun)),
                        "relayed": float(self.meetings.is_relayed(noun)),
                        "general": float(in_general(noun)),
                        "plural": float(noun.tag_ in {"NNS", "NNPS"}),
                        "noun_in_prose": float(is_prose(noun.sent)),
                        "capitalized_share": sum(t.text[:1].isupper() for t in words) / max(len(words), 1),
                        "has_number": float(any(t.like_num or t.ent_type_ == "ORDINAL" for t in span)),
                        "quoted": float(span.start > 0 and ctx.doc[span.start - 1].text in _QUOTES),
                        "words_log": math.log1p(len(words))}
            candidates.append(Candidate(span, span.text, features))
        return candidates

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        return agrees_with_gold(self.name, candidate.text, gold)
