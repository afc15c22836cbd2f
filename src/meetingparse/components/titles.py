"""Read a person's title phrase: a title before the name ("Deputy Secretary Ma Qiang",
"Vice Presidents A and B"), set off before it ("the new president, Dr. J. S. Elliott"),
in apposition after it ("Pan Lizhi, Chief of ...") or in a list's column. ``posts``
splits a phrase into the title and the organization it carries; ``respective`` pairs
listed titles and bodies with listed people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexical import bracketed_alone, is_acronym, is_column_gap, line_of, verb_in
from .marks import person_at
from .wordclass import DETERMINERS, WordClasses, past_determiners

_INNER_LINKS = {"to", "for", "at", "in", "on"}  # before a determiner inside a title: "Adviser to the President"
_BOUNDARY_PUNCT = {",", ";", ":", "(", ")", "[", "]", '"', "“", "”", ".", "!", "?", "—", "–"}
_COLUMN_MARKS = {"-", "–", "—", "(", "["}
_LONGEST_FIELD = 6  # words of a post's field after its comma
_COLUMN_END = {",", ";", "(", ")", "[", "]"}
_LIST_WORDS = {"and", "by", "with", "including", "were", "was", "as", "from", "among", "namely"}


def _sets_off_a_column(token: Token) -> bool:
    """A dash or bracket after a name, or a gap of two spaces or more within its line (spaCy
    makes a token of the spaces past the first)."""
    return token.text in _COLUMN_MARKS or is_column_gap(token)


def _lists_fields(words: Span) -> bool:
    """Whether words after a comma end a list of a portfolio's capitalized fields ("Chieftaincy
    and Religious Affairs", "Food and Rural Affairs"): capitalized words, commas and one "and"."""
    links = [t for t in words if t.lower_ in {"and", "&"}]
    return len(links) == 1 and all(t.text[:1].isupper() or t.text == "," or t in links for t in words) \
        and words[-1].text[:1].isupper()


