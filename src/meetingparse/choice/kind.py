"""The meeting's kind, judged and not chosen: every kind of meeting noun the page uses is a
candidate, described by how often and where its nouns stand, whether it is a general kind
("meeting", "session") and whether the rules took it; the fitted model gives the rules' kind
its confidence. (A fitted choice of the kind lost to the rules on dev: the gold's kind follows
the title's head noun, which the rules read.)"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Span

from ..components.event import EventFacts
from ..components.meeting import MeetingReader, is_prose
from .decision import Candidate, agrees_with_gold
from .features import Context, position


class KindDecision:
    """What kind of meeting it was; the model judges the rules' kind."""

    name = "kind"
    event_field = "kind"
    judges_only = True
    of_a_participant = False

    def __init__(self, meetings: MeetingReader) -> None:
        self.meetings = meetings

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        nouns_by_kind: dict[str, list[Span]] = {}
        for noun in self.meetings.meeting_nouns(ctx.doc):
            nouns_by_kind.setdefault(self.meetings.kind(noun), []).append(ctx.doc[noun.i : noun.i + 1])
        if event.kind is not None:
            nouns_by_kind.setdefault(event.kind, [])
        candidates = []
        for kind, nouns in nouns_by_kind.items():
            features = {f"first_{k}": v for k, v in position(nouns[0], ctx).items()} if nouns else {"no_noun": 1.0}
            features.update({
                "rule_same": float(kind == event.kind),
                "mentions_log": math.log1p(len(nouns)),
                "general": float(kind in ctx.lex["generic_meeting_kinds"]),
                "two_words": float(" " in kind),
                "any_in_prose": float(any(is_prose(n.sent) for n in nouns)),
                "any_relayed": float(any(self.meetings.is_relayed(n[0]) for n in nouns)),
            })
            candidates.append(Candidate(kind, kind, features))
        return candidates

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        return agrees_with_gold(self.name, candidate.text, gold)
