"""The chair: one of the people found, described by what presides near their mentions
(a presiding verb above them, a chair's word beside them, a chair's title) and where
they first appear."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Span

from ..components.event import EventFacts
from ..components.lexical import verb_in
from ..components.marks import text_of
from ..components.people import PersonCluster
from ..evaluate import person_name, same_name
from .decision import Candidate
from .features import MOST_MENTIONS, Context, position

_NEAR = 4  # tokens either side of a mention in which a chair's word counts
_NEAR_CHARS = 60  # characters either side of a mention in which a presiding expression counts


class ChairDecision:
    """Who chaired the meeting, over the patterns ``presiding_expressions``."""

    name = "chair"
    event_field = "chair"
    judges_only = False
    of_a_participant = True

    def __init__(self, expressions: tuple[re.Pattern[str], ...]) -> None:
        self.expressions = re.compile("|".join(f"(?:{p.pattern})" for p in expressions) or "(?!)", re.IGNORECASE)

    def _expression_near(self, mention: Span) -> bool:
        """Whether a presiding expression stands in a mention's sentence within a few words of it."""
        sentence = mention.sent
        text = text_of(mention.doc)
        start = max(sentence.start_char, mention.start_char - _NEAR_CHARS)
        end = min(sentence.end_char, mention.end_char + _NEAR_CHARS)
        return self.expressions.search(text, start, end) is not None

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        people: list[PersonCluster] = ctx.doc._.mp_people or []
        return [Candidate(index, person.name.text, self._features(index, person, ctx, event))
                for index, person in enumerate(people) if person.mentions]

    def _features(self, index: int, person: PersonCluster, ctx: Context, event: EventFacts) -> dict[str, float]:
        chair_words = ctx.lex["chair_titles"] | {r.split()[-1] for r in ctx.lex["presiding_roles"]}
        mentions = person.mentions[:MOST_MENTIONS]
        sentences = {m.sent.start: m.sent for m in mentions}.values()
        features = {f"first_{k}": v for k, v in position(person.mentions[0], ctx).items()}
        features.update({
            "rule_same": float(index == event.chair),
            "rule_none": float(event.chair is None),
            "person_rank_log": math.log1p(index),
            "mentions_log": math.log1p(len(person.mentions)),
            "only_mentioned": float(person.only_mentioned),
            "guest": float(index in event.guests),
            "has_title": float(person.title is not None),
            "represents_host": float(person.represents_host),
            "presiding_verb_above": float(any(presided_by(m, ctx.lex["chair_verbs"]) for m in mentions)),
            "presiding_verb_in_sentence": float(any(t.pos_ == "VERB" and verb_in(t, ctx.lex["chair_verbs"])
                                                    for s in sentences for t in s)),
            "chair_word_near": float(any(_word_near(m, chair_words) for m in mentions)),
            "presiding_expression_near": float(any(self._expression_near(m) for m in mentions)),
        })
        position_words = _position_words(person.title)
        is_chair_title = bool(position_words) and position_words[-1] in ctx.lex["chair_titles"]
        features["chair_title"] = float(is_chair_title and not ctx.lex["other_chair_modifiers"] & set(position_words))
        features["deputy_chair_title"] = float(is_chair_title and bool(ctx.lex["other_chair_modifiers"] & set(position_words)))
        return features

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        expected = person_name(gold.get("chair"))
        return isinstance(expected, str) and same_name(expected, candidate.text)


def presided_by(mention: Span, chair_verbs: frozenset[str]) -> bool:
    """Whether a presiding verb governs a mention within three steps of the parse
    ("chaired by X", "X presided", "with X presiding")."""
    return any(verb_in(t, chair_verbs) for t in list(mention.root.ancestors)[:3])


def seated_in_chair(mention: Span, presiding_roles: frozenset[str]) -> bool:
    """Whether a mention is put "in the chair" right after it ("with X in the Chair",
    "X, in the chair", "Alan Price (in the chair)")."""
    doc = mention.doc
    words = [t.lower_ for t in doc[mention.end : mention.end + 5] if t.text not in {",", "("}][:3]
    return len(words) == 3 and words[:2] == ["in", "the"] and words[2] in presiding_roles


def _word_near(mention: Span, words: frozenset[str] | set[str]) -> bool:
    doc = mention.doc
    window = [*doc[max(0, mention.start - _NEAR) : mention.start], *doc[mention.end : mention.end + _NEAR]]
    return any(t.lower_ in words for t in window)


def _position_words(title: Span | None) -> list[str]:
    """A title's words up to its body ("Chair of the Board" -> ["chair"])."""
    if title is None:
        return []
    words = title.text.lower().replace("-", " ").split()
    return words[: next((i for i, w in enumerate(words) if w in {"of", "for", "to"}), len(words))]
