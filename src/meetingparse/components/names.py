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

from .blocks import under_label
from .cued_names import NICKNAME_QUOTES, CuedNames
from .lexical import (
    CLOSING_QUOTES,
    DASHES,
    OPENING_QUOTES,
    is_acronym,
    is_column_gap,
    is_spaced_dash,
    line_of,
    marks_an_item,
)
from .listed_names import ListedNames
from .marks import is_debris, remembered, text_of
from .name_edges import NameEdges, page_place
from .titled_names import TitledNames
from .wordclass import WordClasses

_HEADLINES_KEY = "mp_headline_sentences"


def is_headline(sentence: Span) -> bool:
    """A title-case line with no closing punctuation: a headline, where the model's tags are unreliable."""
    return remembered(sentence, _HEADLINES_KEY, _reads_as_headline)


def _alone_in_parentheses(mention: Span) -> bool:
    """A name that fills a parenthesis, "(Hamilton)", "(Draft)"; or one word that fills
    quotes, the name of an event or a thing ("chaired 'Samvaad'"), where a person's
    nickname stands inside the name."""
    doc = mention.doc
    if mention.start == 0 or mention.end >= len(doc):
        return False
    before, after = doc[mention.start - 1].text, doc[mention.end].text
    return (before, after) == ("(", ")") or (len(mention) == 1 and before in OPENING_QUOTES
                                            and after in CLOSING_QUOTES)


def _among_places(place: Token) -> bool:
    """Whether a place word opens its list or follows a tagged place or body ("Samoa, Tonga,"):
    after a person's name or an untagged word ("Councillors Jones, Marsh, Kaur") a word read
    as a place is a name too."""
    doc, i = place.doc, place.i
    return not (i > 1 and doc[i - 1].text == ",") or doc[i - 2].ent_type_ not in {"", "PERSON"}


def _owns_nothing(mention: Span) -> bool:
    """A name whose possessive stands alone, with no noun after it ("St Flannan's recently
    hosted", "at St Mary's"): the place or body named for it."""
    doc, end = mention.doc, mention.end
    if end + 1 >= len(doc) or doc[end].lower_ not in {"'s", "’s"}:
        return False
    return doc[end + 1].pos_ in {"VERB", "AUX", "ADV", "ADP", "PUNCT", "CCONJ"}


def _reads_as_headline(sentence: Span) -> bool:
    if _reads_as_list(sentence):
        return False
    if text_of(sentence.doc)[sentence.start_char : sentence.end_char].rstrip().endswith((".", '"', "”", ":")):
        return False
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    if not words or not ends_line(sentence):
        return False
    return sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


def _reads_as_list(sentence: Span) -> bool:
    """A line of items ("Present: Dr. A B, Chair; C D; E F"): semicolons, or commas between three
    items or more; or an item of a list ("1. Mr. A B - Chairman", "• C D"). Its names are as
    written, not title-cased headline words."""
    words = [t for t in sentence if not t.is_space]
    if len(words) > 2 and (marks_an_item(words[0]) or (words[0].like_num and words[1].text in {".", ")"})):
        return True
    doc, start = sentence.doc, sentence.start
    if start and "\n" not in doc[start - 1].whitespace_ and (
            marks_an_item(doc[start - 1]) or (start > 1 and doc[start - 1].text in {".", ")"} and doc[start - 2].like_num)):
        return True  # "1." that the parser made a sentence of its own
    marks = [t.text for t in words if t.text in {",", ";"}]
    return ";" in marks or len(marks) >= 2 or _has_column_gap(sentence) or _opens_with_dashed_name(words) or (
        ends_line(sentence) and under_label(text_of(doc), sentence.start_char))  # "Present:" / "Karen Holt" / ...


_LONGEST_LISTED_NAME = 4


def _opens_with_dashed_name(words: list[Token]) -> bool:
    """A list row that opens with a name set off by a spaced dash ("Minh Tran – Shire of X")."""
    dash = next((k for k, t in enumerate(words[: _LONGEST_LISTED_NAME + 1]) if t.text in DASHES), None)
    return (dash is not None and 2 <= dash and is_spaced_dash(words[dash])
            and all(t.is_title and t.is_alpha or _apostrophe_name(t) for t in words[:dash]))


