"""Split a title phrase into the post and the organization it carries: a title's "of
<named body>" tail ("Chief of X Bureau"), a possessive owner ("HIST's Party Secretary") or a
body after "at", "with" or "from" ("senior advisor at the X Board") is the organization;
the host's own bodies ("the Party Committee of the university") stay in the title.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexical import cut_before_title, inside_fixed_titles, pieces_where
from .titles import column_beside
from .wordclass import WordClasses, past_determiners

_BODY_PREPS = {"at", "with", "from"}  # "senior advisor at the X Board"
_UNIT_PREPS = {"in", "for"}  # "Assistant Professor in the Department of X", before "the" and a body's head


class PostSplitter:
    """Split title phrases into title and organization, over the organization and place
    heads, the host's references, the host's internal bodies, place prefixes and the
    titles that take a portfolio ("Minister of State for X"), and the fixed posts whose "of"
    links to no body ("Secretary of State")."""

    def __init__(self, words: WordClasses, *, org_heads: frozenset[str], place_heads: frozenset[str],
                 host_references: frozenset[str], internal_bodies: frozenset[str],
                 place_prefixes: frozenset[str], portfolio_titles: frozenset[str],
                 portfolio_domains: frozenset[str], fixed_titles: frozenset[str]) -> None:
        self.words = words
        self.fixed_titles = [tuple(title.split()) for title in fixed_titles]
        self.portfolio_domains = portfolio_domains
        self.portfolio_titles = portfolio_titles
        self.place_prefixes = place_prefixes
        self.org_heads = org_heads
        self.place_heads = place_heads
        self.host_references = host_references
        self.internal_bodies = internal_bodies

    def split_title(self, phrase: Span) -> tuple[Span, Span | None, bool]:
        """Split a title phrase into (title, body or None, body is the host):
        "Chief of X Bureau" -> ("Chief", "X Bureau"); "HIST's Party Secretary" ->
        ("Party Secretary", "HIST"); "Deputy Secretary of the Party Committee of the
        university" -> ("Deputy Secretary of the Party Committee", None, True)."""
        doc = phrase.doc
        comma = next((t.i for t in phrase if t.text == ","), None)
        if comma is not None and any(map(self.words.is_title_word, doc[phrase.start : comma])):
            after = doc[past_determiners(doc, comma + 1, phrase.end) : phrase.end]
            heads = self.org_heads | self.place_heads  # "Director, Department of X", not "Secretary of State for
            if after and after[0].text[:1].isupper() and any(t.lower_ in heads for t in after):  # A, B and C"
                title, inner, is_host = self.split_title(doc[phrase.start : comma])
                return title, inner or after, is_host
        first_position = next((t.i for t in phrase if self.words.is_title_word(t)), phrase.end)
        while first_position - 1 > phrase.start and _is_participle(doc[first_position - 1]):
            first_position -= 1  # "Coordinating Director", "Returning Officer": a participle qualifies the post
        owner_end = next((t.i for t in phrase[:-1] if t.lower_ in {"'s", "’s"} and t.i < first_position), None)
        if owner_end is not None and owner_end > phrase.start:
            owner = doc[phrase.start : owner_end]
            title, body, is_host = self.split_title(doc[owner_end + 1 : phrase.end])
            if body is None and not is_host:
                is_host = owner.text.lower() in self.host_references
                body = None if is_host else owner
            return title, body, is_host
        if phrase.start < first_position < phrase.end and self._names_body(doc[phrase.start : first_position]):
            title, body, is_host = self.split_title(doc[first_position : phrase.end])
            return title, body or doc[phrase.start : first_position], is_host
        at_body = self._body_after_at(phrase)
        if at_body is not None:  # "Professor of Geomorphology at Ghent University": the body is after "at"
            at, body = at_body
            return doc[phrase.start : at], body, False
        fixed = inside_fixed_titles(phrase, self.fixed_titles)
        ofs = [t.i for t in phrase if t.lower_ == "of" and t.i > phrase.start and t.i not in fixed]
        for i in reversed(ofs):
            rest = doc[i + 1 : phrase.end].text.lower()
            if rest in self.host_references:
                return doc[phrase.start : i], None, True
        if not ofs:
            return phrase, None, False
        link = self._body_link(phrase, ofs)
        body_start = past_determiners(doc, link + 1, phrase.end)
        body = doc[body_start : phrase.end]
        if not body or not body[0].text[:1].isupper() or (len(body) == 1 and body[0].lower_ in self.org_heads):
            return phrase, None, False  # "Head of Department" names no body
        if body_start > ofs[0] + 1 and self._is_internal_body(body) or not self._could_be_body(body):
            return phrase, None, False
        body = cut_before_title(body, self.words.title_vocabulary, self.words.positions)
        if doc[link - 1].lower_ not in self.org_heads and names_a_field(body, self.portfolio_domains, self.org_heads):
            return phrase, None, False  # "Director of Public Works", "Minister of Foreign Affairs of X"
        heads = self.org_heads | self.place_heads
        if doc[link - 1].lower_ in self.portfolio_titles and not any(
                t.lower_ in heads or t.ent_type_ == "GPE" for t in body):
            return phrase, None, False  # "Minister of International Development": a portfolio
        return doc[phrase.start : link], body, False

    def _body_link(self, phrase: Span, ofs: list[int]) -> int:
        """The "of" before the named body: past the units the title holds within it, and the
        posts it adds to them ("secretary of the Party committee | of Mengjin District", "deputy
        secretary of the Party committee and president | of X Hospital", "Chairman of the Board
        of Directors | of X"), where a body or place follows, not a field ("Department of Health")."""
        doc, k = phrase.doc, 0
        while k + 1 < len(ofs):
            unit = self._unit_between(doc, ofs[k], ofs[k + 1])
            longer = self._unit_between(doc, ofs[k], ofs[k + 2]) if k + 2 < len(ofs) else None
            step = 2 if longer is not None and longer.text.lower() in self.internal_bodies else 1  # "Board of Directors"
            if step == 1 and (unit is None or unit[-1].lower_ not in self.internal_bodies):
                break
            if k + step >= len(ofs):
                break
            after = doc[ofs[k + step] + 1 : ofs[k + step + 1] if k + step + 1 < len(ofs) else phrase.end]
            if not self._ends_as_body_or_place(after) or any(map(self.words.is_title_word, after)):
                break  # "Director of the Department | of Health", "the Office | of the Registrar": one body
            k += step
        return ofs[k]

    def _ends_as_body_or_place(self, words: Span) -> bool:
        """Words that name a body or a place by their last word ("Jingzhou Central Hospital",
        "Mengjin District") or as a tagged place or an acronym, not a unit's field ("Health",
        "Laboratory and Asset Management")."""
        if not words:
            return False
        last = words[-1]
        return (last.lower_ in self.org_heads | self.place_heads or any(t.ent_type_ == "GPE" for t in words)
                or (len(words) == 1 and last.text.isupper() and len(last) > 1))

    def _unit_between(self, doc: Doc, link: int, following: int) -> Span | None:
        """The unit named between two "of"s, past its determiners and before the posts added to it
        with "and" ("the Party committee and president" -> "Party committee"), or None if the
        words are not a unit's name alone."""
        start = past_determiners(doc, link + 1, following)
        words = doc[start:following]
        joined = next((t.i for t in words if t.lower_ == "and"), following)
        if joined < following and not all(self.words.is_title_word(t) for t in doc[joined + 1 : following]):
            return None
        named = any(t.ent_type_ in {"GPE", "NORP"} or t.lower_ in self.place_heads for t in doc[start:joined])
        return doc[start:joined] if joined > start and not named else None

    def _body_after_at(self, phrase: Span) -> tuple[int, Span] | None:
        """The position of "at", "with" or "from" in a title phrase and the named body after it,
        past its determiner ("senior advisor at the Water Board", "a project engineer with X
        Ltd"), or of "in" or "for" before "the" and a body with an organization's head noun
        ("Assistant Professor in the Department of X", "Principal Secretary for the State
        Department for Housing"); the last such link ("Lecturer in Economics | at X University"),
        with a title word before it."""
        doc = phrase.doc
        for at in reversed([t.i for t in phrase[1:] if t.lower_ in _BODY_PREPS | _UNIT_PREPS]):
            if not any(self.words.is_title_word(t) for t in doc[phrase.start : at]):
                return None
            start = past_determiners(doc, at + 1, phrase.end)
            body = doc[start : phrase.end]
            if not body or not body[0].text[:1].isupper() or not self._could_be_body(body):
                continue
            if doc[at].lower_ in _UNIT_PREPS and not (doc[at + 1].lower_ == "the" and any(
                    t.lower_ in self.org_heads for t in body)):
                continue  # "Lecturer in History", "Minister for Lands": a field or a portfolio
            return at, body
        return None

    def _names_body(self, words: Span) -> bool:
        """Whether words before a position name its organization ("UM", "United Nations",
        "Australian Shareholders' Association"), not the post's field ("the Divisional Crime | Officer", which
        the model tags ORG with its position word)."""
        return all(t.text[:1].isupper() or t.text in {"'", "’", "'s", "’s"} for t in words) and (
            all(t.ent_type_ == "ORG" for t in words) and not _tagged_with_next(words)
            or all(t.text.isupper() and len(t) > 1 for t in words)
            or words[-1].lower_ in self.org_heads)

    def _could_be_body(self, words: Span) -> bool:
        """Whether words after "of" can name an organization or place rather than a
        portfolio ("Bureau of X", "Yuhuan City", "UST" but not "Information and Culture")."""
        heads = self.org_heads | self.place_heads
        return any(t.lower_ in heads or t.ent_type_ in {"ORG", "GPE"} or (t.text.isupper() and len(t) > 1)
                   for t in words)

    def _is_internal_body(self, body: Span) -> bool:
        """A body inside an organization ("the Academic Committee", "the Board of Directors", "the
        Faculty of Science and Engineering": a unit and its field), not one named for a place
        ("the CPPCC Linyi Municipal Committee", "the Nghe An Provincial People's Committee")."""
        places = self.place_heads | self.place_prefixes
        if any(t.ent_type_ == "GPE" or t.lower_ in places for t in body):
            return False
        if body.text.lower() in self.internal_bodies:
            return True
        tail = _own_link(body)
        if tail is None:
            return body[-1].lower_ in self.internal_bodies
        field = body.doc[tail + 1 : body.end]  # "the Faculty of Science", "the Division for Knowledge Societies"
        heads = self.org_heads | places
        named = bool(field) and field[0].lower_ == "the" or any(  # "Branch of the United Nations Conference"
            t.ent_iob_ == "B" and t.ent_type_ in {"ORG", "GPE", "NORP"} for t in field)
        return tail > body.start and body.doc[tail - 1].lower_ in self.internal_bodies and not named and not any(
            t.lower_ in heads for t in field)

    def body_beside(self, name: Span) -> Span | None:
        """A body set beside a name in a list's column, with no title ("Minh Tran – Shire of
        Dardale (TELECONFERENCE)", "Ana Ruiz (Acme Ltd)"); a lone word in capitals in brackets
        must be tagged an organization ("(ACTU)", not "(TELECONFERENCE)")."""
        phrase = column_beside(name)
        if phrase is None or not phrase[0].text[:1].isupper() or any(map(self.words.is_title_word, phrase)):
            return None
        if len(phrase) == 1 and phrase[0].text.isupper() and name.doc[name.end].text == "(" \
                and phrase[0].ent_type_ != "ORG":
            return None
        return phrase if self._could_be_body(phrase) else None

    @staticmethod
    def organization_after(name: Span) -> Span | None:
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


