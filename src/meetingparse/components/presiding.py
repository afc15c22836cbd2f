"""Read who presides over the meeting.

The chair is the person a presiding verb names ("chaired by X", "X presided")
or "as/in the chair" places, else, at a body's own sitting, the first person whose
position is a chair's and who is not a guest (``guests``), else the one who holds the
meeting. It is an index into ``doc._.mp_people``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Token

from .chair_lines import chair_line, name_start
from .lexical import DASHES, bracketed_alone, is_spaced_dash, line_of, verb_in
from .marks import is_debris, person_at, text_of
from .names import ends_line
from .people import person_named
from .references import by_post, own_post_words
from .transcript import labelled_turns

_PART_WORDS = {"some", "several", "each", "part", "parts", "half", "portion"}


class PresidingReader:
    """Read the meeting's chair and guests among the people found, over the lexicons
    ``chair_verbs``, ``presiding_nouns``, ``leading_verbs``, ``led_groups``, ``presiding_roles``, ``titles``, ``chair_titles``,
    ``guest_cues`` and ``institution_heads``, and the patterns ``presiding_expressions``."""

    def __init__(self, lex: Mapping[str, frozenset[str]], expressions: tuple[re.Pattern[str], ...] = (),
                 labels: tuple[re.Pattern[str], ...] = ()) -> None:
        self.lex = lex
        self.labels = labels  # "Chair:", "In the Chair:", "Presiding:" at the head of minutes
        self.role_heads = {role.split()[-1] for role in lex["presiding_roles"]}
        self.title_words = frozenset(title.split()[-1] for title in lex["titles"])  # "Mayor", "Cr"
        self.expressions = expressions
        self.gatherings = lex["meeting_kinds"] | lex["generic_meeting_kinds"]  # nouns of a meeting, of any kind

    # -- the chair ------------------------------------------------------------------------
    def chair(self, doc: Doc, guests: frozenset[int] = frozenset(), by_office: bool = True) -> int | None:
        """The person who chairs the meeting: the one a chair's label names, the one presiding,
        else, where a body's own sitting is chaired by office (``by_office``), one titled a chair
        who is not a guest (the chair of another body, invited), else the one who holds it."""
        readers: list[Callable[[Doc], int | None]] = [
            self._labelled_chair, self._presiding, self._presiding_by_expression,
            lambda d: self._chair_in_apposition(d, guests)]
        if by_office:
            readers.append(lambda d: self._chair_by_title(d, guests))
        readers.append(lambda d: self._convener(d, guests))
        return next((person for read in readers if (person := read(doc)) is not None), None)

    def _labelled_chair(self, doc: Doc) -> int | None:
        """The person named on a chair's labelled line at the head of minutes ("In the Chair:
        Councillor Mary Tolland"): the line opens with the name, past a style, unlike a
        transcript's turn ("Chair: I call Mr Smith")."""
        line = chair_line(doc, self.labels)
        if line is None:
            return None
        start = name_start(line, lambda t: _is_style(t, self.lex["honorifics"], self.title_words))
        return person_at(doc[start]) if start < line.end else None

    def _chair_in_apposition(self, doc: Doc, guests: frozenset[int]) -> int | None:
        """The person set beside a chair's title: "The Chairman of the occasion, Chief X, ...",
        or described as the meeting's chair ("X, Mayor of Y and presider of the meeting"), who
        is not a guest (the chairman of another body, invited)."""
        for token in doc:
            if _is_chair_word(token, self.lex) and not is_debris(token):
                person = next((p for c in token.children if c.dep_ in {"appos", "conj"}
                               and (p := person_at(c)) is not None), None)
                if person is None:
                    person = _set_off_after(token)
                if person is None and _own_chair(token, self.gatherings):
                    person = _subject_of_be(token)
                if person is None and _of_the_meeting(token, self.gatherings):
                    person = _described_person(token)
                if person is not None and person not in guests:
                    return person
        return None

    def _presiding_by_expression(self, doc: Doc) -> int | None:
        """The subject of a verb in a presiding expression ("X took the chair", "X called the
        meeting to order", "X declared the session open")."""
        text = text_of(doc)
        for sentence in doc.sents:
            if is_debris(sentence[0]):
                continue
            for expression in self.expressions:
                for match in expression.finditer(text, sentence.start_char, sentence.end_char):
                    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                    verb = next((t for t in span if t.pos_ == "VERB"), None) if span is not None else None
                    person = self._person_of(_presiders(verb)) if verb is not None and not any(
                        c.dep_ == "dobj" and _several_sittings(c, self.gatherings) for c in verb.children) else None
                    if person is not None:
                        return person
        return None

    def _chair_by_title(self, doc: Doc, guests: frozenset[int]) -> int | None:
        """The first person whose position is a chair's ("the Committee Chair", "Chairperson of
        the Board"), whatever other post it names, but not a deputy's, a former chair's or a guest's."""
        for index, person in enumerate(doc._.mp_people or []):
            if person.only_mentioned or person.title is None or index in guests:
                continue
            position = own_post_words(person.title.text)
            pieces = {" ".join(position[i : i + 2]) for i in range(len(position))} | set(position)
            if pieces & self.lex["chair_titles"] and not self.lex["other_chair_modifiers"] & set(position):
                return index  # "Committee Chair", "Convenor Cllr", "Presiding Member"
        return None

    def _convener(self, doc: Doc, guests: frozenset[int]) -> int | None:
        """The person who holds or convenes a meeting ("Governor X held the coordination meeting",
        "the briefing was convened by the Minister"), when no one is said to preside."""
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_.lower() not in self.lex["convening_verbs"] or is_debris(token):
                continue
            held = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
            if any(c.lemma_.lower() in self.gatherings for c in held):
                person = self._person_of(_presiders(token))
                if person is not None and person not in guests:
                    return person
        return None

    def _presiding(self, doc: Doc) -> int | None:
        """The person a presiding verb or "as/in the chair" names."""
        for token in doc:
            if is_debris(token):
                continue
            if token.pos_ == "VERB" and token.lemma_.lower() in self.lex["chair_verbs"] and self._about_meeting(token):
                person = self._person_of(_presiders(token))
            elif token.lower_.endswith("ing") and bracketed_alone(token) and verb_in(token, self.lex["chair_verbs"]):
                person = person_at(doc[token.i - 2])  # "Cllr Tom Fahy (chairing)"
            elif token.pos_ in {"NOUN", "PROPN"} and token.lower_.endswith("ing") and verb_in(token, self.lex["chair_verbs"]):
                person = self._person_of(_presiders(token))  # "with Mayor X presiding", tagged a noun
            elif (holder := self._role_holder(token)) is not None:  # "Present: Revd Helen Marsh (Chair), ..."
                person = holder
            elif token.dep_ == "pobj" and token.head.lower_ in {"in", "as"} and self._names_presiding_role(token):
                head = token.head.head  # "X attended as President", "with the Rector, Professor X, in the chair"
                bracket = _opening_bracket(token.head)  # "Alan Price (in the chair)", "X (Vice-Chair, in the Chair)"
                person = person_at(doc[bracket - 1]) if bracket else _with_holder(token.head)
                if person is None and not bracket:
                    person = self._person_of([head] if head.pos_ in {"NOUN", "PROPN"} else _subjects(head))
            elif token.lower_ in self.lex["presiding_nouns"] and token.head.lower_ == "under":
                person = self._person_of([t for c in token.children if c.lower_ == "of"  # "under the chairmanship of X"
                                          for o in c.children if o.dep_ == "pobj" for t in _with_name_after(o)])
            else:
                continue
            if person is not None:
                return person
        return None

    def _role_holder(self, token: Token) -> int | None:
        """The person a chair's role names where an attendance list gives it: in brackets right
        after a name ("Revd Helen Marsh (Chair)", "Tina Roe (Presiding Officer)"), after a dash
        or alone at the end of a row a name opens ("Alan Price - Chair", "Jo Bell   Chair"), or in
        brackets at the end of a row a name opens ("Graham Whitby – City of Rockwell (Chair)");
        not someone sending apologies ("Apologies: Cllr Gray (Chair)")."""
        doc = token.doc
        start = _chair_title_ending_at(token, self.lex)
        if start is None or start < 2:
            return None
        after = doc[token.i + 1 : token.i + 2]
        if doc[start - 1].text == "(" and after.text == ")":  # "Name (Chair)", or "Name – Body (Chair)"
            named = person_at(doc[start - 2])
            if named is None and ends_line(after):
                named = _row_person(token)
        elif doc[start - 1].text == "," and after.text == ")" and (bracket := _opening_bracket(token)):
            named = person_at(doc[bracket - 1])  # the last of the roles a name's brackets give: "X (Vicar, Chair)"
        elif not ends_line(doc[token.i : token.i + 1]):
            return None
        elif doc[start - 1].text in DASHES:  # "Name - Chair"
            named = person_at(doc[start - 2])
        else:  # "Name   Chair"
            named = _row_opener(doc[start - 1])
        people = doc._.mp_people or []
        return named if named is not None and not people[named].absent else None

    def _names_presiding_role(self, token: Token) -> bool:
        """Whether "as/in <phrase>" names a presiding role ("as President", "in the chair", "as
        chair of the meeting")."""
        if token.lower_ not in self.role_heads:
            return False
        words = [t.lower_ for t in token.subtree if t.pos_ != "DET"]
        if "of" in words and words[-1] in self.lex["meeting_kinds"]:
            words = words[: words.index("of")]  # the role of this meeting, not of a body
        return " ".join(words) in self.lex["presiding_roles"]

    def _about_meeting(self, verb: Token) -> bool:
        """Whether a presiding verb is about the meeting, not a group of people ("a delegation led by X")."""
        passive = any(c.dep_ == "agent" for c in verb.children)  # "our staff led by X", its subject misparsed
        governed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} or passive and c.dep_ == "nsubj"]
        if verb.dep_ == "acl" or verb.dep_ == "relcl" and not governed:  # "the delegation he led"
            governed.append(verb.head)
        if any(t.lemma_.lower() in self.lex["led_groups"] for t in governed):
            return False
        if any(t.dep_ == "dobj" and (t.pos_ == "NUM" or t.lower_ in _PART_WORDS or _several_sittings(t, self.gatherings))
               for t in governed):
            return False  # "chaired one of the plenary sessions", "facilitated the sessions": parts of the meeting
        if verb.lemma_.lower() not in self.lex["leading_verbs"]:
            return True
        led = [t for t in governed if t.pos_ != "PRON"]  # "who has led the union", "a prayer conducted by X"
        return not led or any(t.lemma_.lower() in self.gatherings or t.lower_ in self.gatherings
                              or _meets(t, self.lex, self.gatherings) for t in led)

    def _person_of(self, phrases: list[Token]) -> int | None:
        """The person the phrases name, by name or by title ("the President"), leaving out
        people only mentioned ("commissioned by X")."""
        if not phrases:
            return None
        people = phrases[0].doc._.mp_people or []
        subtree = [t for phrase in phrases for t in phrase.subtree]
        named = [p for t in subtree if (p := person_at(t)) is not None] or [
            p for t in subtree if (p := person_named(t, people)) is not None]  # "by Noor", left untagged
        present = [i for i in named if not people[i].only_mentioned]
        if named:
            return present[0] if present else named[0]
        posts = [t for t in subtree if t.lower_ in self.lex["titles"]]  # "by the Deputy Vice Chancellor"
        holders = [by_post(post, people) for post in posts]
        held = next((i for i in holders if i is not None and not people[i].only_mentioned), None)
        if held is None and len(phrases) == 1 and phrases[0].lower_ in _PERSONAL_PRONOUNS:
            return _last_person_before(phrases[0])  # "..., which she chaired"
        if held is None and len(phrases) == 1 and _speaks_as_chair(phrases[0], self.lex):
            return _turn_speaker(phrases[0], self.lex)  # "PRESIDENT (Mrs X): ... I now declare the session closed"
        return held


