"""Names found by what stands around them, where the model missed or mislabelled them:
before letters that only follow a name ("Adaeze Okonkwo SAN"), before a parenthesis giving a
country or party, around a quoted nickname, as the one who presides ("chaired by Gwen Morley") or whom a chair's label
names ("Chair - Priya Raman"), and set off by commas after a fronted title ("the Minister of
Works, Babatunde Fashola,") or before an apposed one ("Du Pengfei, the Secretary"). Names
after a title or a form of address are ``titled_names``'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .chair_lines import chair_line, name_start
from .lexical import CLOSING_QUOTES, OPENING_QUOTES, entity_around, is_initial
from .wordclass import DETERMINERS, WordClasses

NICKNAME_QUOTES = OPENING_QUOTES | CLOSING_QUOTES  # the marks a nickname is set in


class CuedNames:
    """Name mentions cued by letters after a name, a parenthesis, a comma, a presiding verb or
    a chair's label."""

    def __init__(self, words: WordClasses, *, org_heads: frozenset[str], place_heads: frozenset[str],
                 particles: frozenset[str], presiding_verbs: frozenset[str],
                 chair_labels: tuple[re.Pattern[str], ...], title_fronted: Callable[[Span], Span | None]) -> None:
        self.words = words
        self.org_heads = org_heads
        self.place_heads = place_heads
        self.particles = particles
        self.presiding_verbs = presiding_verbs
        self.name_stops = org_heads | place_heads  # words of a body's or a place's name, not a person's
        self.chair_labels = chair_labels  # "Chair:", "In the Chair:", "Chair -" opening a line of minutes
        self.title_fronted = title_fronted

    def after_chair_label(self, doc: Doc) -> list[Span]:
        """The name a chair's labelled line gives at the head of minutes, past forms of address
        and posts, whatever entity the model made of it ("Chair - Priya Raman")."""
        line = chair_line(doc, self.chair_labels)
        if line is None:
            return []
        start = end = name_start(line, lambda t: self.words.is_honorific(t) or self.words.is_title_word(t))
        while end < line.end and end - start < 4 and (self._bare_name_word(doc[end]) or is_initial(doc[end])):
            end += 1
        return [doc[start:end]] if end - start >= 2 and not is_initial(doc[end - 1]) else []

    def presiding(self, verbs: list[Token]) -> list[Span]:
        """Two to four name words that preside, whatever entity the model made of them: the
        subject of an active presiding verb or the agent of a passive one ("The meeting was
        chaired by Gwen Morley", "Gwen Morley moderated the panel"); only a person presides."""
        found = []
        for verb in verbs:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.presiding_verbs:
                continue
            agents = [c for c in verb.children if c.dep_ == "nsubj"]
            agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            for agent in agents:
                doc, start = agent.doc, agent.i
                while start > agent.left_edge.i and agent.i - start < 3 and self._bare_name_word(doc[start - 1]):
                    start -= 1
                if agent.pos_ == "PROPN" and self._bare_name_word(agent) and agent.i + 1 - start >= 2:
                    found.append(doc[start : agent.i + 1])
        return found

    def around_nickname(self, quotes: list[Token]) -> list[Span]:
        """A name with a nickname in quotes inside it, as Philippine and West African English
        write them: one or two given names, the quoted nickname, then initials and a family name
        ('Eduardo "Eddie" L. Sumaylo', "Robert 'Bob' Mensah"), whatever entity the model made of it."""
        found = []
        for opening in quotes:
            doc = opening.doc
            close = next((t.i for t in doc[opening.i + 1 : opening.i + 4] if t.text in NICKNAME_QUOTES), None)
            if close is None or close == opening.i + 1 or not all(t.is_title or t.is_upper for t in doc[opening.i + 1 : close]):
                continue
            start = opening.i
            while start > opening.sent.start and opening.i - start < 2 and self._bare_name_word(doc[start - 1]):
                start -= 1
            end = close + 1
            while end < len(doc) and end - close <= 3 and (self._bare_name_word(doc[end]) or is_initial(doc[end])):
                end += 1
            if start < opening.i and end > close + 1 and not is_initial(doc[end - 1]):
                found.append(doc[start:end])
        return found

    def _bare_name_word(self, token: Token) -> bool:
        """A word of a person's name, not of a body's or a place's ("Gwen", not "Council")."""
        return self.words.is_name_token(token) and token.lower_ not in self.name_stops

    def before_affiliation(self, openings: list[Token]) -> list[Span]:
        """Two or three name words before a parenthesis that gives a country, a party and a
        country code or a post: "Kwame Mensah (Ghana)", "Aino Rautio (Renew, FI)", "Clare
        Muldoon (Chairperson)"."""
        found = []
        for opening in openings:
            doc = opening.doc
            close = next((t.i for t in doc[opening.i + 1 : opening.i + 6] if t.text == ")"), None)
            if close is None or close == opening.i + 1:
                continue
            last = doc[close - 1]
            if not (last.ent_type_ in {"GPE", "NORP"} or (last.is_upper and len(last) == 2 and last.is_alpha)
                    or self.words.is_title_word(last)):
                continue
            start = opening.i
            while start > opening.i - 3 and start > 0 and self.words.is_name_token(doc[start - 1]) \
                    and doc[start - 1].lower_ not in self.org_heads | self.place_heads:
                start -= 1
            if opening.i - start >= 2:
                found.append(doc[start : opening.i])
        return found

    def before_post_nominal(self, capitalized: list[Token]) -> list[Span]:
        """Two to four name words before letters that only follow a person's name ("Adaeze Okonkwo
        SAN", "Felicity Marsh MP"), whatever entity the model made of them."""
        found = []
        for letters in capitalized:
            if not self.words.is_post_nominal(letters):
                continue
            doc, start = letters.doc, letters.i
            while start > letters.sent.start and letters.i - start < 4 and self.words.is_name_token(doc[start - 1]):
                start -= 1
            if letters.i - start >= 2:
                found.append(doc[start : letters.i])
        return found

    def after_fronted_title(self, commas: list[Token]) -> list[Span]:
        """Names set off by commas after a title phrase: "the Minister of Works, Babatunde Fashola,"."""
        found = []
        for comma in commas:
            doc = comma.doc
            if comma.i + 3 >= len(doc):
                continue
            end = comma.i + 1
            while (end < len(doc) and end - comma.i <= 3 and self.words.is_name_token(doc[end])
                   and doc[end].pos_ == "PROPN"):
                end += 1
            if end - comma.i - 1 >= 2 and end < len(doc) and doc[end].text in {",", ".", ";"}:
                name = doc[comma.i + 1 : end]
                if self.title_fronted(name) is not None:
                    found.append(name)
        return found

    def before_apposed_title(self, commas: list[Token]) -> list[Span]:
        """Two or three name words followed by ", (the) <title>": "Du Pengfei, the Secretary",
        "Lidia Vranek of Arvenia, President of ...", "X, the United Nations Assistant Secretary-General"."""
        found = []
        for comma in commas:
            doc = comma.doc
            if comma.i < 2 or comma.i + 2 >= len(doc) or not self._title_follows(comma):
                continue
            end = comma.i
            of = next((t.i for t in doc[max(0, end - 4) : end] if t.lower_ == "of"), None)
            if of is not None and all(t.text[:1].isupper() for t in doc[of + 1 : end]):
                end = of  # "Lidia Vranek of Arvenia,"
            start = end
            while start > end - 3 and start > 0 and (
                    (self.words.is_name_token(doc[start - 1]) and doc[start - 1].pos_ == "PROPN")
                    or (doc[start - 1].lower_ in self.particles and start - 1 < end - 1 and start > 1
                        and self.words.is_name_token(doc[start - 2]))):  # "Annelies de Wit,"
                start -= 1
            if start > 0 and self.words.is_name_token(doc[start - 1]):
                start = self._person_tagged_end(doc, start, end)  # "... and Asset Management Li Hua,"
            if end - start >= 2:
                found.append(doc[start:end])
        return found

    @staticmethod
    def _person_tagged_end(doc: Doc, start: int, end: int) -> int:
        """Where a name begins at the end of a longer run of capitalized words: at the model's
        PERSON entity that ends the run, else nowhere (``end``)."""
        entity = entity_around(doc, end - 1)
        return max(entity.start, start) if entity is not None and doc[end - 1].ent_type_ == "PERSON" else end

    def _title_follows(self, comma: Token) -> bool:
        """Whether a title opens the phrase after a comma, past a determiner and up to
        three capitalized words of its body ("the United Nations Assistant Secretary-General")."""
        doc = comma.doc
        i = comma.i + 1
        if doc[i].lower_ in DETERMINERS:
            i += 1
        for token in doc[i : min(i + 4, len(doc))]:
            if self.words.is_title_word(token):
                return True
            if not token.text[:1].isupper():
                return False
        return False
