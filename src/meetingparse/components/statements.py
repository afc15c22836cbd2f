"""The points of a speech: the region a reporting verb governs (to the end of its sentence
or to a clause with a speaker of its own), split into one point per distinct thing said (at
semicolons, "and that", parallel verbs and infinitives), the quotes a saying verb opens or
closes, and the statement a verb closes ("Budgets must be cut, Hale warned")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Span, Token

from .lexical import pieces_between, verb_in
from .speakers import PRONOUNS

_QUOTES = {'"', "“", "”", "'", "‘", "’"}
DOUBLE_QUOTES = {'"', "“", "”"}
OPENING_DOUBLE_QUOTES = DOUBLE_QUOTES - {"”"}  # the marks a quotation may open with
_ADDRESSING = {"address", "tell", "brief"}  # verbs whose object is the audience, not what is said
_QUOTE_REACH = 3  # words between a saying verb and the quote it opens ("said: \"", "told them, \"")
SAY_VERBS = {"say", "add", "tell", "state", "note", "declare", "remark", "continue"}
_EDGE = {",", ";", "and", "but", ":", ".", "-", "—", "then", "also", "or", "he", "she", "they"}


_VERB_ALONE = {"VERB", "AUX", "ADV", "PART", "ADP", "PUNCT", "CCONJ"}  # a verb with its particle and adverbs


class PointReader:
    """Read and split a reporting verb's points, over the lexicons ``reporting_verbs``,
    ``speech_nouns``, ``list_nouns``, ``people_nouns``, ``meeting_kinds`` and ``org_heads``."""

    def __init__(self, lex: Mapping[str, frozenset[str]], procedural: tuple[re.Pattern[str], ...] = ()) -> None:
        self.lex = lex
        self.procedural = procedural  # a chair's acts that say nothing: "called the meeting to order"
        self.audience = lex["people_nouns"] | lex["meeting_kinds"] | lex["org_heads"]  # what one addresses or tells

    @staticmethod
    def _coordinated_with(token: Token, verb: Token) -> bool:
        """Whether a verb reaches ``verb`` through conj links alone."""
        while token.dep_ == "conj" and token.head != token:
            token = token.head
            if token == verb:
                return True
        return False

    @staticmethod
    def own_subject(token: Token) -> Token | None:
        return next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)

    @staticmethod
    def _in_verb_list(token: Token) -> bool:
        """'keep X, carry Y and strive for Z': a verb in a comma list of bare verb phrases."""
        head = _conj_head(token)
        doc = token.doc
        return any(doc[item.left_edge.i - 1].text == "," and item.left_edge.lower_ != "to" for item in head.conjuncts)

    def _parallel(self, token: Token, verb: Token) -> int | None:
        """Where a parallel demand starts at ``token``: "..., to Y", "..., carry out Y",
        "..., and he congratulated Y", "..., warning that Y"."""
        doc = token.doc
        to = _infinitive_to(token)
        parallel = token.dep_ in {"conj", "xcomp"} or token.dep_ == "advcl" and _infinitive_to(token.head) is not None
        if parallel and to is not None and doc[to.i - 1].lower_ in {",", "and", ";"}:
            return to.i
        start = token.left_edge.i if token.left_edge.i > verb.i else token.i
        if token.dep_ == "conj" and token.pos_ == "VERB":
            subject = self.own_subject(token)
            reports = self.lex["reporting_verbs"]
            if (subject is None or subject.lower_ in PRONOUNS) and (
                    self._coordinated_with(token, verb) or self._in_verb_list(token)
                    or verb_in(token, reports) and (verb_in(token.head, reports) or _hung_on_demand(token, verb))
                    or _parallel_in_statement(token, verb, reports)):
                return start
        if token.dep_ == "advcl" and token.tag_ == "VBG" and doc[start - 1].text == "," \
                and verb_in(token, self.lex["reporting_verbs"]):
            return start
        return None

    def _cuts(self, verb: Token, region: Span) -> list[int]:
        """Where a region of speech splits: semicolons, colons, "and that", parallel demands,
        and the items of a list announced before a colon."""
        cuts = []
        for token in region:
            cut = _split_at(token, region)
            if cut is None and token.pos_ in {"VERB", "AUX"} and token.i > verb.i:
                cut = self._parallel(token, verb)
            if cut is not None:
                cuts.append(cut)
        colon = next((t for t in region if t.text == ":" and t.i > verb.i), None)
        if colon is not None and self.lists(verb):  # "pointed out three things: A, B, and C"
            cuts += _clause_items(region.doc[colon.i + 1 : region.end])
        return sorted({c for c in cuts if region.start < c < region.end})

    @staticmethod
    def parenthetical(verb: Token) -> bool:
        """'A doctor, he remarked, could never ...', 'The rooms, Dean X said, will be ready': the
        verb and its subject interrupt their own statement."""
        doc, subject = verb.doc, next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.lemma_.lower() not in SAY_VERBS:
            return False
        first = subject.left_edge.i  # "The rooms, Professor Ian Hale said, will be ready"
        return (subject.i == verb.i - 1 and first > verb.sent.start and doc[first - 1].text == ","
                and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ",")

    def _next_clause(self, token: Token, verb: Token) -> int | None:
        """Where a clause joined to the verb with a speaker of its own begins: '..., and Y added',
        '..., while Y addressed it', or '... spoke on X, Y presented ...' that the parser hung
        the verb from; None where the token begins no such clause."""
        joined = (token.dep_ == "conj" and self._coordinated_with(token, verb)) or (
            token.dep_ == "advcl" and token.head == verb and not _complement_clause(token))
        run_on = verb.dep_ == "ccomp" and verb.head == token and token.pos_ == "VERB" and any(
            t.text == "," for t in token.doc[verb.right_edge.i : token.i])
        subject = self.own_subject(token) if joined or run_on else None
        if subject is None or not any(t.pos_ == "PROPN" for t in subject.subtree):
            return None
        return subject.left_edge.i if run_on else token.left_edge.i

    def region(self, verb: Token) -> Span:
        """From the reporting verb (with its auxiliaries) to the end of its sentence, or to a
        coordinated clause with a subject of its own; the whole sentence around a parenthetical verb."""
        doc, sentence = verb.doc, verb.sent
        if self.parenthetical(verb):
            return sentence
        start = verb.i
        while start > sentence.start and doc[start - 1].head == verb and doc[start - 1].dep_ in {"aux", "neg"}:
            start -= 1
        end = next((clause for t in doc[verb.i + 1 : sentence.end]
                    if (clause := self._next_clause(t, verb)) is not None), sentence.end)
        return doc[start:end]

    def split(self, verb: Token, region: Span) -> list[Span]:
        """The region's points; pieces that only announce a speech or a list are left out."""
        doc = verb.doc
        pieces, start = [], region.start
        for cut in self._cuts(verb, region):
            pieces.append(doc[start:cut])
            start = cut
        pieces.append(doc[start : region.end])
        return [p for piece in pieces if (p := strip_edges(piece)) and not self._announces(p)]

    def _quote(self, verb: Token) -> Span | None:
        """The words a saying verb quotes: a quote that opens right after it ('said: "..."') or
        closes right before it ('"...," said X'), not a phrase quoted inside the reported words
        ('said the suggestion had been "noted with affection"')."""
        sentence = verb.sent
        marks = [t.i for t in sentence if t.text in _QUOTES]
        if len(marks) < 2:
            return None
        opens_after = 0 < marks[0] - verb.i <= _QUOTE_REACH
        closes_before = 0 < verb.i - marks[-1] <= _QUOTE_REACH + 2  # '"...," the Mayor said'
        if not (opens_after or closes_before or marks[0] == sentence.start):
            return None
        return strip_edges(verb.doc[marks[0] + 1 : marks[-1]])

    def bare_speech(self, verb: Token) -> bool:
        """'X made the concluding speech', 'X spoke at the session', 'X addressed the delegates', 'X
        told the Council', 'greetings were conveyed by X': a speech with no point of its own."""
        if any(c.dep_ == "agent" for c in verb.children) and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in self.lex["speech_nouns"] for c in verb.children):
            return True  # a passive whose subject is the speech: its agent spoke
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lemma_.lower() == "speak":
            said = {"ccomp", "dobj", "xcomp"}
            return not any(c.dep_ in said or (c.dep_ == "prep" and c.lower_ in {"on", "about"}) for c in verb.children)
        if verb.lemma_.lower() in _ADDRESSING:  # "addressed the delegates", "told colleagues", "addressed the Council"
            if noun is None or noun.lemma_.lower() not in self.audience:
                return False
            content = any(c.dep_ in {"prep", "ccomp", "xcomp"} for c in verb.children)
            told = verb.lemma_.lower() != "address" and any(  # "told participants that ...", misparsed
                c.dep_ not in {"det", "amod", "compound", "poss"} for c in noun.children)
            return not (content or told)
        return (noun is not None and noun.lemma_.lower() in self.lex["speech_nouns"]
                and verb.lemma_.lower() in {"make", "deliver", "give", "take"}
                and not any(c.dep_ == "prep" for c in noun.children))  # "made a report", "took the floor"

    def lists(self, verb: Token) -> bool:
        """'raised two requirements', 'put forward some suggestions': a list announced, given after it."""
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return noun is not None and noun.lemma_.lower() in self.lex["list_nouns"] and any(
            c.dep_ == "nummod" or c.lower_ in {"some", "several", "following"} for c in noun.children)

    def _announces(self, piece: Span) -> bool:
        """A piece that only announces a speech or a list, a verb alone ("then chimed in"), or a
        chair's act that says nothing ("called the meeting to order")."""
        return (all(t.pos_ in _VERB_ALONE for t in piece) or any(rx.search(piece.text) for rx in self.procedural)
                or self.bare_speech(piece.root) or any(self.lists(t) for t in piece if t.pos_ == "VERB"))

    def points(self, verb: Token, region: Span) -> list[Span]:
        if verb.lemma_.lower() in SAY_VERBS:
            earlier = _closed_quote(verb)
            if earlier:
                return earlier
            quote = self._quote(verb)
            if quote is not None:
                return [quote]
        return self.split(verb, region) or _fronted_statement(verb)