def _meets(body: Token, lex: Mapping[str, frozenset[str]], gatherings: frozenset[str]) -> bool:
    """A body that meets or holds the meeting ("the Committee, headed by X, met the officials",
    "the union, led by X, held its congress"): whoever heads it chairs its meeting (over
    ``meet_verbs`` and ``hold_verbs``)."""
    verb = body.head
    if body.dep_ != "nsubj" or verb.i == body.i:
        return False
    held = any(c.dep_ == "dobj" and c.lemma_.lower() in gatherings for c in verb.children)
    return verb.lemma_.lower() in lex["meet_verbs"] or (held and verb.lemma_.lower() in lex["hold_verbs"])


def _of_the_meeting(title: Token, gatherings: frozenset[str]) -> bool:
    """Whether a title is the meeting's own ("presider of the meeting", "chair of the session")."""
    return any(c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in gatherings for o in c.children)
               for c in title.children)


def _several_sittings(noun: Token, gatherings: frozenset[str]) -> bool:
    """A meeting noun in the plural that is no kind of its own ("the sessions", "the workshops",
    not "the proceedings" or "the talks"): the parts a trainer or a facilitator led."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in gatherings and noun.lower_ not in gatherings


def _speaks_as_chair(subject: Token, lex: Mapping[str, frozenset[str]]) -> bool:
    """A presiding expression's subject as the chair says it in a transcript's turn: "I" or
    "we", or the sitting itself ("The committee will come to order")."""
    return subject.lower_ in _FIRST_PERSON or subject.lemma_ in lex["meeting_kinds"] | lex["org_heads"]


_PERSONAL_PRONOUNS = {"he", "she"}
_FIRST_PERSON = {"i", "we"}
_PRONOUN_REACH = 2  # sentences back to the person a presiding pronoun stands for


def _is_chair_word(token: Token, lex: Mapping[str, frozenset[str]]) -> bool:
    """A chair's title as a noun of its own, not a deputy's or a compound's ("the Vice
    Chairman", "the founder-chairman")."""
    before = token.doc[token.i - 1].lower_ if token.i else ""
    joined = before in {"-", "–"}  # "founder-chairman", "ex-chairman", "vice-chairman"
    return token.pos_ in {"NOUN", "PROPN"} and token.lower_ in lex["chair_titles"] \
        and before not in lex["other_chair_modifiers"] and not joined


