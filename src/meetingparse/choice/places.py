"""The venue: a span of the page, chosen among every place phrase and named place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Span

from ..components.event import EventFacts
from ..components.venue import VenueReader
from .decision import Candidate, agrees_with_gold
from .features import Context, frequency, overlap, position, syntax

_PLACE_PREPOSITIONS = {"in", "at", "inside", "on", "from"}
_PLACE_ENTITIES = {"GPE", "FAC", "LOC"}
_MOST_CANDIDATES = 80  # a page's first spans; a longer page adds rarely a new one


def _described(spans: Iterable[Span], ctx: Context, pick: Span | None) -> list[Candidate]:
    """Distinct spans, the hand rules' pick first, each with its features."""
    unique: dict[tuple[int, int], Span] = {}
    for span in [*([pick] if pick is not None else []), *spans]:
        if len(span):
            unique.setdefault((span.start, span.end), span)
    counts = Counter(s.text.lower() for s in unique.values())
    return [Candidate(span, span.text, {**position(span, ctx), **syntax(span, ctx), **frequency(span, counts),
                                        **overlap(span, pick, "rule"), "placeless": float(_placeless(span, ctx))})
            for span in list(unique.values())[:_MOST_CANDIDATES]]


def _placeless(span: Span, ctx: Context) -> bool:
    """A phrase with nothing of a place: no place or venue word, no name, no place entity ("in
    the fields of economy", "at the heart of the talks")."""
    words = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    place_words = ctx.lex["venue_words"] | ctx.lex["place_heads"] | ctx.lex["org_heads"] | ctx.lex["institution_kinds"]
    return not (words & place_words or any(t.pos_ == "PROPN" or t.ent_type_ in _PLACE_ENTITIES for t in span))


class VenueDecision:
    """Where the meeting was held."""

    name = "location"
    event_field = "venue"
    judges_only = False
    of_a_participant = False

    def __init__(self, venues: VenueReader) -> None:
        self.venues = venues

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        phrases = (self.venues.phrases.place_phrase(pobj) for prep in ctx.doc if prep.lower_ in _PLACE_PREPOSITIONS
                   for pobj in prep.children if pobj.dep_ == "pobj")
        named = (e for e in ctx.doc.ents if e.label_ in _PLACE_ENTITIES)
        return _described([s for s in (*filter(None, phrases), *named) if self._may_be_place(s, ctx)], ctx, event.venue)

    @staticmethod
    def _may_be_place(span: Span, ctx: Context) -> bool:
        """A meeting is not its own venue ("at the latest meeting"), and "on" names a
        place only with a place word ("on the third floor"), else a topic."""
        head = span.root.lemma_.lower()
        if head in ctx.lex["meeting_kinds"] or head in ctx.lex["generic_meeting_kinds"]:
            return False
        on = span.root.dep_ == "pobj" and span.root.head.lower_ == "on"
        return not on or head in ctx.lex["venue_words"] or span.root.ent_type_ in _PLACE_ENTITIES

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        return agrees_with_gold(self.name, candidate.text, gold)
