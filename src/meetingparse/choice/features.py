"""General features of a candidate span: where it stands on the page, what the entity
recognizer and the parse say of it, which broad word classes its words and its governing verb
belong to. None of them names a word of a particular report; lexical classes come from the
lexicon files in ``models/``."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..components.lexical import singular_forms, verb_in
from ..components.marks import is_debris, person_at, text_of
from ..components.meeting import is_prose

_ENTITY_LABELS = ("ORG", "GPE", "FAC", "LOC", "PERSON", "NORP")
_PREPOSITION_CLASSES = {"at": "place", "in": "place", "inside": "place", "on": "on", "by": "agent",
                        "of": "of", "for": "of", "from": "from", "with": "with", "between": "with", "among": "with"}
_LEAD_SENTENCES = 3
_LONGEST_HEADLINE = 30  # words
_FOOTER_SHARE = 0.85  # a candidate past this share of the text stands in the page's closing lines
MOST_MENTIONS = 50  # an item's first mentions that describe it: more add nothing but cost


@dataclass(frozen=True)
class Context:
    """What every candidate of one report is described against."""

    doc: Doc
    lex: Mapping[str, frozenset[str]]
    meeting_sentence: Span | None  # the sentence that names the meeting, if one does
    sentence_index: Mapping[int, int]  # a sentence's first token -> its position among the sentences
    headline_end: int  # the character where the page's headline ends (0 for a page that opens with prose)
    footer_start: int  # the character past which a span stands in the page's closing lines


def context(doc: Doc, lex: Mapping[str, frozenset[str]], meeting_sentence: Span | None) -> Context:
    """The context of one annotated report."""
    text = text_of(doc)
    return Context(doc, lex, meeting_sentence, {s.start: i for i, s in enumerate(doc.sents)},
                   _headline_end(text), int(_FOOTER_SHARE * len(text)))


def _headline_end(text: str) -> int:
    """Where the first line ends, if it reads as a headline: short, and not closed like a
    sentence. A page that opens with a paragraph has no headline."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    return end if line and len(line.split()) <= _LONGEST_HEADLINE and line[-1] not in ".!?" else 0


def position(span: Span, ctx: Context) -> dict[str, float]:
    """Where a span stands: its sentence's rank, the headline, the lead, the closing lines,
    the meeting's own sentence and the distance to it."""
    sentence = span.sent
    rank = ctx.sentence_index.get(sentence.start, 0)
    features = {
        "sentence_rank_log": math.log1p(rank),
        "in_headline": float(span.start_char < ctx.headline_end),
        "in_lead": float(rank < _LEAD_SENTENCES),
        "in_footer": float(span.start_char > ctx.footer_start),
        "in_debris": float(is_debris(span[0])),
        "in_prose_sentence": float(is_prose(sentence)),
    }
    meeting = ctx.meeting_sentence
    if meeting is not None:
        features["in_meeting_sentence"] = float(sentence.start == meeting.start)
        gap = abs(ctx.sentence_index.get(sentence.start, 0) - ctx.sentence_index.get(meeting.start, 0))
        features["sentences_from_meeting_log"] = math.log1p(gap)
    else:
        features["no_meeting_sentence"] = 1.0
    return features


def _past_a_name(preposition: Token, span: Span, titles: frozenset[str]) -> bool:
    """Whether a post's own "of" governs the span across proper nouns: the parser read "Members
    of Parliament | Thilina Perera" as "Members of Parliament Thilina Perera", and the span
    follows the post's words, not the preposition ("moved by Cr X" is governed by "by"; "the
    Coordinator of the X Lecture Series" names a body)."""
    between = span.doc[preposition.i + 1 : span.start]
    return bool(singular_forms(preposition.head.lower_) & titles) and len(between) > 0 and all(
        t.pos_ == "PROPN" for t in between)


