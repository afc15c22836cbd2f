"""Find the people of a report: name mentions, titles, and one cluster per person.

Names come from the model's PERSON entities, trimmed of honorifics and
titles, and from capitalized words right after a title or honorific
("Secretary Zhiyuan Zhou", "Coun Matt Rogers", "Mr. Morgan") that the model
missed or mislabelled. Short references ("Dean Hu", "Rogers") join the person
introduced with the full name. Titles are read before the name ("Deputy
Secretary Ma Qiang") or in apposition after it ("Pan Lizhi, Chief of ...");
a title's "of <named body>" tail is split off as the organization.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent
from .lexical import cut_before_title

PERSON_KEY = "mp_person"

_BOUNDARY_PUNCT = {",", ";", ":", "(", ")", "[", "]", '"', "“", "”", ".", "!", "?", "—", "–"}
_DETERMINERS = {"the", "a", "an", "our", "this", "its", "their", "his", "her"}
_LIST_WORDS = {"and", "by", "with", "including", "were", "was", "as", "from", "among", "namely"}


@dataclass
class PersonCluster:
    """Every mention of one person, with the title and body the text gives them."""

    name: Span
    mentions: list[Span]
    title: Span | None = None
    organization: Span | None = None
    represents_host: bool = False
    only_mentioned: bool = True
    name_tokens: tuple[str, ...] = field(default=())

    aliases: list[tuple[str, ...]] = field(default_factory=list)
    plural_title: bool = False  # a title shared by a list ("Vice Presidents A and B"), read in the singular

    def matches(self, tokens: tuple[str, ...]) -> bool:
        """Whether a mention's lower-cased tokens refer to this person."""
        return any(_refers_to(tokens, known) for known in (self.name_tokens, *self.aliases))


def _refers_to(tokens: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a mention's tokens refer to a person named ``name``: the same, a
    single part of it ("Wang"), or its first or last parts ("Golam Sabbir")."""
    if tokens == name:
        return True
    if len(tokens) == 1:
        return tokens[0] in name
    if len(name) == 1:
        return name[0] in (tokens[0], tokens[-1])
    shorter, longer = sorted((tokens, name), key=len)
    return longer[: len(shorter)] == shorter or longer[-len(shorter) :] == shorter


Doc.set_extension("mp_people", default=None, force=True)
Token.set_extension("mp_person", default=None, force=True)


def is_headline(sentence: Span) -> bool:
    """A title-case line with no closing punctuation: a headline, where the model's tags are unreliable."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    if sentence.text.rstrip().endswith((".", '"', "”", ":")) or not words or not _ends_line(sentence):
        return False
    return sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


def _with_hyphenated_parts(span: Span) -> Span:
    """A name with the parts joined to it by hyphens ("Yemi" -> "Yemi-Esan")."""
    doc, end = span.doc, span.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()):
        end += 2
    return doc[span.start : end]


def _names_better(mention: Span, name: Span) -> bool:
    """Whether a mention should name its person instead of the current name: prose over
    headlines (where the tags are unreliable), then the longer form."""
    if is_headline(mention.sent) != is_headline(name.sent):
        return is_headline(name.sent)
    return len(name_key(mention)) > len(name_key(name))


def _joins_name_parts(token: Token) -> bool:
    """A hyphen glued between two parts of a name ("Sultan-Ul-Islam")."""
    doc = token.doc
    return (token.text == "-" and 0 < token.i < len(doc) - 1 and not token.whitespace_
            and not doc[token.i - 1].whitespace_)


def _split_coordination(span: Span) -> list[Span]:
    """The items of "A, B and C"."""
    items: list[Span] = []
    start = span.start
    for token in span:
        if token.lower_ in {",", "and"}:
            if token.i > start:
                items.append(span.doc[start : token.i])
            start = token.i + 1
    if span.end > start:
        items.append(span.doc[start : span.end])
    return items


def _inside_any(key: tuple[str, ...], names: list[tuple[str, ...]]) -> bool:
    """Whether a token sequence occurs inside a longer name."""
    size = len(key)
    return any(len(n) > size and any(n[i : i + size] == key for i in range(len(n) - size + 1)) for n in names)