def _apostrophe_name(token: Token) -> bool:
    """A capitalized name word with an apostrophe inside ("Wang'ombe", "Ndung'u", "O'Brien")."""
    return token.text[:1].isupper() and token.text.replace("'", "").replace("’", "").isalpha()


def _has_column_gap(sentence: Span) -> bool:
    """A row of a table: a run of spaces or a tab between two words on one line
    ("Julian Ashcombe          Chairman")."""
    return any(is_column_gap(t) and 0 < t.i - sentence.start and t.i + 1 < sentence.end
               and not sentence.doc[t.i + 1].is_space for t in sentence)


_LONGEST_INITIALS = 3


def lone_acronym(mention: Span) -> bool:
    """One word of four capitals or more in a line that is not all capitals: an organization's
    acronym ("the MSLC President"), not a person's initials ("JS reported"); or one of any
    length before an abbreviated form of address and a name, the unit its holder heads
    ("Director EPI Dr. Sana Gulzar")."""
    word = mention[0].text
    if len(mention) > 1 or not is_acronym(word):
        return False
    if _before_a_style(mention):
        return True
    return len(word) > _LONGEST_INITIALS and not all(t.is_upper for t in line_of(mention[0]) if t.is_alpha)


def _before_a_style(mention: Span) -> bool:
    """Whether an abbreviated form of address ("Dr.", "Engr.": a capital, two letters or more and
    a stop) and a capitalized word follow a span."""
    doc, end = mention.doc, mention.end
    return end + 1 < len(doc) and doc[end].is_title and doc[end].text.endswith(".") and len(doc[end]) > 2 \
        and doc[end + 1].is_title


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


def _addresses(token: Token, words: WordClasses) -> bool:
    """A form of address as one is written, capitalized ("Sister Mary", not "a sister park")."""
    return token.text[:1].isupper() and words.is_honorific(token)


def _page_place_alone(mention: Span, words: WordClasses) -> bool:
    """One word the page tags a place or opens its dateline with, with no form of address or
    post before it: the page's place, where the model took it for a person."""
    before = mention.doc[mention.start - 1] if mention.start else None
    addressed = before is not None and (_addresses(before, words) or words.is_title_word(before))
    return len(mention) == 1 and page_place(mention[0]) and not addressed


def name_key(span: Span) -> tuple[str, ...]:
    """A mention's comparable form: lower-cased tokens without periods or a quoted nickname
    ('Eduardo "Eddie" Sumaylo' is Eduardo Sumaylo)."""
    nickname = nickname_of(span)
    return tuple(t.lower_.replace(".", "") for t in span if t.lower_ not in {".", "-"} and t.i not in nickname)


def nickname_of(span: Span) -> range:
    """The indices of a quoted nickname inside a name, with its quote marks; empty if none."""
    marks = [t.i for t in span[1:-1] if t.text in NICKNAME_QUOTES]
    return range(marks[0], marks[1] + 1) if len(marks) >= 2 else range(0)


def alias_of(mention: Span, by_end: Mapping[int, Span]) -> Span | None:
    """The name a parenthesis right after it gives another name for ("X (his Chinese name is Y)");
    ``by_end`` holds the mentions by the index of the token after each."""
    doc = mention.doc
    opening = next((t for t in reversed(doc[mention.sent.start : mention.start]) if t.text in {"(", ")"}), None)
    if opening is None or opening.text != "(":
        return None
    earlier = by_end.get(opening.i)
    return earlier if earlier is not None and earlier.start < mention.start else None


