"""The phrase that names a place after a preposition: up to a clause or list break, with
the part of the venue "on" gives ("the conference room on the 12th floor"), the building a
room stands at ("the Cabinet Room at 10 Downing Street") and the address after it ("Adu
Lodge, Castle Drive, Accra"); not a time, a person, debris or a reference to the host.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from .marks import is_debris, person_at

_VENUE_STOP = {",", ";", "which", "where", "to", "on", "with", "for", "during", "and", "while", "as", "by"}  # "at X by Y": Y opened it
_ADDRESS_PARTS = 4  # comma-separated parts of an address read after a venue


def _town(doc: Doc, i: int) -> int | None:
    """Where the town after a street ends: one to three proper nouns closing the address
    ("..., Harbour Drive, Accra, on 2 June"), whatever entity the model made of them."""
    end = i
    while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN":
        end += 1
    closes = end == len(doc) or doc[end].is_punct or doc[end].pos_ == "ADP"
    return end if end > i and closes else None


class PlacePhrases:
    """Read place phrases over the lexicons ``venue_words``, ``place_heads`` and ``host_references``."""

    def __init__(self, lex: Mapping[str, frozenset[str]]) -> None:
        self.lex = lex

    def place_phrase(self, pobj: Token) -> Span | None:
        """The phrase a preposition's object heads, up to a clause or list break, unless it
        is a time, a person, debris or a reference to the host ("our campus")."""
        doc = pobj.doc
        start, end = pobj.left_edge.i, pobj.i + 1
        while end <= pobj.right_edge.i:
            token = doc[end]
            if token.lower_ in _VENUE_STOP and not (token.text == "," and self._place_follows(doc, end + 1)
                                                    or token.lower_ == "on" and self._names_venue(token)):
                break
            end += 1
        while end > start + 1 and doc[end - 1].text == ",":  # the parser hung the address after it elsewhere
            end -= 1
        span = self._with_address(self._with_setting(doc[start:end]))
        storey = self.lex["venue_words"]  # "the 12th floor", which the model may tag a date
        if any((t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"afternoon", "morning", "evening"})
               and t.lemma_.lower() not in storey and t.head.lemma_.lower() not in storey for t in span):
            return None
        if is_debris(span[0]) or person_at(pobj) is not None:
            return None
        if span.text.lower() in self.lex["host_references"] or span[0].lower_ in {"this", "our"}:
            return None
        return span

    def _names_venue(self, preposition: Token) -> bool:
        """Whether "on" names a part of a venue or its street ("the conference room on the 12th
        floor", "its headquarters on Oginga Odinga Street")."""
        return any(c.dep_ == "pobj" and (c.lemma_.lower() in self.lex["venue_words"] or c.lower_ in self.lex["place_heads"])
                   for c in preposition.children)

    def _place_follows(self, doc: Doc, i: int) -> bool:
        """Whether a region or an address part follows a comma in a place ("Uyo, Akwa Ibom
        State", "Columbus, Ohio", "Council Chamber, County Buildings, Station Road")."""
        if i >= len(doc):
            return False
        if doc[i].ent_type_ == "GPE":
            return True
        end = i
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        last = doc[end - 1]
        return end > i and (last.lower_ in self.lex["place_heads"] or last.lemma_.lower() in self.lex["venue_words"])

    def _with_setting(self, span: Span) -> Span:
        """A room or hall with the building or place "at" or "in" which it stands, or the storey
        "on" which it is, where the parser hung that on the verb: "the Cabinet Room at 10 Downing
        Street", "the council chambers at the City-County Complex", "the conference room on the
        12th floor of the headquarters"."""
        doc = span.doc
        if not len(span) or span.root.lemma_.lower() not in self.lex["venue_words"] or span.end >= len(doc):
            return span
        link = doc[span.end]
        place = next((c for c in link.children if c.dep_ == "pobj"), None) if link.lower_ in {"at", "in", "on"} else None
        if place is None or not (self._names_venue(link) if link.lower_ == "on" else self._is_setting(place)
                                 or self._street_named(place)):
            return span
        return doc[span.start : place.right_edge.i + 1]

    def _is_setting(self, head: Token) -> bool:
        """A building or place, not a time: a venue word, a place's head or a named place."""
        return (head.ent_type_ not in {"DATE", "TIME"}
                and (head.lemma_.lower() in self.lex["venue_words"] or head.lower_ in self.lex["place_heads"]
                     or head.ent_type_ in {"GPE", "LOC", "FAC"}))

    def _street_named(self, head: Token) -> bool:
        """A street address the parser headed by a word after the street's own ("500 Victoria
        Road North"): a number, then proper nouns holding a place's head."""
        words = list(head.subtree)
        return words[0].like_num and any(t.lower_ in self.lex["place_heads"] and t.pos_ == "PROPN" for t in words)

    def _with_address(self, span: Span) -> Span:
        """A place with the address parts after it that the parser hung elsewhere: "Adu Lodge,
        Castle Drive, Accra", "Council Chambers, 21 Station Road, Teesdale"."""
        doc, end = span.doc, span.end
        street = span[-1].lower_ in self.lex["place_heads"]  # the parser may have kept the street
        for _ in range(_ADDRESS_PARTS):
            if end >= len(doc) or doc[end].text != ",":
                break
            part = self._address_part(doc, end + 1) or (_town(doc, end + 1) if street else None)
            if part is None:
                break
            end, street = part, True
        return doc[span.start : end]

    def _address_part(self, doc: Doc, i: int) -> int | None:
        """Where an address part starting at ``i`` ends: a named place ("Accra"), or a street
        with its number ("21 Station Road")."""
        if i < len(doc) and doc[i].ent_type_ in {"GPE", "LOC"}:
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return end
        start = i + 1 if i < len(doc) and doc[i].like_num else i  # "21 Station Road"
        for end in range(start, min(len(doc), start + 4)):  # proper nouns up to a place's head
            if doc[end].pos_ != "PROPN" and not (doc[end].like_num and end > start):  # "North 30th Street"
                return None
            if doc[end].lower_ in self.lex["place_heads"]:
                return end + 1
        return None