def _ends_line(span: Span) -> bool:
    """Whether a span runs to the end of its line."""
    doc, last = span.doc, span[-1]
    return (span.end == len(doc) or last.is_space or "\n" in last.whitespace_
            or doc[span.end].is_space and "\n" in doc[span.end].text)


def name_key(span: Span) -> tuple[str, ...]:
    """A mention's comparable form: lower-cased tokens without periods."""
    return tuple(t.lower_.replace(".", "") for t in span if t.lower_ not in {".", "-"})


class PeopleFinder(RuleComponent):
    """Find person mentions, titles and clusters; set ``doc._.mp_people``."""

    lexicons = ("titles", "title_modifiers", "honorifics", "org_heads", "relay_cues",
                "hold_verbs", "host_references", "venue_words", "place_heads", "relay_verbs", "internal_bodies")

    def __init__(self, name: str, *, assets: str | None = None) -> None:
        super().__init__(name, assets=assets)
        titles = self.lex["titles"]
        self.title_words = {t for t in titles if " " not in t} | {
            t.split()[-1] for t in titles if " " in t
        }

    # -- word classes -------------------------------------------------------------
    def is_title_word(self, token: Token) -> bool:
        """A position word or a modifier of one ("Deputy", "Secretary")."""
        word = token.lower_.rstrip(".")
        singular = word[:-1] if word.endswith("s") else word
        return bool({word, singular} & (self.title_words | self.lex["title_modifiers"]))

    def is_position_word(self, token: Token) -> bool:
        """A position word itself ("Secretary", "Deputy"), not only a modifier ("Second")."""
        word = token.lower_.rstrip(".")
        return word in self.title_words or (word.endswith("s") and word[:-1] in self.title_words)

    def is_honorific(self, token: Token) -> bool:
        """A form of address ("Mr.", "H.E.", "Comrade"); "H. E." may come as two tokens."""
        doc = token.doc
        if token.lower_ == "h." and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "e.":
            return True
        if token.lower_ == "e." and token.i > 0 and doc[token.i - 1].lower_ == "h.":
            return True
        return token.lower_ in self.lex["honorifics"] or token.lower_.rstrip(".") in self.lex["honorifics"]

    def _is_name_token(self, token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or token._.mp_debris:
            return False
        if not text.replace("-", "").replace(".", "").replace("'", "").isalpha():
            return False
        word = token.lower_
        return not (self.is_title_word(token) or self.is_honorific(token)
                    or word in self.lex["org_heads"] or word in self.lex["venue_words"] or word in self.lex["hold_verbs"]
                    or token.lemma_.lower() in self.lex["hold_verbs"] or token.pos_ in {"VERB", "AUX"}
                    or token.ent_type_ in {"GPE", "DATE", "NORP", "CARDINAL", "ORDINAL"})

    # -- mentions -------------------------------------------------------------------
    def _trim(self, span: Span) -> Span | None:
        """The bare name inside a PERSON entity, or None if nothing name-like is left."""
        start, end = span.start, span.end
        doc = span.doc
        while start < end and not self._is_name_token(doc[start]) and not (
            start + 1 < end and _joins_name_parts(doc[start + 1])
        ):
            start += 1
        while end > start and not self._is_name_token(doc[end - 1]):
            end -= 1
        if start == end or end - start > 4:
            return None
        if any(not (self._is_name_token(t) or _joins_name_parts(t)) for t in doc[start:end]):
            return None
        return doc[start:end]

    def _after_title(self, doc: Doc) -> list[Span]:
        """Capitalized words right after a title or honorific, as name mentions."""
        found = []
        for token in doc:
            if not (self.is_position_word(token) or self.is_honorific(token)) or not token.text[:1].isupper():
                continue
            start = token.i + 1
            if start < len(doc) and doc[start].text == ".":
                start += 1
            start = self._past_posting(doc, start)
            end = start
            while end < len(doc) and end - start < 3 and self._is_name_token(doc[end]):
                end += 1
            enough = end - start >= (1 if self.is_honorific(token) else 2)
            if enough and (end == len(doc) or doc[end].text != "of"):
                found.append(doc[start:end])
        return found

    @staticmethod
    def _past_posting(doc: Doc, i: int) -> int:
        """Past the "to <country>" of a posting ("Ambassador to China Sabino Vaca Narvaja")."""
        if i + 2 >= len(doc) or doc[i].lower_ != "to" or doc[i + 1].pos_ != "PROPN":
            return i
        if doc[i + 1].ent_type_ == "GPE":
            end = i + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return end
        return i + 2 if doc[i + 2].pos_ == "PROPN" else i

    def _after_fronted_title(self, doc: Doc) -> list[Span]:
        """Names set off by commas after a title phrase: "the Minister of Works, Babatunde Fashola,"."""
        found = []
        for comma in doc:
            if comma.text != "," or comma.i + 3 >= len(doc):
                continue
            end = comma.i + 1
            while end < len(doc) and end - comma.i <= 3 and self._is_name_token(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            if end - comma.i - 1 >= 2 and end < len(doc) and doc[end].text in {",", ".", ";"}:
                name = doc[comma.i + 1 : end]
                if self._title_fronted(name) is not None:
                    found.append(name)
        return found

    def _before_apposed_title(self, doc: Doc) -> list[Span]:
        """Two or three name words followed by ", (the) <title>": "Du Pengfei, the Secretary"."""
        found = []
        for comma in doc:
            if comma.text != "," or comma.i < 2 or comma.i + 2 >= len(doc):
                continue
            after = doc[comma.i + 1]
            if after.lower_ in _DETERMINERS:
                after = doc[comma.i + 2]
            if not self.is_title_word(after):
                continue
            start = comma.i
            while start > comma.i - 3 and start > 0 and self._is_name_token(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if comma.i - start >= 2:
                found.append(doc[start : comma.i])
        return found

    def _mentions(self, doc: Doc) -> list[Span]:
        candidates = [t for e in doc.ents if e.label_ == "PERSON" if (t := self._trim(e))]
        candidates += self._after_title(doc)
        candidates += self._before_apposed_title(doc)
        candidates += self._after_fronted_title(doc)
        candidates.sort(key=lambda s: (s.start, -len(s)))
        mentions: list[Span] = []
        for span in map(_with_hyphenated_parts, candidates):
            if mentions and span.start < mentions[-1].end:
                continue
            mentions.append(span)
        other_names = self._named_bodies(doc)
        return [m for m in mentions
                if not self._names_a_place_or_thing(m)
                and not self._alone_in_parentheses(m)
                and not _inside_any(name_key(m), other_names)]

    def _head_after(self, mention: Span) -> Token | None:
        """The word that follows a mention, past a list of coordinated names
        ("Thanh Hoa and Nghe An provinces" -> "provinces")."""
        doc = mention.doc
        i = mention.end
        while i + 1 < mention.sent.end and doc[i].lower_ == "and" and doc[i + 1].text[:1].isupper():
            i += 1
            while i < mention.sent.end and doc[i].text[:1].isupper() and doc[i].lower_ not in self.lex["place_heads"]:
                i += 1
        return doc[i] if i < mention.sent.end else None

    def _names_a_place_or_thing(self, mention: Span) -> bool:
        """A capitalized phrase the model took for a person: a place ("in Hai Phong",
        "Akwa Ibom State", "Governor of Haryana"), part of an organization's name
        ("Tsinghua University", "SHOU Vice President") or a thing ("the Art discipline")."""
        doc = mention.doc
        heads = self.lex["org_heads"] | self.lex["place_heads"]
        if mention[-1].lower_ in heads:
            return True
        after = self._head_after(mention)
        if after is not None and (after.lower_ in heads or (after.text[:1].isupper() and self.is_title_word(after))):
            return True
        i = mention.start - 1
        while i >= mention.sent.start and (doc[i].lower_ == "and" or doc[i].pos_ in {"ADJ", "NUM"}
                                           or (doc[i].pos_ == "PROPN" and not self.is_title_word(doc[i]))):
            i -= 1
        if i < mention.sent.start:
            return False
        before = doc[i]
        if before.lower_ in {"in", "at", "the", "a", "an"}:
            return True
        return before.lower_ == "of" and i > mention.sent.start and self.is_title_word(doc[i - 1])

    @staticmethod
    def _alone_in_parentheses(mention: Span) -> bool:
        """A name that fills a parenthesis: "(Hamilton)", "(Draft)"."""
        doc = mention.doc
        return (mention.start > 0 and doc[mention.start - 1].text == "("
                and mention.end < len(doc) and doc[mention.end].text == ")")

    @staticmethod
    def _alias_of(mention: Span, earlier: list[Span]) -> Span | None:
        """The name a parenthesis right after it gives another name for ("X (his Chinese name is Y)")."""
        doc = mention.doc
        opening = next((t for t in reversed(doc[mention.sent.start : mention.start]) if t.text in {"(", ")"}), None)
        if opening is None or opening.text != "(":
            return None
        return next((m for m in earlier if m.end == opening.i), None)

    def _named_bodies(self, doc: Doc) -> list[tuple[str, ...]]:
        """Names of institutions and places that end in a head word ("Tsinghua University"),
        as comparable token tuples."""
        heads = self.lex["org_heads"] | self.lex["place_heads"] | self.lex["venue_words"]
        return [name_key(e) for e in doc.ents
                if e.label_ in {"ORG", "GPE", "LOC", "FAC"} and len(e) > 1 and e[-1].lower_ in heads]

    # -- titles ---------------------------------------------------------------------------
    def _list_start(self, name: Span) -> int:
        """Where a coordinated list of names ending with ``name`` starts
        ("Leijing Huang and Qiuping Zhang" -> the index of "Leijing")."""
        doc = name.doc
        start = name.start
        while True:
            i = start - 1
            while i > name.sent.start and (self.is_honorific(doc[i]) or doc[i].text == "."):
                i -= 1
            if i <= name.sent.start or doc[i].lower_ not in {",", "and"}:
                return start
            while i > name.sent.start and doc[i].lower_ in {",", "and"}:
                i -= 1
            while i > name.sent.start and (self.is_honorific(doc[i]) or doc[i].text == "."):
                i -= 1
            person = doc[i]._.mp_person
            if person is None:
                return start
            while i > name.sent.start and doc[i - 1]._.mp_person == person:
                i -= 1
            start = i

    def _title_run_before(self, end: int, sentence: Span) -> Span | None:
        """The title words that end right before token ``end``, honorifics trimmed."""
        doc = sentence.doc
        first = None
        i = end - 1
        while i >= sentence.start:
            token = doc[i]
            if token.text in _BOUNDARY_PUNCT or token.lower_ in _LIST_WORDS or token.pos_ in {"VERB", "AUX"}:
                break
            if token._.mp_person is not None:
                break
            if self.is_title_word(token) or self.is_honorific(token):
                first = i
            i -= 1
        if first is None:
            return None
        run = doc[first:end]
        while end > first and (self.is_honorific(doc[end - 1]) or doc[end - 1].text == "."):
            end -= 1
        while first < end and (self.is_honorific(doc[first]) or doc[first].text == "."):
            first += 1
        if end > first:
            while first > sentence.start and self._is_title_prefix(doc[first - 1]):
                first -= 1
            return doc[first:end]
        academic = [t for t in run if self.is_title_word(t)]
        return doc[academic[-1].i : academic[-1].i + 1] if academic else None

    @staticmethod
    def _is_title_prefix(token: Token) -> bool:
        """A capitalized word that qualifies a title before it: "Argentine Ambassador",
        "MOST Vice Minister", "United Nations Secretary-General"."""
        return (token.text[:1].isupper() and token.pos_ in {"PROPN", "ADJ"} and token._.mp_person is None
                and token.ent_type_ not in {"DATE", "TIME"} and token.i != token.sent.start)

    def is_plural_position(self, token: Token) -> bool:
        """A plural position word ("Presidents", "mayors")."""
        word = token.lower_
        return word.endswith("s") and word[:-1] in self.title_words

    def _title_before(self, name: Span) -> Span | None:
        """"President Wang Qi", or a plural title shared by a list: "Vice Presidents A and B"."""
        start = self._list_start(name)
        title = self._title_run_before(start, name.sent)
        if start != name.start and (title is None or not any(map(self.is_plural_position, title))):
            return None
        return title

    @staticmethod
    def _follows_apposition(opener: Token) -> bool:
        """Whether a phrase opened by a determiner or "'s" comes right after
        "<person>," ("Zhou, HIST's Party Secretary"), and so describes that person."""
        doc, i = opener.doc, opener.i - 1
        if opener.lower_ in {"'s", "’s"}:
            while i > opener.sent.start and doc[i].text[:1].isupper() and doc[i]._.mp_person is None:
                i -= 1
        return i > opener.sent.start and doc[i].text == "," and doc[i - 1]._.mp_person is not None

    def _title_fronted(self, name: Span) -> Span | None:
        """A title set off before the name: "the new president, Dr. J. S. Elliott",
        "The Mayor (Mr. G. A. Troup)", "Estonia's Deputy Minister, His Excellency X"."""
        doc = name.doc
        i = name.start - 1
        while i > name.sent.start and (self.is_honorific(doc[i]) or doc[i].text == "." or doc[i].pos_ == "PRON"):
            i -= 1
        if i <= name.sent.start or doc[i].text not in {",", "("}:
            return None
        end = i
        i -= 1
        depth = 0
        while i >= name.sent.start:
            token = doc[i]
            depth += (token.text == ")") - (token.text == "(")
            opens = token.lower_ in _DETERMINERS | {"another", "'s", "’s"} or token.pos_ == "DET"
            phrase = doc[i + 1 : end]
            singular = [t for t in phrase if self.is_title_word(t) and not self.is_plural_position(t)]
            inner = i > name.sent.start and doc[i - 1].lower_ == "of" and not singular
            if depth == 0 and opens and not inner:
                if self._follows_apposition(token):
                    return None
                return phrase if any(self.is_title_word(t) for t in phrase) else None
            closes_parenthesis = token.text == "(" and depth == 0
            if depth == 0 and not closes_parenthesis and (token.text in _BOUNDARY_PUNCT or token.pos_ in {"VERB", "AUX"}):
                return None
            if token._.mp_person is not None:
                return None
            i -= 1
        return None

    @staticmethod
    def _skip_qualifiers(name: Span) -> int:
        """The index after a name's parenthesis or short "of <body>" ("X (Hamilton)", "X of Turkey")."""
        doc, i = name.doc, name.end
        if i < name.sent.end and doc[i].text == "(":
            close = next((t.i for t in doc[i : name.sent.end] if t.text == ")"), None)
            return close + 1 if close is not None else i
        if i < name.sent.end and doc[i].lower_ == "of":
            comma = next((t.i for t in doc[i + 1 : min(i + 6, name.sent.end)] if t.text == ","), None)
            if comma is not None and all(t.text[:1].isupper() or t.lower_ in {"the", "of"} for t in doc[i + 1 : comma]):
                return comma
        return i

    def _title_after(self, name: Span) -> Span | None:
        doc = name.doc
        comma = self._skip_qualifiers(name)
        if comma >= name.sent.end or doc[comma].text != ",":
            return None
        start = comma + 1
        if doc[start : start + 2].text.lower() == "who is":
            start += 3 if doc[start + 2].lower_ == "also" else 2
        if start < name.sent.end and doc[start].lower_ in {"and", "or", "as", "with"}:
            return None
        while start < name.sent.end and doc[start].lower_ in _DETERMINERS:
            start += 1
        end = start
        while end < name.sent.end:
            token = doc[end]
            if token.text in _BOUNDARY_PUNCT or token.lower_ in {"who", "which", "that", "together"}:
                break
            if token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod" and not self.is_title_word(token):
                break
            if token._.mp_person is not None:
                return None
            end += 1
        phrase = doc[start:end]
        head = [t for t in phrase[:5] if t.lower_ != "of"]
        if not phrase or not any(self.is_title_word(t) for t in head):
            return None
        if any(map(self.is_plural_position, head)):
            return None
        return phrase

    def split_title(self, phrase: Span) -> tuple[Span, Span | None, bool]:
        """Split a title phrase into (title, body or None, body is the host):
        "Chief of X Bureau" -> ("Chief", "X Bureau"); "HIST's Party Secretary" ->
        ("Party Secretary", "HIST"); "Deputy Secretary of the Party Committee of the
        university" -> ("Deputy Secretary of the Party Committee", None, True)."""
        doc = phrase.doc
        first_position = next((t.i for t in phrase if self.is_title_word(t)), phrase.end)
        owner_end = next((t.i for t in phrase[:-1] if t.lower_ in {"'s", "’s"} and t.i < first_position), None)
        if owner_end is not None and owner_end > phrase.start:
            owner = doc[phrase.start : owner_end]
            title, body, is_host = self.split_title(doc[owner_end + 1 : phrase.end])
            if body is None and not is_host:
                is_host = owner.text.lower() in self.lex["host_references"]
                body = None if is_host else owner
            return title, body, is_host
        if phrase.start < first_position < phrase.end and self._names_body(doc[phrase.start : first_position]):
            title, body, is_host = self.split_title(doc[first_position : phrase.end])
            return title, body or doc[phrase.start : first_position], is_host
        ofs = [t.i for t in phrase if t.lower_ == "of" and t.i > phrase.start]
        for i in reversed(ofs):
            rest = doc[i + 1 : phrase.end].text.lower()
            if rest in self.lex["host_references"]:
                return doc[phrase.start : i], None, True
        if not ofs:
            return phrase, None, False
        body_start = ofs[0] + 1
        while body_start < phrase.end and doc[body_start].lower_ in _DETERMINERS:
            body_start += 1
        body = doc[body_start : phrase.end]
        if not body or not body[0].text[:1].isupper():
            return phrase, None, False
        if body_start > ofs[0] + 1 and self._is_internal_body(body) or not self._could_be_body(body):
            return phrase, None, False
        body = cut_before_title(body, self.title_words | self.lex["title_modifiers"])
        return doc[phrase.start : ofs[0]], body, False

    def _names_body(self, words: Span) -> bool:
        """Whether words before a position name its organization ("UM", "United Nations")."""
        return all(t.text[:1].isupper() for t in words) and (
            all(t.ent_type_ == "ORG" for t in words)
            or all(t.text.isupper() and len(t) > 1 for t in words)
            or any(t.lower_ in self.lex["org_heads"] for t in words))

    def _could_be_body(self, words: Span) -> bool:
        """Whether words after "of" can name an organization or place rather than a
        portfolio ("Bureau of X", "Yuhuan City", "UST" but not "Information and Culture")."""
        heads = self.lex["org_heads"] | self.lex["place_heads"]
        return any(t.lower_ in heads or t.ent_type_ in {"ORG", "GPE"} or (t.text.isupper() and len(t) > 1)
                   for t in words)

    def _is_internal_body(self, body: Span) -> bool:
        """A body inside an organization ("the Academic Committee", "the Board of Directors"),
        not one named for a place ("the CPPCC Linyi Municipal Committee")."""
        bodies = self.lex["internal_bodies"]
        if any(t.ent_type_ == "GPE" for t in body):
            return False
        if body.text.lower() in bodies:
            return True
        tail = next((t.i for t in body if t.lower_ == "of"), None)
        return tail is None and body[-1].lower_ in bodies

    @staticmethod
    def _organization_after(name: Span) -> Span | None:
        """The body in "X of FIAN Uganda", "X of the Kampala Area Federation of Communities"."""
        doc = name.doc
        start = name.end + 1
        if name.end >= name.sent.end or doc[name.end].lower_ != "of":
            return None
        if start < name.sent.end and doc[start].lower_ == "the":
            start += 1
        end = start
        while end < name.sent.end and (doc[end].text[:1].isupper() or doc[end].lower_ in {"of", "and", "&"}):
            end += 1
        while end > start and doc[end - 1].lower_ in {"of", "and", "&"}:
            end -= 1
        return doc[start:end] if end > start else None

    def _respective_positions(self, doc: Doc) -> dict[int, tuple[Span, Span]]:
        """Titles and bodies paired by "respectively": "the mayors of A, B and C,
        X, Y and Z respectively" gives X the title "mayors" and the body A."""
        found: dict[int, tuple[Span, Span]] = {}
        for word in doc:
            if word.lower_ != "respectively":
                continue
            people = self._list_before(word)
            if not people or people[0].start < 2 or doc[people[0].start - 1].text != ",":
                continue
            comma = people[0].start - 1
            of = next((t for t in reversed(doc[word.sent.start : comma]) if t.lower_ == "of"), None)
            if of is None or of.i == 0 or not self.is_plural_position(doc[of.i - 1]):
                continue
            bodies = _split_coordination(doc[of.i + 1 : comma])
            if len(bodies) == len(people):
                for person, body in zip(people, bodies):
                    found[person[0]._.mp_person] = (doc[of.i - 1 : of.i], body)
        return found

    @staticmethod
    def _list_before(word: Token) -> list[Span]:
        """The coordinated person names right before a word ("X, Y and Z respectively")."""
        doc = word.doc
        names: list[Span] = []
        i = word.i - 1
        while i >= word.sent.start:
            person = doc[i]._.mp_person
            if person is None:
                break
            end = i + 1
            while i > word.sent.start and doc[i - 1]._.mp_person == person:
                i -= 1
            names.insert(0, doc[i:end])
            i -= 1
            while i >= word.sent.start and doc[i].lower_ in {",", "and"}:
                i -= 1
        return names

    # -- participation ---------------------------------------------------------------------
    def _only_mentioned(self, mention: Span) -> bool:
        """A mention that relays someone rather than placing them at the meeting:
        "X's important speech", "the spirit of X", "the address X gave",
        "as X has pointed out", "commissioned by X"."""
        doc = mention.doc
        cues = self.lex["relay_cues"]
        after = doc[mention.end : min(mention.end + 4, mention.sent.end)]
        if len(after) >= 2 and after[0].lower_ in {"'s", "’s"}:
            if any(t.lower_ in cues for t in after[1:]):
                return True
        before = doc[max(mention.sent.start, mention.start - 6) : mention.start]
        words = [t.lower_ for t in before]
        if "of" in words and any(w in cues for w in words[: words.index("of")]):
            return True
        return self._in_relayed_clause(mention.root)

    def _in_relayed_clause(self, token: Token) -> bool:
        """Whether a name is the subject or agent of a clause that relays someone absent."""
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            verb = token.head.head
        elif token.dep_ in {"nsubj", "nsubjpass"}:
            verb = token.head
        else:
            return False
        if verb.lemma_.lower() in self.lex["relay_verbs"]:
            return True
        if verb.dep_ in {"relcl", "acl"} and verb.head.lemma_.lower() in self.lex["relay_cues"]:
            return True
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)

    # -- the component ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        mentions = self._mentions(doc)
        clusters: list[PersonCluster] = []
        for position, mention in enumerate(mentions):
            key = name_key(mention)
            owner = self._alias_of(mention, mentions[:position])
            if owner is not None:
                cluster = clusters[owner[0]._.mp_person]
                cluster.aliases.append(key)
            else:
                cluster = next((c for c in clusters if c.matches(key)), None)
            if cluster is None:
                cluster = PersonCluster(name=mention, mentions=[], name_tokens=key)
                clusters.append(cluster)
            elif owner is None and _names_better(mention, cluster.name):
                cluster.name, cluster.name_tokens = mention, key
            cluster.mentions.append(mention)
            for token in mention:
                token._.mp_person = clusters.index(cluster)
        for cluster in clusters:
            for mention in cluster.mentions:
                if not self._only_mentioned(mention) and not is_headline(mention.sent):
                    cluster.only_mentioned = False
                if cluster.title is None:
                    phrase = self._title_after(mention) or self._title_fronted(mention) or self._title_before(mention)
                    if phrase is not None:
                        cluster.title, cluster.organization, cluster.represents_host = self.split_title(phrase)
        for cluster in clusters:
            if cluster.organization is None and not cluster.represents_host:
                cluster.organization = next(filter(None, map(self._organization_after, cluster.mentions)), None)
        for index, (title, body) in self._respective_positions(doc).items():
            clusters[index].title, clusters[index].organization = title, body
            clusters[index].represents_host = False
        for cluster in clusters:
            cluster.plural_title = cluster.title is not None and self.is_plural_position(cluster.title[-1])
        doc.spans[PERSON_KEY] = mentions
        doc._.mp_people = clusters
        return doc


@Language.factory("meetingparse_people", default_config={"assets": None})
def make_people(nlp: Language, name: str, assets: str | None) -> PeopleFinder:
    """Factory of the people finder."""
    return PeopleFinder(name, assets=assets)
