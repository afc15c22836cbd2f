"""Find the person-name mentions of a report.

Names come from the model's PERSON entities, trimmed of honorifics and titles, from
what stands around them (``cued_names``: after a title or a form of address, set off
by commas beside a title) and from the layout of lists and tables (``listed_names``).
Places, parts of organizations' names and lone parenthesized or quoted words are left
out; this module also tells headline lines from lists, where the model's tags differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from .cued_names import CuedNames
from .lexical import entity_around, is_acronym, is_column_gap
from .listed_names import ListedNames
from .marks import is_debris, remembered, text_of
from .wordclass import WordClasses

_HEADLINES_KEY = "mp_headline_sentences"


def is_headline(sentence: Span) -> bool:
    """A title-case line with no closing punctuation: a headline, where the model's tags are unreliable."""
    return remembered(sentence, _HEADLINES_KEY, _reads_as_headline)


def _reads_as_headline(sentence: Span) -> bool:
    if _reads_as_list(sentence):
        return False
    if text_of(sentence.doc)[sentence.start_char : sentence.end_char].rstrip().endswith((".", '"', "”", ":")):
        return False
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    if not words or not ends_line(sentence):
        return False
    return sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


_OPENING_QUOTES = {"'", '"', "‘", "“"}
_CLOSING_QUOTES = {"'", '"', "’", "”"}
_ITEM_MARKS = {"•", "·", "-", "–", "*", "▪", "◦"}


def _marks_an_item(token: Token) -> bool:
    """A bullet or an item's number ("1.", "2)")."""
    text = token.text
    return text in _ITEM_MARKS or (len(text) > 1 and text[-1] in ".)" and text[:-1].isdigit())


def _reads_as_list(sentence: Span) -> bool:
    """A line of items ("Present: Dr. A B, Chair; C D; E F"): semicolons, or commas between three
    items or more; or an item of a list ("1. Mr. A B - Chairman", "• C D"). Its names are as
    written, not title-cased headline words."""
    words = [t for t in sentence if not t.is_space]
    if len(words) > 2 and (_marks_an_item(words[0]) or (words[0].like_num and words[1].text in {".", ")"})):
        return True
    doc, start = sentence.doc, sentence.start
    if start and "\n" not in doc[start - 1].whitespace_ and (
            _marks_an_item(doc[start - 1]) or (start > 1 and doc[start - 1].text in {".", ")"} and doc[start - 2].like_num)):
        return True  # "1." that the parser made a sentence of its own
    marks = [t.text for t in words if t.text in {",", ";"}]
    return ";" in marks or len(marks) >= 2 or _has_column_gap(sentence) or _opens_with_dashed_name(words)


_LONGEST_LISTED_NAME = 4


def _opens_with_dashed_name(words: list[Token]) -> bool:
    """A list row that opens with a name set off by a spaced dash ("Minh Tran – Shire of X")."""
    dash = next((k for k, t in enumerate(words[: _LONGEST_LISTED_NAME + 1]) if t.text in {"-", "–", "—"}), None)
    return (dash is not None and 2 <= dash and bool(words[dash].whitespace_) and bool(words[dash - 1].whitespace_)
            and all(t.is_title and t.is_alpha for t in words[:dash]))


def _has_column_gap(sentence: Span) -> bool:
    """A row of a table: a run of spaces or a tab between two words on one line
    ("Julian Ashcombe          Chairman")."""
    return any(is_column_gap(t) and 0 < t.i - sentence.start and t.i + 1 < sentence.end
               and not sentence.doc[t.i + 1].is_space for t in sentence)


def _with_hyphenated_parts(span: Span) -> Span:
    """A name with the parts joined to it by hyphens ("Yemi" -> "Yemi-Esan")."""
    doc, end = span.doc, span.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and _hyphened_name_part(doc[end + 1])):
        end += 2
    return doc[span.start : end]


def _hyphened_name_part(token: Token) -> bool:
    """A word a hyphen joins to a name: capitalized ("Jean-Baptiste", "Sultan-Ul-Islam"), or a
    lower-case syllable of a romanized given name ("Seo-yeon", "Dong-soo"), but not an English
    verb or modifier ("Smith-led", "Lagos-based")."""
    return token.is_alpha and (token.text[:1].isupper() or token.pos_ not in {"VERB", "ADJ", "ADV", "ADP", "AUX"})


_PARENTAGE = {("s", "o"), ("d", "o"), ("a", "l"), ("a", "p")}  # son, daughter of; anak lelaki, perempuan


def _joins_name_parts(token: Token) -> bool:
    """A hyphen glued between two parts of a name ("Sultan-Ul-Islam")."""
    doc = token.doc
    return (token.text == "-" and 0 < token.i < len(doc) - 1 and not token.whitespace_
            and not doc[token.i - 1].whitespace_)


