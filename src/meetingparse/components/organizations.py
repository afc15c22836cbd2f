"""Find organization mentions, repaired across the model's splits, and the host's names.

The small English model often cuts a long name at "and" or "of"
("Human Resources and" | "Social Security Bureau of" | "Yuhuan City"); pieces
that touch are joined again. Each org head noun ("university", "college")
is mapped to the most complete named organization with that head anywhere on
the page, headers and footers included, so that "our university" can be
resolved to it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..evaluate import token_f1
from .base import RuleComponent
from .lexical import (
    crosses_layout,
    inside_fixed_titles,
    is_acronym,
    is_lone_acronym,
    singular_forms,
)
from .marks import is_debris, names_person, text_of
from .names import is_headline
from .org_cuts import HEAD_LINKS, NameCutter, head_before_link, is_abbreviation
from .org_lists import head_before_of, listed_bodies
from .org_names import OrganizationJoiner, headed_runs, spelled_out_names
from .people import PersonCluster
from .posts import joined_fields, names_a_field

ORG_KEY = "mp_org"
INVOLVED_KEY = "mp_involved_org"
_QUOTES_OPEN = {'"', "“"}
_EDGE_WORDS = {"the", "and", "of", "as", "at", "in", "on", "for", "by", "with", "to", "from", "'s", "’s", "'", "’", "&", ",", "-", "–", "—", "its", "our", "this", "that"}
_MEETING_NAME_LINKS = {"on", "of", "for"}
_SEQUENCE_WORDS = {"next", "last", "previous", "first", "second", "third", "final"}  # which sitting it is
_OPENING_SENTENCES = 3
_LONGEST_FIXED_TITLE = 4  # words of a fixed post before a name the model ran into

Doc.set_extension("mp_named_hosts", default=None, force=True)


class OrganizationFinder(RuleComponent):
    """Repair ORG entities into ``doc.spans["mp_org"]``; map head nouns to names."""

    lexicons = ("org_heads", "titles", "title_modifiers", "hold_verbs", "generic_orgs", "meeting_kinds",
                "venue_words", "honorifics", "relay_cues", "place_heads", "org_prefixes", "instrument_heads",
                "common_abbreviations", "legal_forms", "bodies_before_of", "sitting_modifiers", "fixed_titles",
                "portfolio_titles", "portfolio_domains")
    patterns = ("representation_cues",)

    def _load(self, folder: Path) -> None:
        """Load the lexicons and build the name joiner and cutter over them (again on ``from_disk``); a
        company's legal form heads its name as an org head noun does ("Boreal Wireless Inc.")."""
        super()._load(folder)
        self.lex["org_heads"] = self.lex["org_heads"] | self.lex["legal_forms"]
        self.joiner = OrganizationJoiner(self.lex)
        self.cutter = NameCutter(self.lex)
        self.body_heads = self.lex["org_heads"] | self.lex["bodies_before_of"]  # a body's name ends in one
        self.name_heads = self.body_heads | self.lex["place_heads"]  # a name holds one of these or an acronym
        self.fixed_titles = [tuple(title.split()) for title in self.lex["fixed_titles"]]

    def _is_name(self, span: Span) -> bool:
        """A real organization name: capitalized, with a head noun ("Bureau", "University")
        or an acronym, and not a title, a meeting, a venue, a person or a generic phrase."""
        words = [t.lower_ for t in span]
        if span.text.lower() in self.lex["generic_orgs"] | self.lex["honorifics"]:
            return False
        if not any(t.text[:1].isupper() for t in span) or names_person(span) or crosses_layout(span):
            return False  # "Home / News Centre / Photo Gallery", "Grace's Business Desk: CPC": page furniture
        owner_end = next((i for i, w in enumerate(words) if w in {"'s", "’s"}), None)
        if owner_end is not None and " ".join(words[owner_end + 1 :]) in self.lex["generic_orgs"] and all(
                w in self.lex["org_heads"] or is_acronym(t.text) for w, t in zip(words[:owner_end], span)):
            return False  # "the School's Party": the host's own body, cut short
        if words[-1] == "party" and span[0].pos_ == "ADJ":
            return False  # "Potential Party (members)"
        if head_before_link(words) in self.lex["instrument_heads"]:
            return False  # "the Fiji Roads Authority Act", "the Articles of Association"
        has_head = any(w in self.name_heads for w in words)
        if len(words) == 1:
            return is_acronym(span[0].text) and words[0] not in self.lex["common_abbreviations"]
        if not has_head and not any(is_acronym(t.text) for t in span):
            return False
        return not (self._is_title(words) or self._is_meeting_name(words) or self._is_venue(span)
                    or describes_a_sitting(span, self.lex))

    def _is_title(self, words: list[str]) -> bool:
        """"Committee Chair", "Permanent Representatives of X", "the EU's High Representative for
        Foreign Affairs": a position, not a body."""
        link = next((i for i, w in enumerate(words) if i > 0 and w in _TITLE_LINKS), None)
        before_of = words[link - 1] if link is not None else words[0]
        if link is not None and before_of in self.body_heads:
            return False  # "Office of the Prime Minister": a body named for its head; "House of Delegates"
        if link is None and words[-1] in self.lex["org_heads"]:
            ends: tuple[str, ...] = (words[-1],)  # "Premier Flour Mills Plc", "the Bishop's Council"
        else:
            ends = (words[0], before_of, words[-1])
        return any(singular_forms(w) & self.cutter.positions for w in ends)

    def _is_meeting_name(self, words: list[str]) -> bool:
        """"Academic Work Conference", "Video Conference on X": a meeting, not a body."""
        kinds = self.lex["meeting_kinds"] - {"forum", "assembly"}
        head = head_before_of(words)
        if head in self.lex["org_heads"] - self.lex["meeting_kinds"]:
            return False  # "Debt Analysis Branch of the United Nations Conference on Trade and Development"
        if words[-1] in kinds:
            return True
        return any(w in kinds and nxt in _MEETING_NAME_LINKS for w, nxt in zip(words, words[1:]))

    def _is_venue(self, span: Span) -> bool:
        """"Mingdao Building", "Council Chamber of the Founders' Building": a place, not a body."""
        doc = span.doc
        of = next((t.i for t in span if t.lower_ == "of"), span.end)
        head = doc[of - 1] if of > span.start else span[-1]
        pair = f"{doc[head.i - 1].lower_} {head.lower_}" if head.i > span.start else ""
        venues = self.lex["venue_words"]
        if of < span.end and head.lower_ in self.lex["bodies_before_of"]:  # "the House of Commons", "the City of
            return span[-1].lower_ in venues and span[-2].lower_ not in {"of", "the"}  # Canning", not "... Civic Centre"
        return (head.lower_ in venues and head.lower_ not in self.lex["org_heads"]) or pair in venues

    def _trim(self, span: Span) -> Span | None:
        doc = span.doc
        start, end = span.start, span.end
        # "Dean of School of X", "Principal Secretary for the State Department for X": a title
        # folded into an ORG; keep what follows its link.
        words = [t.lower_ for t in span]
        link = next((i for i, w in enumerate(words) if w in {"of", "for"}), None)
        if words and words[0] in self.cutter.title_vocabulary and link is not None:
            start += link + 1
        posts = inside_fixed_titles(doc[max(span.sent.start, start - _LONGEST_FIXED_TITLE) : end], self.fixed_titles)
        while start < end and start in posts:
            start += 1  # "(Secretary of) State for Transport": the post's own words, not a body's
        if self._is_portfolio(doc[start:end]):
            return None
        while start < end and doc[start].lower_ in _EDGE_WORDS:
            start += 1
        while end > start and (doc[end - 1].lower_ in _EDGE_WORDS or doc[end - 1].like_num):
            end -= 1  # "House of Clergy 41 (for)", "EUR 25,000": a count, not part of a name
        if start == end or not (doc[start].text[:1].isupper() or doc[start].lower_ in self.lex["org_prefixes"]):
            return None
        span = self.cutter.cut(doc[start:end])
        while len(span) > 1 and span[-1].lower_ in _EDGE_WORDS:
            span = span[:-1]
        return span if self._is_name(span) and not self.cutter.fronts_a_post(span) else None

    def _is_portfolio(self, span: Span) -> bool:
        """"(Minister of) Public Administration and Communications", "(Minister of) Local
        Government, Youth and Sports": the fields of a post, not a body."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].lower_ not in {"of", "for"} or not (
                singular_forms(doc[span.start - 2].lower_) & self.cutter.positions):
            return False
        domains = self.lex["portfolio_domains"]
        return names_a_field(joined_fields(doc, span.start, domains), domains, self.lex["org_heads"])

    def __call__(self, doc: Doc) -> Doc:
        entities = doc.ents  # spaCy builds the tuple at every access
        orgs = [trimmed for span in self.joiner.joined(doc, entities) for piece in self._bodies_of(span)
                if (trimmed := self._trim(piece)) is not None]
        taken = {i for o in orgs for i in range(o.start, o.end)}
        orgs += [trimmed for span in headed_runs(doc, self.lex["org_heads"], self.lex["bodies_before_of"])
                 for piece in self._bodies_of(span)
                 if (trimmed := self._trim(piece)) is not None and not taken & set(range(trimmed.start, trimmed.end))]
        orgs = _confirmed_by_prose(sorted(orgs, key=lambda o: o.start))
        doc.spans[ORG_KEY] = orgs + self._spelled_out(orgs)
        doc.spans[INVOLVED_KEY] = self._involved(doc, orgs)
        doc._.mp_named_hosts = self._named_hosts(entities)
        return doc

    def _bodies_of(self, span: Span) -> list[Span]:
        return listed_bodies(span, self.body_heads, self.lex["legal_forms"])

    @staticmethod
    def _spelled_out(orgs: list[Span]) -> list[Span]:
        """The full names the page gives in brackets before the acronyms found ("Eastern
        Caribbean Basketball Confederation (ECBC)" for "ECBC"), where no found name holds them
        or a found name is just the name before the brackets: an acronym is named by its full
        name, with the acronym, in the record."""
        if not orgs:
            return []
        acronyms = {o.text for o in orgs if is_lone_acronym(o)}
        taken = {i for o in orgs for i in range(o.start, o.end)}
        bounds = {(o.start, o.end) for o in orgs}
        return [s for s in spelled_out_names(orgs[0].doc) if s[-2].text in acronyms and (
            (s.start, s.end - 3) in bounds or not taken & set(range(s.start, s.end - 3)))]  # the "(ECBC)" aside

    def _involved(self, doc: Doc, orgs: list[Span]) -> list[Span]:
        """Organizations that take part: those the participants represent, then the
        others named outside quotes, relayed clauses and other people's titles, where
        the report is about the meeting (its opening, its participants) or more than once."""
        people = [p for p in doc._.mp_people or [] if not p.only_mentioned]
        represented = [p.organization for p in people
                       if p.organization is not None and self._is_represented_body(p.organization)]
        titles = [p.title for p in doc._.mp_people or [] if p.title is not None]
        named = [o for o in orgs
                 if not _inside_quotes(o) and not self._relayed(o)
                 and not any(t.start <= o.start < t.end for t in titles)]
        opening = {s.start for s in _prose(doc)[:_OPENING_SENTENCES]}
        texts = [o.text.lower() for o in orgs]
        central = [o for o in named if o.sent.start in opening or texts.count(o.text.lower()) > 1
                   or _in_company(o, people, []) or self._stood_for(o)]
        return represented + [o for o in central if not is_abbreviation(o) or _in_company(o, [], named)]

    def _stood_for(self, span: Span) -> bool:
        """A body someone speaks for ("on behalf of the X", "the observer for the X")."""
        text = text_of(span.doc)
        before = text[max(span.sent.start_char, span.start_char - 40) : span.start_char]
        return any(rx.search(before) for rx in self.rx["representation_cues"])

    def _is_represented_body(self, span: Span) -> bool:
        """A participant's organization worth listing: a name, or what the model tags an
        organization ("United Nations"), but not a country."""
        if _is_country(span, self.lex["place_heads"]):
            return False
        return self._is_name(span) or (len(span) > 1 and all(t.ent_type_ == "ORG" for t in span))

    def _relayed(self, span: Span) -> bool:
        """An organization whose decisions or spirit are relayed ("the spirit of the X",
        "decisions made by the X")."""
        before = span.doc[max(span.sent.start, span.start - 8) : span.start]
        return any(t.lower_ in self.lex["relay_cues"] for t in before)

    def _named_hosts(self, entities: Sequence[Span]) -> dict[str, Span]:
        """For each org head noun, the longest named organization it heads, page-wide
        ("university" -> "Suihua University", not "X University's Institute")."""
        named: dict[str, Span] = {}
        for ent in entities:
            if ent.label_ != "ORG":
                continue
            span = self._trim(ent)
            if span is None:
                continue
            of = next((t.i for t in span if t.lower_ == "of"), span.end)
            token = span.doc[of - 1] if of > span.start else span[-1]
            head = token.lower_
            if head in self.lex["org_heads"] and token.text[:1].isupper():
                if head not in named or len(span.text) > len(named[head].text):
                    named[head] = span
        return named


def describes_a_sitting(span: Span, lex: Mapping[str, frozenset[str]]) -> bool:
    """"the NEXT ORDINARY COUNCIL | MEETING", "the last Board | meeting": words that describe a
    sitting before a meeting noun, not a body's name (over ``sitting_modifiers`` and ``meeting_kinds``)."""
    doc = span.doc
    modifiers = lex["sitting_modifiers"] | _SEQUENCE_WORDS
    return (span.end < len(doc) and doc[span.end].lemma_.lower() in lex["meeting_kinds"]
            and all(t.lower_ in modifiers for t in span[:-1]) and len(span) > 1)


def _confirmed_by_prose(orgs: list[Span]) -> list[Span]:
    """Bodies read from a headline, cut to the longest name the prose gives them: a title-case
    headline capitalizes every word, so its run of capitals goes on past the name ("University
    of Eldoret Inducts Its Academic Leaders" -> "University of Eldoret")."""
    prose = {_name_words(o) for o in orgs if not is_headline(o.sent)}
    confirmed = []
    for org in orgs:
        words = _name_words(org)
        if is_headline(org.sent) and words not in prose:
            skipped = len(org) - len(words)
            size = max((len(known) for known in prose if known and words[: len(known)] == known), default=0)
            org = org[: skipped + size] if size and org[skipped + size].is_title else org  # not "... in Chicago"
        confirmed.append(org)
    return confirmed


def _name_words(org: Span) -> tuple[str, ...]:
    """A body's words in lower case, past a leading article."""
    words = tuple(t.lower_ for t in org)
    return words[1:] if words[:1] == ("the",) else words


_TITLE_LINKS = HEAD_LINKS - {"in"}  # a post's own words end before one: "High Representative | for X"


def _prose(doc: Doc) -> list[Span]:
    """The body's sentences with closing punctuation, without page debris."""
    text = text_of(doc)
    return [s for s in doc.sents if text[s.start_char : s.end_char].rstrip().endswith((".", '"', "”"))
            and not is_debris(s[0])]


def _inside_quotes(span: Span) -> bool:
    """Whether a span sits inside a direct quote opened earlier in its paragraph."""
    text = text_of(span.doc)
    paragraph = text[text.rfind("\n", 0, span.start_char) + 1 : span.start_char]
    straight = paragraph.count('"')
    return straight % 2 == 1 or paragraph.count("“") > paragraph.count("”")


def _in_company(span: Span, people: list[PersonCluster], orgs: list[Span]) -> bool:
    """Whether a span shares its sentence with a participant or a spelled-out organization."""
    sentence = span.sent
    return any(sentence.start <= m.start < sentence.end for p in people for m in p.mentions) or any(
        o.sent == sentence and not is_abbreviation(o) for o in orgs)


def _is_country(span: Span, place_heads: frozenset[str]) -> bool:
    """A place the model tags GPE with no city or province word: a country."""
    return all(t.ent_type_ == "GPE" and t.lower_ not in place_heads for t in span)


_SKIPPABLE = {"of", "for", "on", "in", "at", "to"}  # the prepositions of names, which acronyms may skip
_SYLLABLE = 3  # the most letters a syllabic acronym takes from one word ("MUSEC", "COMESA")


def abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym is made of a name's initials ("AIU" of "Association of Indian
    Universities", "UNNGOF" of "Uganda National NGO Forum", "KAFOC" with the "of", "KCFD"
    without the "for"), of the first syllables of its words where it is four letters or more
    ("MUSEC" of "Municipal Security Council"), or the name gives it in brackets ("Jan Chetna
    Sansthan (JCS)")."""
    if name.endswith(f"({acronym})") and len(name) > len(acronym) + 3:
        return True
    words = [w for w in name.replace("-", " ").split() if w.lower() not in {"the", "and", "&"}]
    syllable = _SYLLABLE if len(acronym) >= 4 else 1

    def match(letters: str, rest: list[str]) -> bool:
        if not letters:
            return not [w for w in rest if w.lower() not in _SKIPPABLE]
        if not rest:
            return False
        word, tail = rest[0], rest[1:]
        options = [word] if is_acronym(word) else [word[:size] for size in range(1, syllable + 1)]
        if word.lower() in _SKIPPABLE:  # "of", "for", "on" may give their letter or not
            return match(letters, tail) or (letters[:1] == word[:1].upper() and match(letters[1:], tail))
        return any(letters.startswith(o.upper()) and match(letters[len(o):], tail) for o in options)

    return len(words) > 1 and match(acronym.upper(), words)


_LINKS = {"of", "for", "on", "in", "at", "to", "the", "and", "&", "or", "with", "from"}  # a body's link to another
_SAME_ORGANIZATION = 0.8  # token F1 at which two names are one organization's


def same_organization(one: str, other: str) -> bool:
    """Two mentions of one organization: nearly the same words, one the start of the
    other ("Oando" and "Oando Plc"), one the end of the other after a modifier ("the
    County Council" of "Wicklow County Council"), or one the acronym of the other."""
    short, long = sorted((one, other), key=len)
    if long.lower().endswith(" " + short.lower()):  # "PASTORAL COUNCIL" of "St. Kizito Parish Pastoral Council"
        linked_by = long[: -len(short)].split()[-1].lower()
        return linked_by not in _LINKS  # "Publicity Department of X" is not X
    if token_f1(one, other) >= _SAME_ORGANIZATION:
        return True
    if is_acronym(short):
        return abbreviates(short, long)
    return long.startswith(short + " ") or long.startswith(short + "'s") or _acronym_inside(one, other)


def _acronym_inside(one: str, other: str) -> bool:
    """Two names alike but for an acronym in one where the other spells it out ("Committee on
    NGOs" and "Committee on Non-Governmental Organizations")."""
    first, second = one.split(), other.split()
    same_start = 0
    while same_start < min(len(first), len(second)) and first[same_start] == second[same_start]:
        same_start += 1
    same_end = 0
    while same_end < min(len(first), len(second)) - same_start and first[-1 - same_end] == second[-1 - same_end]:
        same_end += 1
    middles = first[same_start : len(first) - same_end], second[same_start : len(second) - same_end]
    short, long = sorted(middles, key=len)
    if len(short) != 1 or not long or not (same_start or same_end):
        return False
    acronym = short[0][:-1] if short[0].endswith("s") and is_acronym(short[0][:-1]) else short[0]
    return is_acronym(acronym) and abbreviates(acronym, " ".join(long))


@Language.factory("meetingparse_organizations", default_config={"assets": None})
def make_organizations(nlp: Language, name: str, assets: str | None) -> OrganizationFinder:
    """Factory of the organization finder."""
    return OrganizationFinder(name, assets=assets)