class TitleReader:
    """Find the title phrase of a name mention (``posts`` splits it into title and organization)."""

    def __init__(self, words: WordClasses) -> None:
        self.words = words

    def _list_start(self, name: Span) -> int:
        """Where a coordinated list of names ending with ``name`` starts
        ("Leijing Huang and Qiuping Zhang" -> the index of "Leijing")."""
        doc = name.doc
        start = name.start
        first = name.sent.start  # computed once: spaCy walks the sentence at every ``.sent``
        while True:
            i = start - 1
            while i > first and (self.words.is_honorific(doc[i]) or doc[i].text == "."):
                i -= 1
            if i <= first or doc[i].lower_ not in {",", "and"}:
                return start
            while i > first and doc[i].lower_ in {",", "and"}:
                i -= 1
            while i > first and (self.words.is_honorific(doc[i]) or doc[i].text == "."):
                i -= 1
            person = person_at(doc[i])
            if person is None:
                return start
            while i > first and person_at(doc[i - 1]) == person:
                i -= 1
            start = i

    def _title_run_before(self, end: int, sentence: Span) -> Span | None:
        """The title words that end right before token ``end``, honorifics trimmed."""
        doc = sentence.doc
        first = None
        i = end - 1
        while i >= sentence.start:
            token = doc[i]
            if _closes_bracketed_acronym(token) and i - 2 > sentence.start:
                i -= 3  # "Presiding Member (PM) Hon. X": the post's acronym, set in brackets
                continue
            in_name = token.lower_ == "and" and _joins_capitalized(token)  # "Laboratory and Asset Management"
            listing = token.lower_ in _LIST_WORDS and not in_name
            stop = token.text == "." and i > sentence.start and (
                self.words.is_honorific(doc[i - 1]) or self.words.is_member_style(doc[i - 1]))  # "Thiru" ".", "Cr" "."
            if (token.text in _BOUNDARY_PUNCT and not stop) or listing or token.pos_ in {"VERB", "AUX"} or self._addressed(token):
                break
            if person_at(token) is not None:
                break
            if self.words.is_title_word(token) or self.words.is_honorific(token):
                first = i
            i -= 1
        if first is None:
            return None
        run = doc[first:end]
        while end > first and (self.words.is_honorific(doc[end - 1]) or doc[end - 1].text == "."):
            end -= 1
        while end - 1 > first and self.words.is_member_style(doc[end - 1]) and self.words.is_title_word(doc[end - 2]):
            end -= 1  # "Deputy Mayor Cllr X": the post, not the style after it
        while first < end and (self.words.is_honorific(doc[first]) or doc[first].text == "."):
            first += 1
        if end > first:
            while first > sentence.start and _is_title_prefix(doc[first - 1]):
                first -= 1
            return doc[first:end]
        academic = [t for t in run if self.words.is_title_word(t)]
        return doc[academic[-1].i : academic[-1].i + 1] if academic else None

    def _addressed(self, token: Token) -> bool:
        """A "to" that addresses the name rather than links a title ("a special welcome to Cr X",
        "thanks to Dr Y", not "Special Adviser to the President Z"): no title or capital before it."""
        if token.lower_ != "to" or token.i == token.sent.start:
            return False
        before = token.doc[token.i - 1]
        return not (self.words.is_title_word(before) or before.text[:1].isupper())

    def title_before(self, name: Span) -> Span | None:
        """"President Wang Qi", or a plural title shared by a list: "Vice Presidents A and B"."""
        start = self._list_start(name)
        title = self._title_run_before(start, name.sent)
        if start != name.start and (title is None or not any(map(self.words.is_plural_position, title))):
            return None
        return title

    def title_fronted(self, name: Span) -> Span | None:
        """A title set off before the name: "the new president, Dr. J. S. Elliott",
        "The Mayor (Mr. G. A. Troup)", "Estonia's Deputy Minister, His Excellency X", or a
        plural one before the list the name ends: "the two Deans, Prof A and Prof B"."""
        own = self._fronted_before(name, name.start)
        start = self._list_start(name)
        if own is not None or start == name.start:
            return own
        shared = self._fronted_before(name, start)
        return shared if shared is not None and any(map(self.words.is_plural_position, shared)) else None

    def _fronted_before(self, name: Span, start: int) -> Span | None:
        """The title set off before token ``start``, where the name (or the list it ends) begins."""
        doc = name.doc
        first = _clause_start(name)
        i = start - 1
        while i > first and (self.words.is_honorific(doc[i]) or self.words.is_member_style(doc[i])
                             or doc[i].text == "." or doc[i].pos_ == "PRON"):
            i -= 1
        if i > first and doc[i].lower_ == "the" and self.words.is_honorific(doc[i + 1]):
            i -= 1  # "The Minister of X, the Honourable Y"
        i = _past_naming_word(doc, i, first)
        if i <= first or doc[i].text not in {",", "("}:
            return None
        end = i
        i -= 1
        depth = 0
        while i >= first:
            token = doc[i]
            depth += (token.text == ")") - (token.text == "(")
            phrase = doc[i + 1 : end]
            opens = token.lower_ in DETERMINERS | {"another", "'s", "’s"} or token.pos_ == "DET" or (
                token.lower_ == "and" and _after_listed_name(token) and len(phrase) > 0
                and all(self.words.is_title_word(t) or t.text == "-" for t in phrase))  # "its president, A, and vice-president, B"
            singular = [t for t in phrase if self.words.is_title_word(t) and not self.words.is_plural_position(t)]
            inner = i > first and (doc[i - 1].lower_ == "of" and not singular
                                   or doc[i - 1].lower_ in _INNER_LINKS)  # "Director of Press to | the Governor"
            if depth == 0 and opens and not inner:
                if _follows_apposition(token) and token.lower_ != "and":  # "A, and vice-president, B" lists
                    return None
                while len(phrase) > 1 and phrase[0].pos_ == "NUM":
                    phrase = phrase[1:]  # "the two Deputy Vice-Chancellors, A and B"
                phrase = _without_presence(phrase)  # "the Directors in attendance, namely A and B"
                return phrase if any(self.words.is_title_word(t) for t in phrase) else None
            closes_parenthesis = token.text == "(" and depth == 0
            listed = token.text == "," and (_lists_fields(doc[i + 1 : end])  # "Minister for A, B and C, Hon. X"
                                            or self._set_off_body(doc[i + 1 : end]))
            if depth == 0 and not closes_parenthesis and not listed and (
                    token.text in _BOUNDARY_PUNCT or token.pos_ in {"VERB", "AUX"}):
                return None
            if person_at(token) is not None:
                return None
            i -= 1
        opening = doc[first : end]  # "Ambassador of India to Germany, Mrs. X chaired ..."
        return opening if self.words.is_title_word(opening[0]) and opening[0].text[:1].isupper() else None

    def _set_off_body(self, words: Span) -> bool:
        """A body set off by commas between a title and the name ("The Permanent Secretary,
        Federal Ministry of Health, Dr. X"; "Commissioner for Health, Lagos State, Prof. Y"):
        capitalized words with an organization's head noun or a tagged body or place, no post."""
        return len(words) > 0 and words[0].text[:1].isupper() and not any(map(self.words.is_title_word, words)) \
            and any(t.lower_ in self.words.lex["org_heads"] | self.words.lex["place_heads"]
                    or t.ent_type_ in {"ORG", "GPE"} for t in words)

    def title_after(self, name: Span) -> Span | None:
        """A title in apposition after the name: "Pan Lizhi, Chief of ...", "X, who is the Dean"."""
        doc = name.doc
        comma = _skip_qualifiers(self._with_post_nominals(name))
        if comma >= name.sent.end or doc[comma].text != ",":
            return None
        start = comma + 1
        if doc[start : start + 2].text.lower() == "who is":
            start += 3 if doc[start + 2].lower_ == "also" else 2
        if start + 1 < name.sent.end and self.words.is_post_nominal(doc[start]) and doc[start + 1].text == ",":
            start += 2  # "Anil Rao, IAS, Managing Director"
        if start < name.sent.end and doc[start].lower_ in {"and", "or", "as", "with", "in", "at", "on", "from"}:
            return None  # "X, in the chair": no title
        start = past_determiners(doc, start, name.sent.end)
        end = start
        while end < name.sent.end:
            token = doc[end]
            if token.text in _BOUNDARY_PUNCT or token.lower_ in {"who", "which", "that", "together"}:
                break
            if token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod" and not self.words.is_title_word(token):
                break
            if person_at(token) is not None:
                return None
            end += 1
        phrase = doc[start:end]
        head = [t for t in phrase[:5] if t.lower_ != "of"]
        if not phrase or not any(self.words.is_title_word(t) for t in head):
            return None
        if _styles_next_name(phrase, end, self.words):
            return None  # "Cr. S T Doyle, Deputy Mayor Cr. K M Henderson": the next name's post
        if _fronts_next_name(doc, end, self.words) and self.title_fronted(name) is not None:
            return None  # "the Deputy Minister, Mrs. X, the Chief Director of the Ministry, Mr. Y": Y's title
        own = next((phrase[:k] for k, t in enumerate(phrase) if t.lower_ == "of"), phrase)  # not "of Governors"
        if any(map(self.words.is_plural_position, own[:5])):
            return None
        return self._with_field(phrase)

    def _with_field(self, post: Span) -> Span:
        """A bare post with the field a comma sets after it ("Director, Operations and Community
        Services", "Manager, Health Equity and Indigenous Reconciliation"): capitalized words up
        to the next comma, semicolon or line end, no body, place or person among them."""
        doc = post.doc
        if not all(self.words.is_title_word(t) for t in post) or post.end >= len(doc) or doc[post.end].text != ",":
            return post
        end = post.end + 1
        while end < len(doc) and doc[end].text not in _BOUNDARY_PUNCT and not doc[end].is_space \
                and "\n" not in doc[end - 1].whitespace_:
            end += 1
        field = doc[post.end + 1 : end]
        abbreviated = end + 1 < len(doc) and doc[end].text == "." and not doc[end + 1].text[:1].isupper()  # "Dept. of"
        return doc[post.start : field.end] if not abbreviated and self._is_field(field) else post

    def _is_field(self, words: Span) -> bool:
        """Capitalized words that name a post's field, not a body ("Director, Harwell Council",
        "Secretary, HMS": the organization), a place, a person or another post."""
        named = [t for t in words if t.lower_ not in {"and", "&"}]
        return 0 < len(named) <= _LONGEST_FIELD and all(t.text[:1].isupper() for t in named) and not any(
            t.lower_ in self.words.lex["org_heads"] or t.ent_type_ in {"GPE", "PERSON"} or person_at(t) is not None
            or is_acronym(t.text) or self.words.is_title_word(t) for t in words)

    def title_in_column(self, name: Span) -> Span | None:
        """A title set beside the name in a list's column: "Joseph Mwakio - Chairman",
        "Keith Armitage (Chair)", "Martin Reeve      Non-Executive Director"."""
        phrase = _stated_post(column_beside(self._with_post_nominals(name)))
        if phrase is None:
            return None
        head = [t for t in phrase[:5] if t.lower_ != "of"]
        return phrase if any(self.words.is_title_word(t) for t in head) else None

    def _with_post_nominals(self, name: Span) -> Span:
        """A name with the letters of honours and offices written after it ("Jean Marsh OBE")."""
        end = name.end
        while end < len(name.doc) and self.words.is_post_nominal(name.doc[end]):
            end += 1
        return name.doc[name.start : end]