_LONGEST_INITIALS = 3


def lone_acronym(mention: Span) -> bool:
    """One word of four capitals or more in a line that is not all capitals: an organization's
    acronym ("the MSLC President"), not a person's initials ("JS reported")."""
    word = mention[0].text
    if len(mention) > 1 or not is_acronym(word) or len(word) <= _LONGEST_INITIALS:
        return False
    line_start = mention.start
    doc = mention.doc
    while line_start > 0 and "\n" not in doc[line_start - 1].whitespace_ and not doc[line_start - 1].is_space:
        line_start -= 1
    line_end = mention.end
    while line_end < len(doc) and "\n" not in doc[line_end - 1].whitespace_ and not doc[line_end].is_space:
        line_end += 1
    return not all(t.is_upper for t in doc[line_start:line_end] if t.is_alpha)


def _one_word_entity(token: Token) -> bool:
    """Whether a token's entity is one written word, its parts glued by hyphens."""
    entity = entity_around(token.doc, token.i)
    return entity is not None and all(not t.whitespace_ for t in entity[:-1])


def _overlap(one: Span, other: Span) -> bool:
    """Whether two spans share a token."""
    return one.start < other.end and other.start < one.end


def _inside_any(key: tuple[str, ...], names: list[tuple[str, ...]]) -> bool:
    """Whether a token sequence occurs inside a longer name."""
    size = len(key)
    return any(len(n) > size and any(n[i : i + size] == key for i in range(len(n) - size + 1)) for n in names)


def ends_line(span: Span) -> bool:
    """Whether a span runs to the end of its line."""
    doc, last = span.doc, span[-1]
    return (span.end == len(doc) or last.is_space or "\n" in last.whitespace_
            or doc[span.end].is_space and "\n" in doc[span.end].text)


def _repeats_of(mentions: list[Span], rejected: list[Span]) -> list[Span]:
    """Other occurrences, word for word, of the names of two words or more that the mentions
    give, where the model missed them ("KUALA LUMPUR: To Lam, General Secretary ..."), not
    where a candidate was ``rejected`` (the occurrence is then no one's mention)."""
    names = sorted({m.text for m in mentions if len(m) >= 2}, key=len, reverse=True)
    if not names:
        return []
    doc = mentions[0].doc
    taken = {i for m in mentions + rejected for i in range(m.start, m.end)}
    found = []
    for occurrence in re.finditer("|".join(map(re.escape, names)), text_of(doc)):
        span = doc.char_span(*occurrence.span())
        if span is None or taken & set(range(span.start, span.end)) or is_debris(span[0]):
            continue
        if span.end < len(doc) and doc[span.end].text[:1].isupper() and doc[span.end].is_alpha:
            continue  # a longer name that begins the same way
        found.append(span)
        taken.update(range(span.start, span.end))
    return found


_MOST_INITIALS = 3


def _is_initial(token: Token) -> bool:
    """One capital, with or without its stop ("R", "B.", "K."); a bare "A" or "I" is a word."""
    letter = token.text.rstrip(".")
    return len(letter) == 1 and letter.isupper() and (token.text.endswith(".") or letter not in {"A", "I"})


def _with_initials(span: Span) -> Span:
    """A name with the initials the model left out before it: "R B Chaubey", "K. R. Bhat"."""
    doc, start = span.doc, span.start
    while start > 0 and span.start - start < _MOST_INITIALS and _is_initial(doc[start - 1]) \
            and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return doc[start : span.end]


def name_key(span: Span) -> tuple[str, ...]:
    """A mention's comparable form: lower-cased tokens without periods."""
    return tuple(t.lower_.replace(".", "") for t in span if t.lower_ not in {".", "-"})


