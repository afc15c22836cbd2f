"""The participants: every person found, judged on whether the report puts them at the
meeting, by where and how often they appear, what the text gives them (a title, a body),
whether they speak or chair, and the hand rules' reading ("only mentioned")."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span

from ..components.event import EventFacts
from ..components.marks import person_at
from ..components.people import PersonCluster
from ..evaluate import items, normalize_name, person_name
from .chair import presided_by, seated_in_chair
from .decision import Candidate, listed_in_gold
from .features import MOST_MENTIONS, Context, across

Doc.set_extension("mp_attending", default=None, force=True)  # person index -> confidence, the people kept


def _others_in_sentence(sentence: Span, index: int) -> int:
    """How many other people a sentence names (a list of attendees names several)."""
    return len({person_at(t) for t in sentence} - {None, index})


def _addressed(person: PersonCluster, honorifics: frozenset[str]) -> bool:
    """Whether a form of address stands right before one of a person's mentions ("Mr. Li")."""
    return any(m.start > 0 and m.doc[m.start - 1].lower_ in honorifics for m in person.mentions[:MOST_MENTIONS])


class AttendanceDecision:
    """Who took part in the meeting."""

    name = "participants"
    chooses_members = True
    drops_ruled = True

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        people: list[PersonCluster] = ctx.doc._.mp_people or []
        points = {s.speaker: len(s.points) for s in ctx.doc._.mp_speeches or []}
        candidates = []
        for index, person in enumerate(people):
            if not person.mentions:
                continue
            features = across(person.mentions, ctx)
            sentences = {m.sent.start: m.sent for m in person.mentions[:MOST_MENTIONS]}.values()
            features.update({
                "rule_attends": float(not person.only_mentioned),
                "absence_cue": float(person.absent),
                "relay_cue": float(person.relayed),
                "rule_chair": float(index == event.chair),
                "guest": float(index in event.guests),
                "has_title": float(person.title is not None),
                "addressed": float(_addressed(person, ctx.lex["honorifics"])),
                "presides": float(any(presided_by(m, ctx.lex["chair_verbs"]) or seated_in_chair(m, ctx.lex["presiding_roles"])
                                      for m in person.mentions[:MOST_MENTIONS])),
                "has_organization": float(person.organization is not None or person.represents_host),
                "speaker": float(index in points),
                "points_log": math.log1p(points.get(index, 0)),
                "name_words_log": math.log1p(len(person.name)),
                "attendance_word_in_sentence": float(any(
                    t.lemma_.lower() in ctx.lex["attendance_words"] for s in sentences for t in s)),
                "listed_with_others": float(any(_others_in_sentence(s, index) >= 2 for s in sentences)),
            })
            candidates.append(Candidate(index, person.name.text, features))
        return candidates

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        return normalize_name(candidate.text) in {normalize_name(person_name(p)) for p in items(gold, self.name)}

    def ruled(self, candidate: Candidate) -> bool:
        return bool(candidate.features["rule_attends"] or candidate.features["rule_chair"])

    def settled(self, candidate: Candidate) -> bool:
        """A speaker the rules keep (the record's speeches name them) or their chair where a
        title, a form of address or a presiding verb shows a person ("Mr. Li", "Wang Lei
        chaired"), or someone the rules leave out as absent or only relayed. A bare name the
        rules took for the chair is not settled: one the model finds unlikely ("Meeting Called
        to Order") is no participant, so no chair."""
        features = candidate.features
        if self.ruled(candidate):
            person_shown = features["has_title"] or features["addressed"] or features["presides"]
            return bool(features["speaker"] or (features["rule_chair"] and person_shown))
        return bool(features["absence_cue"] or features["relay_cue"])

    def expected(self, gold: Mapping[str, Any]) -> int:
        return listed_in_gold(gold, self.name)

    def keep(self, doc: Doc, kept: list[tuple[Candidate, float]]) -> None:
        doc._.mp_attending = {c.value: round(p, 4) for c, p in kept}