def _is_edge(token: Token) -> bool:
    return token.is_space or token.lower_ in _EDGE or token.text in _QUOTES


def strip_edges(span: Span) -> Span | None:
    """The span without connectives and punctuation at its edges."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and _is_edge(doc[start]):
        start += 1
    while end > start and _is_edge(doc[end - 1]):
        end -= 1
    if end < span.end and doc[end].text in _QUOTES and sum(t.text in _QUOTES for t in doc[start:end]) % 2:
        end += 1  # the mark that closes a quote opened inside: 'had been "noted with affection"'
    return doc[start:end] if sum(not t.is_punct for t in doc[start:end]) >= 2 else None


def _infinitive_to(verb: Token) -> Token | None:
    """The "to" of an infinitive verb."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def opened_quote(verb: Token) -> Span | None:
    """The quoted words after a saying verb when its sentence opens a quote and does not
    close it: 'told the meeting: "We know about the petition. Our demand is ...'."""
    sentence = verb.sent
    marks = [t for t in sentence if t.text in DOUBLE_QUOTES]
    if len(marks) % 2 == 0 or marks[-1].i < verb.i or marks[-1].text == "”":
        return None
    return strip_edges(verb.doc[marks[-1].i + 1 : sentence.end])


def quoted_part(sentence: Span) -> tuple[Span | None, bool]:
    """The words of a sentence inside a quote opened earlier, and whether the quote closes in it."""
    close = next((t.i for t in sentence if t.text in DOUBLE_QUOTES), None)
    part = strip_edges(sentence.doc[sentence.start : close if close is not None else sentence.end])
    return part, close is not None