class NameReader:
    """Find person-name mentions, with the cued and listed readers; ``title_fronted`` reads
    the title set off before a name."""

    def __init__(self, words: WordClasses, *, org_heads: frozenset[str], place_heads: frozenset[str],
                 venue_words: frozenset[str], particles: frozenset[str], portfolio_domains: frozenset[str],
                 title_fronted: Callable[[Span], Span | None]) -> None:
        self.words = words
        self.particles = particles
        self.org_heads = org_heads
        self.place_heads = place_heads
        self.venue_words = venue_words
        self.portfolio_domains = portfolio_domains
        self.cued = CuedNames(words, org_heads=org_heads, place_heads=place_heads, particles=particles,
                              portfolio_domains=portfolio_domains, title_fronted=title_fronted)
        self.listed = ListedNames(words, org_heads | place_heads)

    def _trim(self, span: Span) -> Span | None:
        """The bare name inside a PERSON entity, or None if nothing name-like is left."""
        start, end = span.start, span.end
        doc = span.doc
        while start < end and not self._name_part(doc[start]):
            start += 1
        while end > start and not self._name_part(doc[end - 1]):
            end -= 1
        words = [t for t in doc[start:end] if not _joins_name_parts(t) and not _joins_name_parts(doc[t.i - 1])]
        if start == end or len(words) > 4:
            return None
        if any(not (self._name_part(t) or _joins_name_parts(t) or t.lower_ in self.particles
                    or self.words.is_honorific(t)) for t in doc[start:end]):
            return None  # "van der" (or "Haji", "Abdullahi Haji Farah") only inside a name, never at its edge
        return _with_initials(self._with_capital_particle(self._with_given_name(doc[start:end])))

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
        if sum(not _joins_name_parts(t) for t in span) >= 4 or is_headline(span.sent):
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
        short_word = particle.is_title and particle.is_stop and len(particle) <= 3
        if short_word and mid_sentence and not particle.is_sent_start:
            return doc[span.start - 1 : span.end]
        return span

    def _name_part(self, token: Token) -> bool:
        """A name word, or any word joined into a hyphenated name ("Sultan" of "Sultan-Ul-Islam")."""
        doc = token.doc
        glued = any(0 <= i < len(doc) and _joins_name_parts(doc[i]) for i in (token.i - 1, token.i + 1))
        return self.words.is_name_token(token) or (glued and _hyphened_name_part(token))

    def mentions(self, doc: Doc) -> list[Span]:
        """The person-name mentions of a doc, in order, without overlaps, places or things."""
        entities = doc.ents  # spaCy builds the tuple at every access
        candidates = [self._with_lost_word(t) for e in entities if e.label_ == "PERSON" if (t := self._trim(e))]
        commas, capitalized, openings, gaps, dashes = [], [], [], [], []  # one pass: spaCy builds each token anew
        for token in doc:
            if token.text == ",":
                commas.append(token)
            elif token.text in {"-", "–", "—"}:
                dashes.append(token)
            elif token.text == "(":
                openings.append(token)
            elif is_column_gap(token):
                gaps.append(token)
            elif token.text[:1].isupper():
                capitalized.append(token)
        after_body = self.cued.after_titled_body(capitalized)
        candidates = [c for c in candidates if not any(_overlap(c, b) for b in after_body)] + after_body
        candidates += self.cued.after_title(capitalized)
        candidates += self.cued.after_short_given_name(capitalized)
        candidates += self.cued.before_post_nominal(capitalized)
        candidates += self.cued.before_affiliation(openings)
        candidates += self.listed.before_column_title(gaps)
        candidates += self.listed.before_row_dash(dashes)
        candidates += self.cued.before_apposed_title(commas)
        candidates += self.cued.after_fronted_title(commas)
        whole = [self._with_family_name(self._with_short_given_name(self._with_parentage(_with_hyphenated_parts(c))))
                 for c in candidates]
        whole.sort(key=lambda s: (s.start, -len(s)))
        mentions: list[Span] = []
        for span in whole:
            if mentions and span.start < mentions[-1].end:
                continue
            mentions.append(span)
        other_names = self._named_bodies(entities)
        kept = [m for m in mentions
                if not lone_acronym(m)
                and not self._names_a_place_or_thing(m)
                and not self._alone_in_parentheses(m)
                and not _inside_any(name_key(m), other_names)]
        kept = sorted(kept + self.listed.list_members(kept), key=lambda m: m.start)
        kept = sorted(kept + self._titled_family_names(kept, capitalized), key=lambda m: m.start)
        return sorted(kept + _repeats_of(kept, rejected=mentions), key=lambda m: m.start)

    def _titled_family_names(self, mentions: list[Span], capitalized: list[Token]) -> list[Span]:
        """A family name alone after a title ("Moved Cr Batsis") where a mention gave the person's
        full name ("Cr Nick Batsis"): minutes and reports name members so once introduced."""
        families = {m[-1].text for m in mentions if len(m) >= 2}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        doc = capitalized[0].doc if capitalized else None
        found = []
        for title in capitalized:
            i = title.i + 1 + (title.i + 1 < len(title.doc) and title.doc[title.i + 1].text == ".")
            if doc is None or i >= len(doc) or not self.words.is_title_word(title) or i in taken:
                continue
            if doc[i].text in families and not (i + 1 < len(doc) and self.words.is_name_token(doc[i + 1])):
                found.append(doc[i : i + 1])
        return found

    def _head_after(self, mention: Span) -> Token | None:
        """The word that follows a mention, past a list of coordinated names
        ("Thanh Hoa and Nghe An provinces" -> "provinces")."""
        doc = mention.doc
        i = mention.end
        while i + 1 < mention.sent.end and doc[i].lower_ == "and" and doc[i + 1].text[:1].isupper():
            i += 1
            while i < mention.sent.end and doc[i].text[:1].isupper() and doc[i].lower_ not in self.place_heads:
                i += 1
        return doc[i] if i < mention.sent.end else None

    def _names_a_place_or_thing(self, mention: Span) -> bool:
        """A capitalized phrase the model took for a person: a place ("in Hai Phong",
        "Akwa Ibom State", "Governor of Haryana"), part of an organization's name
        ("Tsinghua University", "SHOU Vice President") or a thing ("the Art discipline")."""
        doc = mention.doc
        heads = self.org_heads | self.place_heads
        last = mention[-1].lower_
        if {last, last.removesuffix("s")} & (heads | self.portfolio_domains) or mention[0].lower_ in self.place_heads:
            return True  # "Akwa Ibom State", "Barrio San Martín", "Volleyball Associations", "Rural Development"
        after = self._head_after(mention)
        if after is not None and self.words.is_post_nominal(after):
            return False  # "Felicity Marsh MP"
        if after is not None and (after.lower_ in heads
                                  or (after.text[:1].isupper() and self.words.is_title_word(after))):
            return True
        if after is not None and after.is_lower and after.pos_ == "NOUN" and mention.root.head == after \
                and mention.root.dep_ == "compound" and not after.lower_.endswith("ing"):
            return True  # a modifier of a common noun: "the Jos mill", but not "Mayor X presiding"
        i = mention.start - 1
        body_ends = heads | self.portfolio_domains
        while i >= mention.sent.start and not self._addresses(doc[i]) and (
                doc[i].lower_ == "and" or doc[i].pos_ in {"ADJ", "NUM"} or (
                doc[i].pos_ == "PROPN" and not self.words.is_title_word(doc[i]) and doc[i].lower_ not in body_ends
                and (len(mention) == 1 or doc[i].ent_type_ not in {"GPE", "LOC"}))):
            i -= 1  # back over the words the name may have lost, to a title's body ("Minister of Finance X")
        if i < mention.sent.start or self._addresses(doc[i]):
            return False  # "the Honourable X", "the Most Rev Dr X": a person addressed
        before = doc[i]
        if before.lower_ in {"in", "at", "the", "a", "an", "beyond", "across", "near", "throughout"}:
            return True
        if before.text == "," and len(mention) == 1 and i == mention.start - 1 and i > mention.sent.start \
                and self._ends_a_place(doc[i - 1]):
            return True  # the town of an address: "in Conference Room 028 of the New Building, Abuja,"
        return before.lower_ == "of" and i > mention.sent.start and (
            self.words.is_title_word(doc[i - 1]) or doc[i - 1].lower_ in self.place_heads)  # "the zone of X"

    def _ends_a_place(self, token: Token) -> bool:
        """The last word of a venue or a place: "Building", "Hall", "Street", or a tagged place."""
        return token.lower_ in self.venue_words or token.lower_ in self.place_heads or token.ent_type_ in {"GPE", "FAC", "LOC"}

    def _addresses(self, token: Token) -> bool:
        """A form of address as one is written, capitalized ("Sister Mary", not "a sister park")."""
        return token.text[:1].isupper() and self.words.is_honorific(token)

    @staticmethod
    def _alone_in_parentheses(mention: Span) -> bool:
        """A name that fills a parenthesis, "(Hamilton)", "(Draft)"; or one word that fills
        quotes, the name of an event or a thing ("chaired 'Samvaad'"), where a person's
        nickname stands inside the name."""
        doc = mention.doc
        if mention.start == 0 or mention.end >= len(doc):
            return False
        before, after = doc[mention.start - 1].text, doc[mention.end].text
        return (before, after) == ("(", ")") or (len(mention) == 1 and before in _OPENING_QUOTES
                                                and after in _CLOSING_QUOTES)

    @staticmethod
    def alias_of(mention: Span, by_end: Mapping[int, Span]) -> Span | None:
        """The name a parenthesis right after it gives another name for ("X (his Chinese name is Y)");
        ``by_end`` holds the mentions by the index of the token after each."""
        doc = mention.doc
        opening = next((t for t in reversed(doc[mention.sent.start : mention.start]) if t.text in {"(", ")"}), None)
        if opening is None or opening.text != "(":
            return None
        earlier = by_end.get(opening.i)
        return earlier if earlier is not None and earlier.start < mention.start else None

    def _named_bodies(self, entities: Sequence[Span]) -> list[tuple[str, ...]]:
        """Names of institutions and places that end in a head word ("Tsinghua University"),
        as comparable token tuples."""
        heads = self.org_heads | self.place_heads | self.venue_words
        return [name_key(e) for e in entities
                if e.label_ in {"ORG", "GPE", "LOC", "FAC"} and len(e) > 1 and e[-1].lower_ in heads]
