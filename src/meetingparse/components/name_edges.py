"""The edges of a person's name: what the model's entity or a cue leaves out or lets in at
either side. A name is trimmed of styles and titles, and widened over the words that belong
to it: initials ("K. R. Bhat"), particles and the names they join ("Annelies de Wit",
"Mohd Shafie bin Ismail"), hyphenated parts ("Sanwo-Olu"), a short given name ("Md.", "Ma."),
Malaysian parentage ("Rajendran s/o Muthu") and the one name word the model left at an edge.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .lexical import entity_around, is_initial, opens_dateline
from .wordclass import WordClasses


def _with_hyphenated_parts(span: Span) -> Span:
    """A name with the parts joined to it by hyphens ("Yemi" -> "Yemi-Esan")."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and joins_name_parts(doc[end]) and _hyphened_name_part(doc[end + 1]):
        end += 2
    return doc[span.start : end]


def _hyphened_name_part(token: Token) -> bool:
    """A word a hyphen joins to a name: capitalized ("Jean-Baptiste", "Sultan-Ul-Islam"), or a
    lower-case syllable of a romanized given name ("Seo-yeon", "Dong-soo"), but not an English
    verb or modifier ("Smith-led", "Lagos-based")."""
    return token.is_alpha and (token.text[:1].isupper() or token.pos_ not in {"VERB", "ADJ", "ADV", "ADP", "AUX"})


_PARENTAGE = {("s", "o"), ("d", "o"), ("a", "l"), ("a", "p")}  # son, daughter of; anak lelaki, perempuan


def joins_name_parts(token: Token) -> bool:
    """A hyphen glued between two parts of a name ("Sultan-Ul-Islam")."""
    doc = token.doc
    return (token.text == "-" and 0 < token.i < len(doc) - 1 and not token.whitespace_
            and not doc[token.i - 1].whitespace_)


def _capitalized_function_word(token: Token, longest: int) -> bool:
    """A short function word capitalized where no sentence starts, as only a name would write
    it ("To" of "To Lam", "Were" of "Joseph Otieno Were")."""
    return token.is_title and token.is_stop and len(token) <= longest and not token.is_sent_start


def _one_word_entity(token: Token) -> bool:
    """Whether a token's entity is one written word, its parts glued by hyphens."""
    entity = entity_around(token.doc, token.i)
    return entity is not None and all(not t.whitespace_ for t in entity[:-1])


_MOST_INITIALS = 3


_PLACES_KEY = "mp_place_words"  # the words of the page's place entities and dateline, read once
_GRADES = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"}  # a post's grade: "Planning Officer IV"
_GENERATIONS = {"Jr.", "Jr", "Snr", "Jnr", "II", "III", "IV"}  # after a family name, part of the name