def names_a_field(body: Span, domains: frozenset[str], org_heads: frozenset[str]) -> bool:
    """Whether words after "of" name a field of work, not a body: their head ("Works",
    "Finance", "Affairs", before any "of" of their own) is a portfolio's field (``domains``).
    One field holds no organization's head ("Department of Finance" is a body, and so is "the
    Federal Aviation Administration"); in fields joined by "and" or commas, each ending in a
    field's word, a word that heads bodies and fields alike is a field ("Local Government,
    Youth and Sports", "Administration and Finance")."""
    tail = _own_link(body)
    end = body.end if tail is None else tail
    if end == body.start:
        return False
    fields = [f for f in pieces_where(body.doc[body.start : end], lambda t: t.lower_ in _FIELD_JOINS) if len(f)]
    if len(fields) < 2:
        return body.doc[end - 1].lower_ in domains and not any(t.lower_ in org_heads for t in body.doc[body.start : end])
    return all(f[-1].lower_ in domains and not any(t.lower_ in org_heads - domains for t in f) for f in fields)


def joined_fields(doc: Doc, start: int, domains: frozenset[str]) -> Span:
    """The capitalized words from ``start`` on, with the fields joined after them that end in
    a field's word ("Local Government" + ", Youth and Sports"), not what follows a last comma
    ("..., Hon. X")."""
    end = _capitalized_end(doc, start)
    while end < len(doc) and doc[end].lower_ in _FIELD_JOINS:
        after = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "and")
        field_end = _capitalized_end(doc, after)
        if field_end == after or doc[field_end - 1].lower_ not in domains:
            break
        end = field_end
    return doc[start:end]


def _tagged_with_next(words: Span) -> bool:
    """Whether the model's ORG entity runs on past the words into the next one."""
    doc = words.doc
    return words.end < len(doc) and doc[words.end].ent_type_ == "ORG" and doc[words.end].ent_iob_ == "I"


def _is_participle(token: Token) -> bool:
    """An "-ing" form, also where a capital made the tagger take it for a proper noun
    ("District Coordinating"), not a place so spelt ("Beijing", "Reading")."""
    return token.tag_ == "VBG" or (token.lower_.endswith("ing") and len(token) > 5 and token.ent_type_ != "GPE")


def _capitalized_end(doc: Doc, start: int) -> int:
    """Where a run of capitalized words starting at ``start`` ends."""
    end = start
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end


_FIELD_JOINS = {"and", "&", ","}  # the words that join fields: "Public Administration and Communications"


def _own_link(body: Span) -> int | None:
    """Where a body's own "of" or "for" stands ("Faculty | of Science", "Division | for X"), if it has one."""
    return next((t.i for t in body if t.lower_ in {"of", "for"}), None)
