"""The meeting's date among the date mentions: whether it is still to come, how far before
the report it lies, whether it is explicit or a dateline's, and where it stands."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..components.dates import DateMention
from ..components.event import EventFacts
from ..components.lexical import verb_in
from ..evaluate import same_day, start_date
from .decision import Candidate
from .features import Context, position

_RECENT_DAYS = 45


class DateDecision:
    """When the meeting took place."""

    name = "date"
    event_field = "date"
    judges_only = False
    of_a_participant = False

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        mentions: list[DateMention] = ctx.doc._.mp_dates or []
        reference = ctx.doc._.mp_reference_date
        meeting_words = ctx.lex["meeting_kinds"]
        candidates = []
        for mention in mentions:
            days = (reference - mention.start).days if reference is not None else None
            features = {**position(mention.span, ctx),
                        "rule_same": float(event.date is not None and mention.span == event.date.span),
                        "prospective": float(mention.prospective), "explicit": float(mention.explicit),
                        "dateline": float(mention.dateline), "range": float(mention.end is not None),
                        "has_time": float(mention.time is not None),
                        "names_meeting": float(any(t.lemma_.lower() in meeting_words for t in mention.span.sent)),
                        "no_reference": float(days is None)}
            features["governed_by_meeting"] = float(_governed_by_meeting(mention, ctx))
            if days is not None:
                features["on_reference_day"] = float(days == 0)  # most often the report's own date
                features["recent"] = float(0 <= days <= _RECENT_DAYS)
                features["after_reference"] = float(days < 0)
                features["days_before_log"] = math.log1p(abs(days))
            candidates.append(Candidate(mention, mention.start.isoformat(), features))
        return candidates

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        expected = start_date(gold)
        return expected is not None and same_day(expected, candidate.text)


def _governed_by_meeting(mention: DateMention, ctx: Context) -> bool:
    """Whether a date hangs, within three steps of the parse, from a verb that holds or
    convenes a meeting or from a meeting noun ("held on 2 May", "the meeting of 2 May")."""
    meeting_words = ctx.lex["meeting_kinds"] | ctx.lex["generic_meeting_kinds"]
    for token in list(mention.span.root.ancestors)[:3]:
        if token.lemma_.lower() in meeting_words or verb_in(token, ctx.lex["hold_verbs"] | ctx.lex["meet_verbs"]):
            return True
    return False