def _chair_title_ending_at(token: Token, lex: Mapping[str, frozenset[str]]) -> int | None:
    """Where a chair's title that ends at a token begins ("Presiding Officer"), if one does."""
    doc = token.doc
    for start in range(max(0, token.i - 2), token.i + 1):
        if doc[start : token.i + 1].text.lower() in lex["chair_titles"]:
            return start
    return None


def _turn_speaker(token: Token, lex: Mapping[str, frozenset[str]]) -> int | None:
    """Who speaks the transcript turn holding a word, if the page is a transcript."""
    turns = labelled_turns(token.doc, token.doc._.mp_people or [], lex, None)
    return next((turn.speaker for turn in turns if turn.words.start <= token.i < turn.words.end), None)


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or for a participle clause without one, its main clause's ("Speaking
    as chair, X said")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "advcl":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _last_person_before(pronoun: Token) -> int | None:
    """The person named last before a pronoun, in its sentence or the one before, if one is
    at the meeting: whom "she" in "which she chaired" stands for."""
    doc = pronoun.doc
    sentences = [s for s in doc.sents if s.start <= pronoun.i][-_PRONOUN_REACH:]
    people = doc._.mp_people or []
    for token in reversed(doc[sentences[0].start : pronoun.i]):
        person = person_at(token)
        if person is not None and not people[person].only_mentioned:
            return person
    return None


