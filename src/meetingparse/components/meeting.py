"""Find the meeting a report is about and read its name and kind.

The meeting is the meeting-kind noun ("meeting", "conference", ...) that a hold
verb governs ("X held the ... meeting", "the ... conference was convened"),
preferring early mentions and skipping relayed ones ("the spirit of the
provincial teleconference"). Its title is its best-named mention of the same
kind; its kind is the noun's lemma. The prose test here is shared by the other
event readers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from .headings import record_heading
from .lexical import entity_around, inflected_forms, line_of, token_positions, verb_in
from .marks import is_debris, remembered, text_of
from .statements import DOUBLE_QUOTES

_TITLE_PREPS = {"for", "on", "of", "about", "to", "between"}
_PROSE_KEY = "mp_prose_sentences"
_NOUNS_KEY = "mp_meeting_nouns"
_SKIP_LEFT = {"DET", "PRON", "PUNCT"}
_GENERIC_MODIFIERS = {"recent", "earlier", "previous", "last", "next", "upcoming", "such", "other", "several"}
_GENERAL_KIND = "meeting"  # the kind a sitting of a meeting takes where the report calls it a meeting


def _line_number(token: Token) -> bool:
    """A number that opens its line, as in line-numbered minutes ("25 Inaugural Session: ...")."""
    return token.text.isdigit() and line_of(token).start == token.i


def _minuted_before(token: Token) -> bool:
    """A meeting whose minutes a sentence of prose approves or reads ("The minutes of the 26th
    May meeting were approved"): an earlier meeting, not the one the page reports; a heading
    ("MINUTES OF THE MEETING HELD ON ...") names this one."""
    head = token.head
    while head.dep_ in {"pobj", "prep"} and head.head.i != head.i and head.i != token.i:
        if head.lower_ == "of" and head.head.lower_ == "minutes":
            return is_prose(token.sent)
        head = head.head
    return False


def is_prose(sentence: Span) -> bool:
    """A sentence with closing punctuation and lower-case words, not a headline or a caption."""
    return remembered(sentence, _PROSE_KEY, _reads_as_prose)


def _reads_as_prose(sentence: Span) -> bool:
    closed = text_of(sentence.doc)[sentence.start_char : sentence.end_char].rstrip().endswith((".", '"', "”"))
    return closed and any(t.is_alpha and t.is_lower and len(t) > 3 for t in sentence)


def _content_words(span: Span) -> set[str]:
    """A name's lower-cased words without function words or punctuation."""
    return {t.lower_ for t in span if not (t.is_punct or t.is_stop)}


def _inside_org_name(token: Token) -> bool:
    """A meeting word that modifies the next word of an organization's name ("National
    Assembly Deputies' Delegation"); "Workshop on X" names a meeting even when tagged ORG."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (token.ent_type_ == "ORG" and following is not None and following.ent_iob_ == "I"
            and following.pos_ in {"NOUN", "PROPN", "PART"})


def _ends_a_name(token: Token) -> bool:
    """A word a meeting's name never runs into: the sentence's own verb ("the Second Session
    ... held the third meeting") or "to order" ("called the meeting of the Council to order")."""
    doc = token.doc
    if token.dep_ == "ROOT" and token.pos_ in {"VERB", "AUX"}:
        return token.i == 0 or doc[token.i - 1].lower_ != "to"  # an infinitive of purpose is no finite verb
    return token.lower_ == "to" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "order"


def _past_owner_name(doc: Doc, end: int) -> int:
    """Where a name ending "of the 14th" ends when the parser left out the body it names
    ("... of the 14th | Long Giang Provincial Party Committee"): past that ORG entity."""
    if end >= len(doc) or end < 2 or doc[end - 1].ent_type_ != "ORDINAL" or doc[end - 2].lower_ not in {"the", "of"}:
        return end
    entity = entity_around(doc, end)
    return entity.end if entity is not None and entity.start == end and doc[end].ent_type_ == "ORG" else end


_NOUN_ROLES = {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos"}
_EXPECTED = {"expected", "scheduled", "due", "set", "slated", "planned"}  # "the session, expected to be held"


def _lists_on(comma: Token, start: int) -> bool:
    """A comma inside a list that a name carries ("training for deans, directors and heads",
    "Science, Technology, and Innovation"): the next word, past an "and", is a conjunct
    of a word the name already holds."""
    doc = comma.doc
    i = comma.i + 1
    if i < len(doc) and doc[i].pos_ == "CCONJ":
        i += 1
    return i < len(doc) and doc[i].dep_ == "conj" and start <= doc[i].head.i < comma.i


def _quoted_stretch(doc: Doc, start: int, end: int) -> set[int]:
    """The token indices between the first pair of double quote marks from ``start`` to ``end``."""
    marks = [t.i for t in doc[start:end] if t.text in DOUBLE_QUOTES]
    return set(range(marks[0], marks[1] + 1)) if len(marks) >= 2 else set()


def _past_quoted_name(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that opens a quotation it does not close ('a lecture titled "X: Y"'
    the parser ends at the colon): past the closing mark in the same sentence."""
    marks = [t.i for t in doc[start:end] if t.text in DOUBLE_QUOTES]
    if len(marks) % 2 == 0:
        return end
    sentence_end = doc[start].sent.end
    closing = next((t.i for t in doc[end:sentence_end] if t.text in DOUBLE_QUOTES), None)
    return end if closing is None else closing + 1


def _is_future(token: Token, hold_verbs: frozenset[str]) -> bool:
    """A meeting still to come: "the forum to be held in June", "the session will open"."""
    doc = token.doc
    start = token.i + 2 if token.i + 1 < len(doc) and doc[token.i + 1].text == "," else token.i + 1
    after = [t.lower_ for t in doc[start : start + 2]]
    if after[:1] in (["will"], ["shall"]) or after == ["to", "be"] or (
            after[1:] == ["to"] and after[0] in _EXPECTED):
        return True  # the verb may hang elsewhere in the parse; "a meeting to deploy" is no future
    auxiliaries = {a.lower_ for a in token.head.children if a.dep_ == "aux"}
    if token.dep_ == "dobj" and auxiliaries & {"to", "will", "shall", "would"} \
            and verb_in(token.head, hold_verbs):
        return True  # "Council to open year-end session next week", "the ministry would convene a meeting"
    return token.dep_ in {"nsubj", "nsubjpass"} and bool(auxiliaries & {"will", "shall", "would"})


def _places_or_dates(token: Token, venue_words: frozenset[str]) -> bool:
    """An "in"/"at" phrase of place or time, which ends a meeting's name ("in Room 306")."""
    if token.lower_ == "on" and token.dep_ == "prep":
        return any(t.ent_type_ in {"DATE", "TIME"} for t in token.children)  # "on Wednesday 11 February"
    if token.lower_ not in {"in", "at"} or token.dep_ != "prep":
        return False
    return any(t.lower_ in venue_words or t.ent_type_ in {"FAC", "GPE", "DATE", "TIME"}
               for t in token.subtree)


def _dates_the_meeting(token: Token, noun: Token) -> bool:
    """An "of" before a date that hangs on the meeting noun, which ends the meeting's name
    ("the Cabinet Meeting | of 4 July 2018"); one inside it stays ("for the spring semester of 2026")."""
    doc = token.doc
    return token.lower_ == "of" and token.head.i == noun.i and token.i + 1 < len(doc) \
        and doc[token.i + 1].ent_type_ == "DATE"


def _says_when_or_for_whom(token: Token) -> bool:
    """A phrase after a meeting noun that no name runs into: a clause whose object is a
    duration or a time ("a debate lasting three hours"), or "on behalf of" ("a meeting on
    behalf of their governments")."""
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.lower_ == "behalf" for c in token.children)
    return any(c.dep_ in {"dobj", "npadvmod"} and c.ent_type_ in {"DATE", "TIME"} for c in token.children)


def _purpose_follows(noun: Token) -> bool:
    """Whether a meeting noun is followed by "to" and a verb of purpose ("Workshop to
    strengthen ..."), not a future ("Forum to be held")."""
    doc = noun.doc
    after = doc[noun.i + 1 : noun.i + 3]
    return len(after) == 2 and after[0].lower_ == "to" and after[1].tag_ == "VB" and after[1].lemma_ != "be"


def _spaced_dash(token: Token) -> bool:
    """A dash set off by spaces, which parts a headline's label from what follows it."""
    return token.text in {"-", "–", "—"} and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def in_general(token: Token) -> bool:
    """Meetings in general, not one: "held over 30 meetings", "any other session"."""
    plural = token.tag_ in {"NNS", "NNPS"} and token.lower_ != "talks"
    return plural or any(t.lower_ in _GENERIC_MODIFIERS | {"any", "every", "each"} for t in token.lefts)


def _called_a_meeting(nouns: list[Token]) -> bool:
    """Whether the report's prose calls the gathering a meeting, this one and not meetings in general."""
    return any(t.lemma_.lower() == _GENERAL_KIND and is_prose(t.sent) and not in_general(t) for t in nouns)


class MeetingReader:
    """Find the meeting noun and read its title and kind, over the lexicons ``meeting_kinds``,
    ``counted_kinds``, ``compound_kinds``, ``relay_cues``, ``other_meeting_cues``,
    ``generic_meeting_kinds``, ``sitting_kinds``, ``hold_verbs``, ``chair_verbs``, ``venue_words``
    and ``kind_abbreviations``."""

    def __init__(self, lex: Mapping[str, frozenset[str]], headings: tuple[re.Pattern[str], ...] = ()) -> None:
        self.lex = lex
        self.headings = headings  # how a meeting's own record opens (``models/record_headings.txt``)
        self.abbreviated = dict(pair.split(maxsplit=1) for pair in lex["kind_abbreviations"])  # "agm" -> "meeting"
        compounds = [kind.split() for kind in lex["compound_kinds"]]
        self.completed_by = {(first, head) for first, head in compounds if head not in lex["meeting_kinds"]}
        self.holding_verbs = lex["hold_verbs"] | lex["chair_verbs"]  # who held or chaired, never part of a name

    def _in_heading(self, token: Token) -> Span | None:
        """The record's heading that names this meeting noun, if the page opens with one."""
        heading = record_heading(token.doc, self.headings)
        return heading if heading is not None and heading.start <= token.i < heading.end else None

    # -- the meeting noun -----------------------------------------------------------------
    def is_meeting(self, token: Token) -> bool:
        """A noun naming a kind of meeting ("conference", "talks"), also where the tagger took it
        for an adjective in a noun's place ("hosted a roundtable on trade")."""
        nominal = token.pos_ in {"NOUN", "PROPN"} or token.pos_ == "ADJ" and token.dep_ in _NOUN_ROLES
        words = {token.lower_, token.lemma_.lower()}
        if words & self.lex["counted_kinds"]:  # "a training", not "personnel training"
            return nominal and any(c.dep_ in {"det", "nummod", "poss"} for c in token.children)
        return nominal and bool(words & self.lex["meeting_kinds"] or self._completes_compound(token))

    def _completes_compound(self, token: Token) -> bool:
        """A noun that names a meeting only after its first word ("a courtesy call", not "a call for bids")."""
        return token.i > 0 and (token.doc[token.i - 1].lower_, token.lemma_.lower()) in self.completed_by

    def is_relayed(self, token: Token) -> bool:
        """A meeting only relayed ("the spirit of the ... teleconference") or another one ("the next
        meeting"); "the last meeting before the elections" is this one, the final of its series."""
        final = any(c.dep_ == "prep" and c.lower_ in {"before", "until"} for c in token.rights)
        relayed = any(a.lower_ in self.lex["relay_cues"] for a in token.ancestors)
        return relayed or _is_future(token, self.lex["hold_verbs"]) or any(
            t.lower_ in self.lex["other_meeting_cues"] and (t.lower_ != "last" or not final) for t in token.lefts
        ) or _minuted_before(token)

    def _meeting_score(self, token: Token) -> float:
        score = 0.0
        if token.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"}:
            if verb_in(token.head, self.lex["hold_verbs"]):
                score += 3  # "held the meeting"
            elif token.dep_ == "nsubjpass" and verb_in(token.head, self.lex["chair_verbs"]):
                score += 2  # "the meeting was chaired by"
        if token.head.dep_ == "acl" and token.head.head.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj":
            score -= 3  # in the background: "delegates attending the conference were given a reception"
        if self.is_relayed(token):
            score -= 4
        if token.ent_type_ in {"ORG", "GPE"}:
            score -= 3
        if any(c.dep_ == "nummod" and c.tag_ == "CD" for c in token.children):
            score -= 2
        if in_general(token):
            score -= 2
        if not token.sent.text.rstrip().endswith((".", '"', "”")):
            score -= 1.5
        if any(t.pos_ != "DET" for t in token.lefts) or any(c.dep_ == "prep" for c in token.rights):
            score += 1
        return score - token.i / max(len(token.doc), 1)

    def meeting_nouns(self, doc: Doc) -> list[Token]:
        """Every noun naming a meeting outside page debris (found once per doc)."""
        known = doc.user_data.get(_NOUNS_KEY)
        if known is None:
            kinds = self.lex["meeting_kinds"] | self.lex["counted_kinds"] | {head for _, head in self.completed_by}
            words = token_positions(doc, words=inflected_forms(kinds))
            known = doc.user_data[_NOUNS_KEY] = [t.i for t in map(doc.__getitem__, words)
                                                 if self.is_meeting(t) and not is_debris(t) and not _inside_org_name(t)]
        return [doc[i] for i in known]

    def meeting_noun(self, doc: Doc) -> Token | None:
        """The noun that names the meeting the report is about, if any: the one the heading
        of the meeting's own record names ("MINUTES OF THE BOARD MEETING ..."), else the likeliest."""
        nouns = self.meeting_nouns(doc)
        headed = next((t for t in nouns if self._in_heading(t) is not None), None)
        if headed is not None:
            return headed
        best = max(nouns, key=self._meeting_score, default=None)
        return None if best is not None and self.is_relayed(best) else best

    # -- its title and kind ---------------------------------------------------------------
    def title_of(self, noun: Token) -> Span | None:
        """The name one meeting noun carries ("the 38th Annual General Meeting"), or None when bare or generic."""
        heading = self._in_heading(noun)
        if heading is not None:
            return heading
        doc = noun.doc
        start = noun.left_edge.i
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.left_edge.pos_ == "DET":  # "the company's 31st AGM", not "X Chancellors' meet"
            start = owner.right_edge.i + 1
        while start < noun.i and (doc[start].pos_ in _SKIP_LEFT or doc[start].lower_ in {"'s", "’s"} or (
                doc[start].ent_type_ in {"DATE", "TIME"} and doc[start].pos_ != "ADJ") or _line_number(doc[start])):
            start += 1  # "Monday's session of X", "25 Inaugural Session ...": a day and its "'s", a line's number
        end = noun.i + 1
        if self._completes_compound(noun):
            return None  # "a courtesy call on the Minister": whom it was paid to, not a name
        if end < len(doc) and doc[end].lower_ in _TITLE_PREPS and doc[end].dep_ == "prep" and doc[end].head != noun:
            end = doc[end].right_edge.i + 1  # "the symposium on X", the parser hanging "on X" elsewhere
        for child in noun.rights:
            if child.i != end and doc[end].text not in {"'s"}:
                break
            keep = (child.dep_ == "prep" and child.lower_ in _TITLE_PREPS and not _says_when_or_for_whom(child)
                    and not any(t.ent_type_ in {"TIME"} for t in child.subtree))
            keep |= (child.dep_ == "acl" and not _says_when_or_for_whom(child)
                     and child.lemma_.lower() not in self.holding_verbs | {"attend"})
            keep |= child.dep_ in {"compound", "nummod"}
            if not keep:
                break
            end = child.right_edge.i + 1
        end = _past_owner_name(doc, end)
        purpose = doc[end + 1] if end + 1 < len(doc) and doc[end].lower_ == "to" else None
        if purpose is not None and purpose.pos_ == "VERB" and purpose.head in (noun, noun.head):
            end = purpose.right_edge.i + 1  # "conference to deploy the response to floods"
        if not is_prose(noun.sent):  # "HIST Holds Debriefing Meeting on X and Y Work Reports"
            start = max([start, *(t.i + 1 for t in doc[noun.sent.start : noun.i]
                                  if verb_in(t, self.lex["hold_verbs"]) or _spaced_dash(t))])  # "DECISIONS - 20TH MEETING"
            if noun.i + 1 < noun.sent.end and (doc[noun.i + 1].lower_ in {"on", "for", "of", "about"}
                                               or _purpose_follows(noun)):
                end = max(end, noun.sent.end)  # "Workshop to strengthen the capacity of CSOs"
        end = _past_quoted_name(doc, noun.i, end)
        quoted = _quoted_stretch(doc, noun.i, end)
        cut = next((t.i for t in doc[noun.i : end] if t.i not in quoted and (
                    (t.text in {",", ";", "("} and not _lists_on(t, noun.i)) or t.is_space
                    or t.lower_ in {"which", "that", "where", "who"} or _places_or_dates(t, self.lex["venue_words"])
                    or _dates_the_meeting(t, noun) or _ends_a_name(t) or self._held_or_chaired(t))), end)
        end = min(end, cut)
        while end > noun.i + 1 and ((doc[end - 1].is_punct and end - 1 not in quoted) or doc[end - 1].pos_ in {"ADP", "CCONJ", "PART"}
                                    or verb_in(doc[end - 1], self.lex["hold_verbs"])):
            end -= 1
        span = doc[start:end]
        content = [t for t in span if t.i != noun.i and not t.is_punct]
        if " " in self.kind(noun) and [t.i for t in content] == [noun.i - 1]:
            return None  # a two-word kind alone ("a video conference") names no meeting
        generic = noun.tag_ in {"NNS", "NNPS"} and noun.lower_ != "talks" or any(
            t.tag_ in {"JJR", "JJS", "RBS", "RBR"} or t.lower_ in _GENERIC_MODIFIERS for t in content)
        return span if content and not generic else None

    def _held_or_chaired(self, token: Token) -> bool:
        """A participle that says who held or chaired the meeting, however deep the parser hung
        it ("the meeting of the federal cabinet | chaired by the Prime Minister")."""
        return token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"} and verb_in(token, self.holding_verbs)

    def best_title(self, noun: Token) -> Span | None:
        """The meeting's name: its own mention's, else the first named mention of the same
        kind in prose, then in headlines; a bare name ("debriefing meeting") gives way to a
        fuller one that contains it ("Debriefing Meeting on X")."""
        heading = self._in_heading(noun)
        if heading is not None:
            return heading  # the name the record's own heading gives
        doc = noun.doc
        same = [t for t in self.meeting_nouns(doc) if t.i != noun.i and self._same_kind(noun, t)
                and not self.is_relayed(t)]
        ordered = [noun] if is_prose(noun.sent) else []
        ordered += [t for t in same if is_prose(t.sent)] + ([] if is_prose(noun.sent) else [noun])
        ordered += [t for t in same if not is_prose(t.sent)]
        titles = [title for t in ordered if (title := self.title_of(t)) is not None]
        if not titles:
            return None
        words = _content_words(titles[0])
        fuller = [t for t in titles if len(words) <= 2 and words < _content_words(t)]
        return fuller[0] if fuller else titles[0]

    def may_name_same(self, noun: Token, other: Token) -> bool:
        """Whether two meeting nouns can name one meeting: the same kind, or one of a
        general kind ("the conference" ... "the meeting"), not "the reception" ... "the conference"."""
        return self._same_kind(noun, other) or bool({noun.lemma_.lower(), other.lemma_.lower()}
                                                    & self.lex["generic_meeting_kinds"])

    def best_kind(self, noun: Token) -> str:
        """The meeting's kind, the fuller where another mention names it ("the conference" is
        the "video conference" the report began with); a sitting's kind ("session") is the
        meeting's where the report also calls it a meeting in its prose."""
        nouns = [t for t in self.meeting_nouns(noun.doc) if not self.is_relayed(t)]
        kind = max((self.kind(t) for t in [noun, *nouns] if self._same_kind(noun, t)), key=lambda kind: " " in kind)
        return _GENERAL_KIND if kind in self.lex["sitting_kinds"] and _called_a_meeting(nouns) else kind

    @staticmethod
    def _same_kind(noun: Token, other: Token) -> bool:
        """Two meeting nouns of one kind ("video conference" ... "the conference")."""
        return noun.lemma_.lower() == other.lemma_.lower() or noun.lower_ == other.lower_

    def kind(self, noun: Token) -> str:
        """The meeting's kind: the noun's lemma ("conference"), "talks" as it stands, or a
        two-word kind ("video conference", from ``compound_kinds``)."""
        if noun.lower_ == "talks":
            return "talks"
        lemma = noun.lemma_.lower()
        before = noun.doc[noun.i - 1] if noun.i > 0 else None
        if before is not None and f"{before.lower_} {lemma}" in self.lex["compound_kinds"]:
            return f"{before.lower_} {lemma}"
        return self.abbreviated.get(lemma, lemma)