def _with_generation(span: Span) -> Span:
    """A name with the generation written after it, set off by a comma or not ("Enrique Jose
    Dimalanta, Jr.", "John Smith III"), or the apostrophe that closes a Luo family name in
    "ng'" ("Ben Ochieng'", "Kajwang'"), which the tokenizer splits off."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in _GENERATIONS:
        return doc[span.start : end + 2]
    if end < len(doc) and doc[end].text in _GENERATIONS and len(span) > 1:
        return doc[span.start : end + 1]
    if end < len(doc) and doc[end].text in {"'", "’"} and not doc[end - 1].whitespace_ \
            and doc[end - 1].lower_.endswith("ng") and not any(t.text in {"'", "‘"} for t in doc[span.sent.start : span.start]):
        return doc[span.start : end + 1]  # not the mark closing a quotation: "'We thank Mr Wang'"
    return span


def _with_initials(span: Span) -> Span:
    """A name with the initials the model left out before it: "R B Chaubey", "K. R. Bhat"."""
    doc, start = span.doc, span.start
    while start > 0 and span.start - start < _MOST_INITIALS and is_initial(doc[start - 1]) \
            and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return doc[start : span.end]


class NameEdges:
    """Trim and widen name mentions over the word classes and the name ``particles``;
    ``in_headline`` tells a headline, where the model's tags are unreliable."""

    def __init__(self, words: WordClasses, particles: frozenset[str], in_headline: Callable[[Span], bool]) -> None:
        self.words = words
        self.particles = particles
        self.in_headline = in_headline

    def bare(self, entity: Span) -> Span | None:
        """The name inside a PERSON entity, with the word the model left at an edge."""
        trimmed = self._trim(entity)
        return self._with_lost_word(trimmed) if trimmed is not None else None

    def whole(self, name: Span) -> Span:
        """A name with the parts written around it that belong to it."""
        return _with_generation(self._with_family_name(self._with_short_given_name(self._with_parentage(
            _with_hyphenated_parts(self._past_jurisdiction(name))))))

    def _past_jurisdiction(self, name: Span) -> Span:
        """A name past the field, seat or grade of the post before it: "Secretary Health | Zahid
        Gul Khan", "DC Hyderabad | Kamran Siddiqui", "Planning Officer IV | Marjorie L. Tabanao"."""
        doc = name.doc
        if len(name) > 2 and name.start > 0 and self.words.is_title_word(doc[name.start - 1]) \
                and (self._jurisdiction(name[0]) or name[0].text in _GRADES) and self.words.is_name_token(name[1]):
            return name[1:]
        return name

    def _trim(self, span: Span) -> Span | None:
        """The bare name inside a PERSON entity, or None if nothing name-like is left."""
        start, end = span.start, span.end
        doc = span.doc
        if self._named_for_a_place_word(span):
            return span  # "Helen Hall", "Lucy Park", "Park Jin": a place word as a given or family name
        while start < end and not self._name_part(doc[start]):
            start += 1
        while end > start and not self._name_part(doc[end - 1]) and not self._family_style(doc[end - 1], start):
            end -= 1
        words = [t for t in doc[start:end] if not joins_name_parts(t) and not joins_name_parts(doc[t.i - 1])]
        if start == end or len(words) > 4:
            return None
        if any(not (self._name_part(t) or joins_name_parts(t) or t.lower_ in self.particles
                    or self.words.is_honorific(t)) for t in doc[start:end]):
            return None  # "van der" (or "Haji", "Abdullahi Haji Farah") only inside a name, never at its edge
        return _with_initials(self._with_capital_word_after(self._with_capital_particle(self._with_given_name(doc[start:end]))))

    def _family_style(self, token: Token, start: int) -> bool:
        """A style word closing a name after two name words, as a family name ("Mwanaisha
        Suleiman Haji on Thursday"): "Haji" inside a name or before one is a style."""
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return (token.is_title and self.words.is_honorific(token) and token.i - start >= 2
                and all(self._name_part(t) for t in doc[token.i - 2 : token.i])
                and (after is None or not after.text[:1].isupper()))

    def _jurisdiction(self, token: Token) -> bool:
        """A portfolio's field, or a word the page tags a place elsewhere (a dateline's
        "HYDERABAD:"), which South Asian English writes between a post and its holder's name."""
        return token.lower_ in self.words.lex["portfolio_domains"] or page_place(token)

    def _named_for_a_place_word(self, entity: Span) -> bool:
        """A two-word person of the model's whose one word is a venue or a body's head noun and
        the other a name word ("Helen Hall", "Tom Church", "Park Jin"), with no preposition,
        article or other capitalized word before it than a style or a post: English and Korean
        family names, not a place."""
        if len(entity) != 2 or entity.label_ != "PERSON":
            return False
        doc = entity.doc
        before = doc[entity.start - 1] if entity.start > 0 else None
        if before is not None and (before.pos_ in {"ADP", "DET"} or (before.text[:1].isupper() and not (
                self.words.is_honorific(before) or self.words.is_title_word(before)))):
            return False  # "at the Banquet Hall", "Sewerage of Villa Esperanza", "State House Banquet Hall"
        after = doc[entity.end + 1] if entity.end + 1 < len(doc) and doc[entity.end].text == "," else None
        if after is not None and (after.ent_type_ == "DATE" or after.like_num):
            return False  # a dateline's place: "Villa Esperanza, 5 August 2025 -"
        place_words = self.words.lex["venue_words"] | self.words.lex["org_heads"]
        plain = [t for t in entity if t.lower_ in place_words and t.is_title and not self.words.is_title_word(t)]
        return len(plain) == 1 and all(self.words.is_name_token(t) for t in entity if t not in plain)

    def _with_family_name(self, span: Span) -> Span:
        """A name with the family name the model left out after its particles: "Mohd Shafie"
        -> "Mohd Shafie bin Ismail", "Jan" -> "Jan van der Berg"."""
        doc, end = span.doc, span.end
        while end < len(doc) and doc[end].lower_ in self.particles and doc[end].is_lower:
            end += 1
        if end > span.end and end < len(doc) and doc[end].is_title and doc[end].is_alpha \
                and not self.words.is_title_word(doc[end]):  # whatever the model tagged it
            return doc[span.start : end + 1]
        return span

    def _with_given_name(self, span: Span) -> Span:
        """A name with the given name the model left out before its particles: "de Wit" ->
        "Annelies de Wit"."""
        doc, start = span.doc, span.start
        first = start
        while first > 0 and doc[first - 1].lower_ in self.particles:
            first -= 1
        if first < start and first > 0 and self.words.is_name_token(doc[first - 1]):
            return doc[first - 1 : span.end]
        return span

    def _with_parentage(self, span: Span) -> Span:
        """A name with the parent's name that Malaysian and Singaporean names join to it by "s/o",
        "d/o", "a/l" or "a/p" ("Rajendran s/o Muthu"), which the model leaves out."""
        doc, end = span.doc, span.end
        if end + 3 >= len(doc) or doc[end + 1].text != "/" or doc[end + 1].whitespace_ or doc[end].whitespace_:
            return span
        if (doc[end].lower_, doc[end + 2].lower_) not in _PARENTAGE:
            return span
        last = end + 3
        while last < len(doc) and last - end < 5 and "\n" not in doc[last - 1].whitespace_ and (
                self.words.is_name_token(doc[last]) or (last == end + 3 and doc[last].is_title and doc[last].is_alpha)):
            last += 1  # the parent's first name, whatever the model tagged it
        return doc[span.start : last] if last > end + 3 else span

    def _with_lost_word(self, span: Span) -> Span:
        """A name of the model's with the one name word it left out at either edge, where the
        words beyond make the name's edge plain: "BJD member Pradeep [Kumar Mohapatra] said",
        "[Prakash Chand] Choudhary pointed out"."""
        if sum(not joins_name_parts(t) for t in span) >= 4 or self.in_headline(span.sent):
            return span
        doc, start, end = span.doc, span.start, span.end
        before = doc[start - 2] if start - 2 >= span.sent.start else None
        if start > span.sent.start and self._lost_name_word(doc[start - 1], before) \
                and (before is None or before.pos_ != "ADP"):  # "of Denmark [Sofie Berg]" is a place
            start -= 1
        if end < span.sent.end and self._lost_name_word(doc[end], doc[end + 1] if end + 1 < span.sent.end else None):
            end += 1
        return doc[start:end]

    def _lost_name_word(self, word: Token, beyond: Token | None) -> bool:
        """A proper noun that can be a name word (the model may tag a hyphenated family name
        an organization: "Kemayah-Tarpeh"), with no capitalized word beyond it but one of
        another entity ("of Norway Ingrid [Solheim Aas]")."""
        if word.pos_ != "PROPN" or not word.is_title or not (word.ent_type_ in {"", "PERSON"} or _one_word_entity(word)):
            return False
        if not self.words.is_name_token(word) or word.is_stop or word.lower_ in self.particles:
            return False
        return beyond is None or not (beyond.text[:1].isupper() and beyond.is_alpha) \
            or beyond.ent_type_ not in {"", "PERSON"}

    def _with_short_given_name(self, span: Span) -> Span:
        """A name with the short form of a given name written before it, which the model left out
        or tagged as a place: "Md. Abdul Karim Mollah", "Ma. Lourdes Catapang"."""
        doc, i = span.doc, span.start - 1
        if i > 0 and doc[i].text == "." and not doc[i - 1].whitespace_:
            i -= 1  # "Ma" "." split by the tokenizer
        if i >= 0 and self.words.is_short_given_name(doc[i]) and "\n" not in doc[i].whitespace_:
            return doc[i : span.end]
        return span

    @staticmethod
    def _with_capital_particle(span: Span) -> Span:
        """A name with the short capitalized word the model left out before it mid-sentence, where
        only a name would capitalize it: ", To Lam spoke" (but "To" opening a sentence or line)."""
        doc = span.doc
        if span.start < 2:
            return span
        particle, before = doc[span.start - 1], doc[span.start - 2]
        mid_sentence = before.is_alpha or before.text in {",", ";"}
        if _capitalized_function_word(particle, longest=3) and mid_sentence:
            return doc[span.start - 1 : span.end]
        return span

    def _with_capital_word_after(self, span: Span) -> Span:
        """A name with the short capitalized function word the model left out after it
        mid-sentence, before a comma or a lower-case word, where only a name would capitalize it:
        "Bishop Joseph Otieno Were, of the X Area, presided" (not in a headline's title case)."""
        doc, end = span.doc, span.end
        if end + 1 >= len(doc) or span.start == span.sent.start or self.in_headline(span.sent):
            return span
        word, beyond = doc[end], doc[end + 1]
        if _capitalized_function_word(word, longest=4) and (beyond.text in {",", ";", ")"} or beyond.is_lower):
            return doc[span.start : end + 1]
        return span

    def _name_part(self, token: Token) -> bool:
        """A name word, or any word joined into a hyphenated name ("Sultan" of "Sultan-Ul-Islam")."""
        doc = token.doc
        glued = any(0 <= i < len(doc) and joins_name_parts(doc[i]) for i in (token.i - 1, token.i + 1))
        return self.words.is_name_token(token) or (glued and _hyphened_name_part(token))


def page_place(token: Token) -> bool:
    """A word the page tags a place somewhere, or that opens a line before a comma and a date
    (a dateline's "Tura, July 3:", which the model may leave untagged)."""
    known = token.doc.user_data
    if _PLACES_KEY not in known:
        doc = token.doc
        tagged = {t.lower_ for e in doc.ents if e.label_ in {"GPE", "LOC"} for t in e}
        datelines = {t.lower_ for t in doc if t.text[:1].isupper() and opens_dateline(doc[t.i : t.i + 1])}
        known[_PLACES_KEY] = frozenset(tagged | datelines)
    return token.lower_ in known[_PLACES_KEY]
