"""The speech points: each point the speech reader found, and each piece it offers as
possibly carrying on a speaker's turn, judged on whether it is its speaker's: by its length
and place, quotation, a reporting verb in its sentence, how far it stands from the
speaker's nearest mention and from the speech, and what marks it as someone's words."""

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
    """Which of the points found are what their speaker said: the rules' points, and the
    pieces of the sentences after a speech that may carry on the speaker's turn."""

    name = "points"
    chooses_members = True  # a carried piece is listed only when the model admits it
    drops_ruled = False  # the rules' points stay: on a short text the model has little to judge them by

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        people: list[PersonCluster] = ctx.doc._.mp_people or []
        candidates = []
        for speech in ctx.doc._.mp_speeches or []:
            speaker = people[speech.speaker]
            carried = [(c.point, {"rule_point": 0.0, "turn_sentences_log": math.log1p(c.sentences_on)})
                       for c in speech.carried]
            ruled = [(point, {"rule_point": 1.0}) for point in speech.points]
            for rank, (point, own) in enumerate(ruled + carried):
                features = position(point, ctx) | own | _said_shape(point, ctx.lex["meeting_kinds"])
                features.update({
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

    def expected(self, gold: Mapping[str, Any]) -> int:
        return sum(len([p for p in said if p]) for said in gold_points_by_speaker(gold).values())

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        speaker, _ = candidate.value
        said = gold_points_by_speaker(gold).get(normalize_name(speaker), [])
        return any(token_f1(plain(p), candidate.text) >= POINT_MIN_F1 for p in said if p)

    def ruled(self, candidate: Candidate) -> bool:
        return bool(candidate.features["rule_point"])

    def settled(self, candidate: Candidate) -> bool:
        return False

    def keep(self, doc: Doc, kept: list[tuple[Candidate, float]]) -> None:
        doc._.mp_point_confidence = {(c.value[1].start_char, c.value[1].end_char): round(p, 4) for c, p in kept}


_FIRST_PERSON = {"i", "we", "our", "us", "my", "me"}
_BACKSHIFTED = {"would", "could", "might", "should"}  # "will" and "can" reported in the past: "the union would ballot members"
_THIRD_PERSON = {"he", "she", "they"}


def _said_shape(point: Span, meeting_words: frozenset[str]) -> dict[str, float]:
    """What marks a piece as someone's words rather than the narrator's: a pronoun subject
    ("He added ..."), the first person, a modal ("should", "must") and one shifted back as
    reported speech shifts it ("would"), the tense of its verb;
    and what marks the narrator: a passive ("The accounts were approved"), the meeting itself
    ("The seminar ended with ...")."""
    subject = next((t for t in point if t.dep_ in {"nsubj", "nsubjpass"}), None)
    root = point.root
    return {
        "third_person_subject": float(subject is not None and subject.lower_ in _THIRD_PERSON),
        "noun_subject": float(subject is not None and subject.pos_ in {"NOUN", "PROPN"}),
        "first_person": float(any(t.lower_ in _FIRST_PERSON for t in point)),
        "modal": float(any(t.tag_ == "MD" for t in point)),
        "backshifted_modal": float(any(t.tag_ == "MD" and t.lower_ in _BACKSHIFTED for t in point)),
        "past_verb": float(root.tag_ in {"VBD", "VBN"}),
        "present_verb": float(root.tag_ in {"VBZ", "VBP"}),
        "passive": float(any(t.dep_ in {"auxpass", "nsubjpass"} for t in point)),
        "meeting_word": float(any(t.lemma_.lower() in meeting_words for t in point)),
    }


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