class NameReader:
    """Find person-name mentions, with the cued and listed readers; ``title_fronted`` reads
    the title set off before a name."""

    def __init__(self, words: WordClasses, *, org_heads: frozenset[str], place_heads: frozenset[str],
                 venue_words: frozenset[str], particles: frozenset[str], portfolio_domains: frozenset[str],
                 presiding_verbs: frozenset[str], chair_labels: tuple[re.Pattern[str], ...],
                 title_fronted: Callable[[Span], Span | None]) -> None:
        self.words = words
        self.org_heads = org_heads
        self.place_heads = place_heads
        self.venue_words = venue_words
        self.portfolio_domains = portfolio_domains
        self.cued = CuedNames(words, org_heads=org_heads, place_heads=place_heads, particles=particles,
                              presiding_verbs=presiding_verbs, chair_labels=chair_labels,
                              title_fronted=title_fronted)
        self.titled = TitledNames(words, org_heads=org_heads, portfolio_domains=portfolio_domains)
        self.listed = ListedNames(words, org_heads | place_heads)
        self.edges = NameEdges(words, particles, is_headline)

    def mentions(self, doc: Doc) -> list[Span]:
        """The person-name mentions of a doc, in order, without overlaps, places or things."""
        entities = doc.ents  # spaCy builds the tuple at every access
        candidates = [name for e in entities if e.label_ == "PERSON" if (name := self.edges.bare(e)) is not None]
        commas, capitalized, openings, gaps, dashes, quotes = [], [], [], [], [], []  # one pass: spaCy builds each token anew
        lower_posts = []  # "board chair" before a name the model took for a body: "... chair Nadia Rahman"
        verbs = []
        for token in doc:
            if token.text == ",":
                commas.append(token)
            elif token.text in DASHES:
                dashes.append(token)
            elif token.text == "(":
                openings.append(token)
            elif is_column_gap(token):
                gaps.append(token)
            elif token.text in NICKNAME_QUOTES:
                quotes.append(token)
            elif token.text[:1].isupper():
                capitalized.append(token)
            elif token.is_lower and self.words.is_position_word(token):
                lower_posts.append(token)
            if token.pos_ == "VERB":
                verbs.append(token)
        after_body = self.titled.after_titled_body(capitalized)
        candidates = [c for c in candidates if not any(_overlap(c, b) for b in after_body)] + after_body
        candidates += self.titled.after_title(sorted(capitalized + lower_posts, key=lambda t: t.i))
        candidates += self.titled.after_short_given_name(capitalized)
        candidates += self.cued.before_post_nominal(capitalized)
        candidates += self.cued.before_affiliation(openings)
        candidates += self.cued.around_nickname(quotes)
        candidates += self.cued.presiding(verbs)
        candidates += self.cued.after_chair_label(doc)
        candidates += self.listed.before_column_title(gaps)
        candidates += self.listed.before_row_dash(dashes)
        candidates += self.cued.before_apposed_title(commas)
        candidates += self.cued.after_fronted_title(commas)
        whole = [self.edges.whole(c) for c in candidates]
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
                and not _alone_in_parentheses(m)
                and not _inside_any(name_key(m), other_names)]
        kept = kept + self.listed.list_members(kept)  # list_members reads the mentions in order
        kept = kept + self.listed.on_listed_lines(kept)
        kept += self._titled_family_names(kept, capitalized)
        kept += self._full_names_before(kept, capitalized)
        return sorted(kept + _repeats_of(kept, rejected=mentions), key=lambda m: m.start)

    def _full_names_before(self, mentions: list[Span], capitalized: list[Token]) -> list[Span]:
        """A full name the model ran into a longer phrase ("the Mayor of Tampere Pekka Rautio"),
        found from a family name alone later ("Mayor Rautio said"): the family name there,
        with the name word before it, where no mention holds them yet."""
        families = {m[0].text: m.start for m in mentions if len(m) == 1}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for token in capitalized:
            later = families.get(token.text)
            if later is None or token.i >= later or token.i in taken or token.i == 0:
                continue
            given = self.edges.whole(token.doc[token.i - 1 : token.i + 1])
            if not taken & set(range(given.start, given.end)) and all(self.words.is_name_token(t) for t in given[:-1]) \
                    and not any(t.ent_type_ in {"GPE", "LOC"} for t in given):
                found.append(given)
                taken.update(range(given.start, given.end))
        return found

    def _titled_family_names(self, mentions: list[Span], capitalized: list[Token]) -> list[Span]:
        """A family name alone after a title ("Moved Cr Batsis") where a mention gave the person's
        full name ("Cr Nick Batsis"): minutes and reports name members so once introduced."""
        families = {m[-1].text for m in mentions if len(m) >= 2}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for title in capitalized:
            doc = title.doc
            i = title.i + 1 + (title.i + 1 < len(doc) and doc[title.i + 1].text == ".")
            if i >= len(doc) or not self.words.is_title_word(title) or i in taken:
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
        if _owns_nothing(mention) or _page_place_alone(mention, self.words):
            return True  # "St Flannan's recently hosted": a saint's parish; "Tura's MP" under "Tura, July 3:"
        if len(mention) > 1 and not heads & {t.lower_ for t in mention[1:-1]} and self._shows_a_person(mention):
            return False  # "Dr. Helen Hall", "Ambassador Park Jin-soo", "Lucy Park asked": family names
        if {last, last.removesuffix("s")} & (heads | self.portfolio_domains) or mention[0].lower_ in self.place_heads:
            return True  # "Akwa Ibom State", "Barrio San Martín", "Volleyball Associations", "Rural Development"
        if (len(mention) > 1 and last in self.venue_words) or last in self.words.lex["meeting_kinds"]:
            return True  # "Ground Floor", "PTA Meeting", "Synod"; but "Mrs Hall welcomed" names a person
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
        while i >= mention.sent.start and not _addresses(doc[i], self.words) and (
                doc[i].lower_ == "and" or doc[i].pos_ in {"ADJ", "NUM"} or (
                doc[i].pos_ == "PROPN" and not self.words.is_title_word(doc[i]) and doc[i].lower_ not in body_ends
                and (len(mention) == 1 or doc[i].ent_type_ not in {"GPE", "LOC"}))):
            i -= 1  # back over the words the name may have lost, to a title's body ("Minister of Finance X")
        if i < mention.sent.start or _addresses(doc[i], self.words):
            return False  # "the Honourable X", "the Most Rev Dr X": a person addressed
        before = doc[i]
        if before.lower_ in {"in", "at", "the", "a", "an", "beyond", "across", "near", "throughout"}:
            return True
        if before.lower_ == "to" and len(mention) == 1 and i > mention.sent.start and (
                self.words.is_title_word(doc[i - 1]) or doc[i - 1].ent_type_ in {"GPE", "ORG"}):
            return True  # an envoy's country: "Ambassador to Mauritius", "High Commissioner of X to Mauritius"
        if before.text == "," and len(mention) == 1 and i == mention.start - 1 and i > mention.sent.start \
                and self._ends_a_place(doc[i - 1]) and _among_places(doc[i - 1]):
            return True  # the town of an address: "in Conference Room 028 of the New Building, Abuja,"
        return before.lower_ == "of" and i > mention.sent.start and (
            self.words.is_title_word(doc[i - 1]) or doc[i - 1].lower_ in self.place_heads)  # "the zone of X"

    def _ends_a_place(self, token: Token) -> bool:
        """The last word of a venue or a place: "Building", "Hall", "Street", or a tagged place."""
        return token.lower_ in self.venue_words or token.lower_ in self.place_heads or token.ent_type_ in {"GPE", "FAC", "LOC"}

    def _shows_a_person(self, mention: Span) -> bool:
        """The model's person that a form of address or a capitalized post opens ("Dr. Helen
        Hall", "Ambassador Park Jin-soo") or that is a verb's subject ("Lucy Park asked"): a
        person's name, though a place word ends or opens it."""
        doc = mention.doc
        if not all(t.ent_type_ == "PERSON" for t in mention):
            return False  # "Director | Corporate Services": a post's field, which the model tagged no one
        i = mention.start - 1
        while i > mention.sent.start and doc[i].text == ".":
            i -= 1
        if i >= mention.sent.start and (_addresses(doc[i], self.words) or (
                doc[i].text[:1].isupper() and self.words.is_title_word(doc[i]))):
            return True
        return mention.root.dep_ == "nsubj" and mention.root.head.pos_ == "VERB"

    def _named_bodies(self, entities: Sequence[Span]) -> list[tuple[str, ...]]:
        """Names of institutions and places that end in a head word ("Tsinghua University"),
        or words only that end in an organization's head, whatever the model tagged them ("Flour
        Mills Plc"), as comparable token tuples."""
        heads = self.org_heads | self.place_heads | self.venue_words
        return [name_key(e) for e in entities if len(e) > 1 and (
            e.label_ in {"ORG", "GPE", "LOC", "FAC"} and e[-1].lower_ in heads
            or e.label_ == "PERSON" and e[-1].lower_ in self.org_heads and all(t.is_alpha for t in e))]