def _closed_quote(verb: Token, reach: int = 5) -> list[Span]:
    """The sentences of a quote that opened sentences before a saying verb and closes before
    it: '"I have listened for months. A review is the fairest way," said Cr X.'"""
    doc, sentence = verb.doc, verb.sent
    closing = [t for t in sentence if t.text in DOUBLE_QUOTES and t.i < verb.i]
    if len(closing) % 2 == 0 or closing[0].text == "“":
        return []
    parts = [strip_edges(doc[sentence.start : closing[0].i])]
    start = sentence.start
    for _ in range(reach):
        if start == 0:
            return []
        previous = doc[start - 1].sent
        marks = [t for t in previous if t.text in DOUBLE_QUOTES]
        if len(marks) % 2 == 1 and marks[-1].text != "”":  # the opening mark
            parts.append(strip_edges(doc[marks[-1].i + 1 : previous.end]))
            return [p for p in reversed(parts) if p is not None]
        if marks:
            return []
        parts.append(strip_edges(previous))
        start = previous.start
    return []


def _conj_head(token: Token) -> Token:
    """The first of the words a token is coordinated with ("pay" of "pay their dues and called")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _hung_on_demand(token: Token, verb: Token) -> bool:
    """A reporting verb the parser joined to the demand of the one before it: "urged members to
    pay their dues and called on the county to ...", "called" hung on "pay"."""
    head = _conj_head(token)
    return head.dep_ == "xcomp" and head.head == verb and PointReader.own_subject(head) is None