_APPOSITION_REACH = 4  # words between the comma after a phrase and the name set off after it


_BRACKET_REACH = 6  # words from a bracket's opening to a role it gives


def _is_style(token: Token, honorifics: frozenset[str], title_words: frozenset[str]) -> bool:
    """A form of address or an office before a name ("His Worship", "Mayor", "Cr")."""
    word = token.lower_.rstrip(".")
    run = f"{token.doc[token.i - 1].lower_} {word}" if token.i else word
    return bool({word, run} & honorifics) or word in title_words


_STYLE_REACH = 3  # words of address between a comma and the name it sets off ("Rt. Hon.")


def _own_chair(title: Token, gatherings: frozenset[str]) -> bool:
    """A chair's title said of someone with "be" that is the chair of the body or gathering
    the report is about: "its chair", "the chair", "the chair of the synod", not "the chair of
    the finance committee"."""
    if title.dep_ != "attr" or title.head.lemma_ != "be":
        return False
    ofs = [o for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return all(o.lemma_.lower() in gatherings for o in ofs)


def _subject_of_be(title: Token) -> int | None:
    """The person a copula's subject names ("Bishop Liz Crawford | is its chair")."""
    return next((person for c in title.head.children if c.dep_ == "nsubj" and (person := person_at(c)) is not None),
                None)


def _set_off_after(title: Token) -> int | None:
    """The person a comma sets off right after a title, past forms of address, where the parser
    hung the name elsewhere: "Senate Committee on Finance Chairman, Senator X, opened ..."."""
    doc = title.doc
    if title.i + 2 >= len(doc) or doc[title.i + 1].text != ",":
        return None
    for token in doc[title.i + 2 : min(title.i + 3 + _STYLE_REACH, title.sent.end)]:
        person = person_at(token)
        if person is not None or not (token.is_punct or token.text[:1].isupper()):
            return person  # a lower-case word is no form of address: "Chairman, the committee ..."
    return None


_WITH_REACH = 12  # words from "with" to the "in" of "in the chair" in an absolute phrase


def _with_holder(preposition: Token) -> int | None:
    """The person an absolute "with" phrase puts in the chair, however the parser hung it:
    "met on Monday with its convener, Dr. X, in the chair"."""
    doc = preposition.doc
    start = max(preposition.sent.start, preposition.i - _WITH_REACH)
    opening = next((t for t in reversed(doc[start : preposition.i]) if t.lower_ == "with"), None)
    if opening is None:
        return None
    return next((p for t in doc[opening.i + 1 : preposition.i] if (p := person_at(t)) is not None), None)


def _opening_bracket(token: Token) -> int | None:
    """The index of the bracket a token stands in, a name before it, if it opened near."""
    doc = token.doc
    for i in range(token.i - 1, max(0, token.i - _BRACKET_REACH) - 1, -1):
        if doc[i].text == ")":
            return None
        if doc[i].text == "(":
            return i if i >= 1 and person_at(doc[i - 1]) is not None else None
    return None


def _row_opener(token: Token) -> int | None:
    """The person whose name opens a token's line and ends at it ("Jo Bell" of "Jo Bell  Chair")."""
    person = person_at(token)
    start = line_of(token).start
    return person if person is not None and all(person_at(t) == person for t in token.doc[start : token.i + 1]) else None


def _row_person(token: Token) -> int | None:
    """The person whose name opens a token's line, past a style, before a spaced dash ("Graham
    Whitby – ...", "Councillor Ruth Banda – Her Worship the Mayor (Chairperson)")."""
    doc, start = token.doc, line_of(token).start
    dash = next((t.i for t in doc[start : token.i] if is_spaced_dash(t)), None)
    if dash is None:
        return None
    return next((person for t in doc[start:dash] if (person := person_at(t)) is not None), None)


def _apposed_name(phrase: Token) -> Token | None:
    """The name right after a phrase or set off by a comma after it, whatever the parser hung it
    from: "by Hon. | X", "by the outgoing Chair, Councillor X"."""
    doc, comma = phrase.doc, phrase.right_edge.i + 1
    if comma < len(doc) and person_at(doc[comma]) is not None:
        return doc[comma]
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    reach = doc[comma + 1 : min(len(doc), comma + 1 + _APPOSITION_REACH)]
    return next((t for t in reach if person_at(t) is not None), None)


def _described_person(title: Token) -> int | None:
    """The person a title describes, up its chain of appositions and coordinations
    ("X, MHO of Y, AMCHOP President and presider of the meeting")."""
    token = title
    while token.dep_ in {"appos", "conj"} and token.head.i != token.i:
        token = token.head
        if (person := person_at(token)) is not None:
            return person
    return None


def _with_name_after(phrase: Token) -> list[Token]:
    """A phrase and the name right after it, where the parser cut a form of address from its
    name ("of Com." + "Arun Das Gupta")."""
    doc, after = phrase.doc, phrase.right_edge.i + 1
    if after < len(doc) and doc[after].text == ".":
        after += 1
    return [phrase, doc[after]] if after < len(doc) and person_at(doc[after]) is not None else [phrase]


def _agent_hung_lower(verb: Token) -> Token | None:
    """The "by" of a passive presiding verb that the parser hung lower in its clause ("called
    to order at 6:30 p.m. by Board President X")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((t for t in verb.subtree if t.lower_ == "by" and t.dep_ == "prep" and t.i > verb.i
                 and t.sent.start == verb.sent.start), None)


def _presiders(verb: Token) -> list[Token]:
    """Who a presiding verb names: its agent, its subjects, or the subjects of the clause it hangs from."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) or _agent_hung_lower(verb)
    if agent is not None:
        apposed = _apposed_name(agent)
        return [agent] if apposed is None else [agent, apposed]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    doc = verb.doc
    if (verb.tag_ == "VBG" or verb.lower_.endswith("ing")) and verb.i >= 2 and doc[verb.i - 1].text == ",":
        before = doc[verb.i - 2]
        if before.dep_ == "appos" and person_at(before) is None:
            before = before.head  # "with Father X, the parish priest, presiding"
        if person_at(before) is not None:
            return [before]  # "Present: A, B, Gloria Nunez, presiding"
    if verb.dep_ == "csubj" or (verb.dep_ == "nsubj" and verb.head.lemma_ == "be"):  # "Chairing the lecture was X"
        return [c for c in verb.head.children if c.dep_ == "attr"]
    fronted_be = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > verb.i), None)
    if verb.tag_ == "VBG" and verb.i == verb.sent.start and fronted_be is not None:
        return [c for c in verb.children if c.i > fronted_be.i and c.dep_ != "punct"]  # the same, parsed as a verb
    if not subjects and verb.dep_ == "acl" and verb.head.pos_ in {"PROPN", "NOUN"}:
        return [verb.head]  # "with board President X running the meeting"
    if not subjects and verb.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" for c in verb.children):
        subjects = [c for c in verb.head.children if c.dep_ == "dobj"]  # "the committee elected X to chair it"
    if not subjects and verb.dep_ in {"advcl", "xcomp", "conj"}:  # "X was elected to chair the meeting"
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "relcl" and [s.lower_ for s in subjects] == ["who"]:
        return [verb.head]  # "Mayor X, who chaired the meeting, ..."
    misread = [t for t in (verb.head, *verb.children) if t.i < verb.i and t.pos_ == "AUX" and person_at(t) is not None]
    if not subjects and misread:
        return misread[:1]  # a parse broken by a name word read as a verb: "X Were, of Y, presided"
    return subjects or [c for c in verb.children if c.dep_ == "compound"]  # "with Mayor X presiding"