def syntax(span: Span, ctx: Context) -> dict[str, float]:
    """What the parse says of a span: its entity label, its role, the class of the
    preposition that governs it and of the verb above, and its own head words' classes."""
    root = span.root
    features = {f"entity_{label}": float(any(t.ent_type_ == label for t in span)) for label in _ENTITY_LABELS}
    features[f"dep_{_role(root)}"] = 1.0
    preposition = root.head if root.dep_ == "pobj" and not _past_a_name(root.head, span, ctx.lex["titles"]) else None
    if preposition is not None:
        features[f"prep_{_PREPOSITION_CLASSES.get(preposition.lower_, 'other')}"] = 1.0
    verb = _governing_verb(root)
    role = _role(root)
    if verb is not None:
        shared = [verb, *([verb.head] if verb.dep_ == "conj" else [])]  # "organised and facilitated by X"
        for lexicon in ("hold_verbs", "meet_verbs", "chair_verbs", "reporting_verbs"):
            features[f"verb_{lexicon}"] = float(any(verb_in(v, ctx.lex[lexicon]) for v in shared))
        holds = features["verb_hold_verbs"] or features["verb_meet_verbs"]
        place_class = _PREPOSITION_CLASSES.get(preposition.lower_) if preposition is not None else None
        features["holds_as_subject"] = float(bool(holds) and role == "subject")  # "X held a meeting"
        features["holds_as_agent"] = float(bool(holds) and place_class == "agent")  # "hosted by X"
        features["held_at"] = float(bool(holds) and place_class == "place")  # "held at X"
    meeting_words = ctx.lex["meeting_kinds"]
    attached = preposition.head if preposition is not None else root.head
    features["attached_to_meeting"] = float(attached.lemma_.lower() in meeting_words and attached.i != root.i)
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    for lexicon in ("venue_words", "place_heads", "org_heads", "institution_kinds", "internal_bodies",
                    "meeting_kinds", "titles"):
        features[f"words_{lexicon}"] = float(bool(words & ctx.lex[lexicon]))
    features["head_in_venue_words"] = float(root.lemma_.lower() in ctx.lex["venue_words"])
    features["proper_noun_share"] = sum(t.pos_ == "PROPN" for t in span) / len(span)
    features["names_person"] = float(any(person_at(t) is not None for t in span))
    features["length_log"] = math.log1p(len(span))
    features["acronym"] = float(len(span) == 1 and span.text.isupper() and len(span.text) > 1)
    features["after_label"] = float(_after_label(span))
    return features


def frequency(span: Span, counts: Mapping[str, int]) -> dict[str, float]:
    """How often the span's words recur on the page (``counts`` of lower-cased texts)."""
    return {"mentions_log": math.log1p(counts.get(span.text.lower(), 1))}


def overlap(span: Span, other: Span | None, name: str) -> dict[str, float]:
    """Whether a span is, or overlaps, another (the hand rules' pick, say)."""
    if other is None:
        return {f"{name}_none": 1.0}
    same = span.start == other.start and span.end == other.end
    overlaps = span.start < other.end and other.start < span.end
    return {f"{name}_same": float(same), f"{name}_overlaps": float(overlaps and not same)}


def _role(root: Token) -> str:
    """A coarse class of a span's dependency role."""
    dep = root.dep_
    if dep in {"nsubj", "nsubjpass"}:
        return "subject"
    if dep in {"dobj", "attr", "oprd"}:
        return "object"
    if dep in {"pobj", "compound", "poss", "appos", "conj", "ROOT"}:
        return dep.lower()
    return "other"


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token in the parse."""
    return next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _after_label(span: Span) -> bool:
    """Whether a span follows a label and colon at the start of its line ("Venue: ...")."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].text == " ":
        i -= 1
    if i < 1 or doc[i].text != ":":
        return False
    label = doc[i - 1]
    return label.i == 0 or "\n" in doc[label.i - 1].whitespace_ + doc[label.i - 1].text or label.is_sent_start is True


def across(mentions: list[Span], ctx: Context) -> dict[str, float]:
    """An item's features over all its mentions: each mention feature's highest value
    ("any mention in the lead"), the first mention's rank, and how many mentions there are."""
    described = [{**position(m, ctx), **syntax(m, ctx)} for m in mentions[:MOST_MENTIONS]]
    names = {name for features in described for name in features}
    features = {f"any_{name}": max(f.get(name, 0.0) for f in described) for name in names}
    features["first_sentence_rank_log"] = described[0].get("sentence_rank_log", 0.0) if described else 0.0
    features["mentions_log"] = math.log1p(len(mentions))
    return features