def _parallel_in_statement(token: Token, verb: Token, reports: frozenset[str]) -> bool:
    """A verb the parser joined to the statement of the reporting verb, not to the reporting
    verb: another report ("argued that the plan was flawed and announced that ...") or another
    demand of a demand ("said the officials should follow up the projects and coordinate with
    ..."). Its statement is a point of its own."""
    head = _conj_head(token)
    if head.dep_ != "ccomp" or head.head != verb:
        return False
    return verb_in(token, reports) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _split_at(token: Token, region: Span) -> int | None:
    """Where a new point starts at a token: after a semicolon or a colon before a verb, or at
    the "and" of "..., and that ..." (the next point keeps its "that")."""
    doc = region.doc
    if token.text == ";":
        return token.i + 1
    if token.text == ":":
        return token.i + 1 if any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i : region.end]) else None
    if token.lower_ == "that" and token.dep_ == "mark" and doc[token.i - 1].lower_ == "and":
        return token.i - 1
    return None


def _clause_items(items: Span) -> list[int]:
    """Where each item after the first begins in a list of clauses set off by commas ("tariffs
    remain too high, border posts close too early, and permits take weeks"): none unless most
    items have a verb of their own (the tagger takes a verb for a noun now and then: "the roof
    leaks"), which a list of nouns has not."""
    pieces = pieces_between(items, ",")
    clauses = sum(any(t.pos_ in {"VERB", "AUX"} for t in piece) for piece in pieces)
    if len(pieces) < 2 or 2 * clauses <= len(pieces):
        return []
    return [piece.start for piece in pieces[1:]]


def _complement_clause(clause: Token) -> bool:
    """A clause that says what was asked or said, not another speaker's: "called for the Forum
    to stand firm", "asked whether the Board would meet"."""
    return any(c.dep_ == "mark" and c.lower_ in _COMPLEMENT_MARKS for c in clause.children)


_COMPLEMENT_MARKS = {"for", "that", "whether", "if"}


def _fronted_statement(verb: Token) -> list[Span]:
    """The statement a reporting verb closes: "Budgets must be cut, Hale warned."."""
    statement = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < verb.i), None)
    found = strip_edges(verb.doc[statement.left_edge.i : statement.right_edge.i + 1]) if statement is not None else None
    return [found] if found is not None else []