def _styles_next_name(phrase: Span, end: int, words: WordClasses) -> bool:
    """Whether a phrase ends in a form of address or a member's style whose stop leads on to a
    person's name: the phrase is that person's post."""
    doc = phrase.doc
    last = phrase[-1]
    if not (words.is_honorific(last) or words.is_member_style(last)):
        return False
    i = end + (end < len(doc) and doc[end].text == ".")
    return i < len(doc) and person_at(doc[i]) is not None


def _fronts_next_name(doc: Doc, end: int, words: WordClasses) -> bool:
    """Whether a comma at ``end`` is followed by a person's name (past honorifics)."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    i = end + 1
    while i < len(doc) and (words.is_honorific(doc[i]) or doc[i].text == "."):
        i += 1
    return i < len(doc) and person_at(doc[i]) is not None


def _closes_bracketed_acronym(token: Token) -> bool:
    """The closing bracket of an acronym set in brackets ("(PM)", "(DCE)")."""
    inside = token.doc[token.i - 1] if token.i > 0 else None
    return token.text == ")" and inside is not None and bracketed_alone(inside) and is_acronym(inside.text)


def _after_listed_name(token: Token) -> bool:
    """Whether a word follows a name, the letters after it and its comma ("Sr A RSJ, | and
    vice-president, Br B"): a list of posts and names, not two posts of one person ("executive
    engineer and convener, X")."""
    doc = token.doc
    last = token.i - 2
    while last > 0 and doc[last].is_upper and person_at(doc[last]) is None and token.i - last <= 3:
        last -= 1  # post-nominal letters: "RSJ", "MBE"
    return last >= 0 and doc[token.i - 1].text == "," and person_at(doc[last]) is not None


def _past_naming_word(doc: Doc, i: int, first: int) -> int:
    """Where a list's lead-in ends past the word that announces the names ("the Directors,
    namely, A and B", "the Directors, namely A and B")."""
    if i - 1 > first and doc[i].text == "," and doc[i - 1].lower_ in _NAMING_WORDS:
        i -= 1
    return i - 1 if i > first and doc[i].lower_ in _NAMING_WORDS else i


_NAMING_WORDS = {"namely"}


def _without_presence(phrase: Span) -> Span:
    """A post without the words that say its holders were there ("Directors | in attendance",
    "Trustees | present")."""
    words = [t.lower_ for t in phrase]
    for tail in _PRESENCE_TAILS:
        if len(words) > len(tail) and tuple(words[-len(tail):]) == tail:
            return phrase[: -len(tail)]
    return phrase


_PRESENCE_TAILS = (("in", "attendance"), ("present",))


def _joins_capitalized(token: Token) -> bool:
    """Whether a word stands between two capitalized words that name no one."""
    doc = token.doc
    if not 0 < token.i < len(doc) - 1:
        return False
    return all(t.text[:1].isupper() and person_at(t) is None for t in (doc[token.i - 1], doc[token.i + 1]))


def _is_title_prefix(token: Token) -> bool:
    """A capitalized word that qualifies a title before it: "Argentine Ambassador",
    "MOST Vice Minister", "United Nations Secretary-General"."""
    return (token.text[:1].isupper() and token.pos_ in {"PROPN", "ADJ"} and person_at(token) is None
            and token.ent_type_ not in {"DATE", "TIME"}
            and (token.i != token.sent.start or token.pos_ == "PROPN" and not token.ent_type_))  # "Finance Director X ..."


def _follows_apposition(opener: Token) -> bool:
    """Whether a phrase opened by a determiner or "'s" comes right after
    "<person>," ("Zhou, HIST's Party Secretary"), and so describes that person."""
    doc, i = opener.doc, opener.i - 1
    if opener.lower_ in {"'s", "’s"}:
        while i > opener.sent.start and doc[i].text[:1].isupper() and person_at(doc[i]) is None:
            i -= 1
    return i > opener.sent.start and doc[i].text == "," and person_at(doc[i - 1]) is not None


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


def _clause_start(name: Span) -> int:
    """Where the clause of a name begins: its sentence's start, or an earlier one on the same
    line where the parser cut the sentence without a closing mark ("Ambassador of India" |
    "to Germany, Mrs. X chaired ...")."""
    doc, start = name.doc, name.sent.start
    while start > 0 and doc[start - 1].text not in {".", "!", "?", ";", ":"} and not doc[start - 1].is_space \
            and "\n" not in doc[start - 1].whitespace_:
        start = doc[start - 1].sent.start
    return start


def column_beside(name: Span) -> Span | None:
    """The words set beside a name in a list's column, a title or a body ("Joseph Mwakio -
    Chairman", "Minh Tran – Shire of Dardale (TELECONFERENCE)"): after a dash, an opening
    bracket or a gap of spaces on the name's line, up to the line's end, a bracket or a comma."""
    doc = name.doc
    start = _past_initials(doc, name.end)
    if start >= len(doc) or not _sets_off_a_column(doc[start]):
        return None
    end = start = start + 1
    while end < len(doc) and doc[end].text not in _COLUMN_END and not doc[end].is_space \
            and person_at(doc[end]) is None:
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    if end < len(doc) and person_at(doc[end]) is not None:
        return None
    if end > start and doc[end - 1].text == "." and (end == len(doc) or doc[end].is_space or "\n" in doc[end - 1].whitespace_):
        end -= 1  # the row's full stop: "Kerry Ashby – LHAFSC Coordinator."
    return doc[start:end] if end > start else None


def _stated_post(phrase: Span | None) -> Span | None:
    """A column's post past its "as" ("(as Treasurer)"); none where a preposition opens a role
    ("(in the Chair)")."""
    if phrase is not None and len(phrase) and phrase[0].lower_ == "as":
        phrase = phrase[1:]
    return phrase if phrase is not None and len(phrase) and phrase[0].pos_ != "ADP" else None


def _past_initials(doc: Doc, i: int) -> int:
    """Past the person's initials in brackets that minutes give after a name for later use
    ("Mary Quinn (MQ) – Chair"), when a column follows them."""
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper \
            and doc[i + 1].is_alpha and len(doc[i + 1]) <= 4 and _sets_off_a_column(doc[i + 3]):
        return i + 3
    return i


def conferred_post(name: Span, words: WordClasses) -> Span | None:
    """The post a verb of choosing (the lexicon ``conferring_verbs``) confers on a name, or one
    a verb of holding a function (``role_verbs``) or of taking up an office names after "as":
    "X was elected Chair of Y", "the members elected X as chairperson", "X has been re-elected
    as Treasurer", "with X presiding as chairman", "X, who serves as Treasurer", "X, who has
    taken up his post as High Commissioner", up to a comma."""
    root = name.root
    relative = next((c for c in root.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in {"who", "that"} for s in c.children)), None)  # "X, who serves as Y,"
    verb = relative if relative is not None else _governing_verb(root)
    lemma = verb.lemma_.lower()
    conferred = relative is None and lemma in words.lex["conferring_verbs"] and (
        root.dep_ in {"nsubjpass", "dobj"} or (root.dep_ == "nsubj" and root.head.dep_ == "auxpass"))
    offices = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _OFFICES]  # "took up his post as"
    held = (verb_in(verb, words.lex["role_verbs"]) or bool(offices)) and (
        relative is not None or root.dep_ in {"nsubj", "compound"}) \
        and not _titled_before(name, words)  # "with X presiding as chairman", parsed as a compound too
    if not (conferred or held):
        return None
    post = next((c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.i > name.end
                 and words.is_title_word(c)), None)
    if post is None:  # "elected X as chairperson", "returned unopposed as Treasurer"
        heads = [verb, *offices, *(c for c in verb.children if c.dep_ in {"oprd", "acomp", "advmod"})]
        post = next((o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                     and c.i >= name.end for o in c.children if o.dep_ == "pobj"), None)
    if post is None or not words.is_title_word(post) or held and post.head.lower_ != "as":
        return None
    doc = name.doc
    start = past_determiners(doc, post.left_edge.i, post.i)
    end = next((t.i for t in doc[post.i : post.right_edge.i + 1] if t.text in _BOUNDARY_PUNCT), post.right_edge.i + 1)
    return doc[start:end]


def subject_post(name: Span, words: WordClasses) -> Span | None:
    """A plural post that is the subject of a list of names after "be": "The Trustees in
    attendance were A, B and C", "The directors present were A and B"; read in the singular.
    Not a kind of people an event has ("the speakers were", "the members present were")."""
    first = name.root
    while first.dep_ == "conj":
        first = first.head
    verb = first.head
    if first.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subjects = [c for v in (verb, verb.head) for c in v.children if c.dep_ == "nsubj"]
    post = next((s for s in subjects if s.i < name.start and words.is_plural_position(s)
                 and s.lemma_.lower() not in words.lex["people_nouns"]), None)
    if post is None:
        return None
    start = min([post.i, *(c.i for c in post.lefts if c.dep_ in {"compound", "amod"} and c.text[:1].isupper())])
    return name.doc[start : post.i + 1]


def labelled_post(name: Span, words: WordClasses) -> Span | None:
    """The post that labels a line of minutes or of a list of officers before the name:
    "Treasurer: Erlinda Bautista", "CHAIRMAN: Dr Kim Dong-soo", "Hon. Secretary: X"; only
    forms of address between the colon and the name, only a post's words before the colon."""
    doc = name.doc
    line = line_of(name[0])
    colon = next((t.i for t in line if t.text == ":"), None)
    if colon is None or not line.start < colon < name.start:
        return None
    if not all(words.is_honorific(t) or t.text == "." for t in doc[colon + 1 : name.start]):
        return None
    label = doc[past_determiners(doc, line.start, colon) : colon]
    posted = all(words.is_title_word(t) or words.is_honorific(t) or t.lower_ in _LABEL_LINKS for t in label)
    return label if 0 < len(label) <= _LONGEST_LABEL and posted and words.is_position_word(label[-1]) else None


_LABEL_LINKS = {"of", "the", "and", "&", "-", "."}
_LONGEST_LABEL = 6  # words of a post before a colon ("Deputy Secretary of the Board")
_OFFICES = {"post", "office", "position", "role", "seat", "duty", "function"}  # a post taken up "as" a title


def _titled_before(name: Span, words: WordClasses) -> bool:
    """Whether a post stands right before a name ("Assistant Secretary X acting as deputy
    chair"): the post is the title, the function the person held then is not."""
    return name.start > 0 and words.is_title_word(name.doc[name.start - 1])


def _governing_verb(root: Token) -> Token:
    """The verb a name's root depends on, where the model hung it on a passive's auxiliary and
    split the verb at a hyphenated prefix ("X has been | re | - | elected as Treasurer")."""
    verb = root.head.head if root.head.dep_ == "auxpass" else root.head
    doc = verb.doc
    if verb.lower_ in {"re", "co"} and verb.i + 2 < len(doc) and doc[verb.i + 1].text == "-":
        return doc[verb.i + 2]
    return verb
