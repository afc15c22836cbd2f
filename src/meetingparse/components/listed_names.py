"""Names in lists the model did not tag: the ones between two names it found ("Sun Lei, He
Jiayi and Qiao Feng"), the first of a labelled list ("MEMBERS PRESENT: Keith Armitage
(Chair), ..."), and the first column of a table row whose next column gives a title
("Dr Farida Chaudhry       Non-Executive Director") or that a dash sets off ("Minh Tran – Shire
of Dardale"), and the other lines of a labelled block of one name a line.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from .blocks import block_start, under_label
from .lexical import is_initial, is_spaced_dash, line_of, pieces_between
from .marks import text_of
from .wordclass import WordClasses


class ListedNames:
    """Name mentions read from the layout of lists and tables."""

    def __init__(self, words: WordClasses, heads: frozenset[str]) -> None:
        self.words = words
        self.heads = heads  # organization and place heads, which no listed name contains

    def list_members(self, mentions: list[Span]) -> list[Span]:
        """Names listed between two mentions that the model missed: "Sun Lei, He Jiayi and Qiao Feng"
        (each two or three capitalized words, no title, body or place word among them, set off
        by commas, the last by a comma or "and")."""
        found = [first for m in mentions if (first := self._first_listed(m, mentions)) is not None]
        for before, after in itertools.pairwise(mentions):
            gap = before.doc[before.end : after.start]
            if len(gap) < 4 or gap[0].text != "," or gap[-1].lower_ not in {",", "and"}:
                continue
            names = pieces_between(gap[1:-1], ",")
            if all(self._listed_name(words) for words in names):  # "C Dunne, M Fennelly, S Delaney, B Hyland"
                found.extend(names)
        closing = [name for previous, mention, following in zip([None, *mentions], mentions, [*mentions[1:], None])
                   for name in self._listed_after(mention, previous, following)]
        return found + closing

    def _listed_after(self, mention: Span, before: Span | None, following: Span | None) -> list[Span]:
        """The names that close a list line after the last mention the model found on it
        ("Present: A. Bell (Chair), C. Dunne, D. Whitworth"): each item past its forms of
        address, all of them reading as names, the line a list of three items or more. Only
        the words up to the line's end or the next mention are read, so a long line is read
        once over all its mentions."""
        doc = mention.doc
        if mention.end >= len(doc) or doc[mention.end].text != ",":
            return []
        end = mention.end
        while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
            if following is not None and end >= following.start:
                return []  # not the line's last mention
            end += 1
        rest = doc[mention.end : end]
        commas = sum(t.text == "," for t in rest)
        same_line = before is not None and "\n" not in doc[before.end : mention.start].text_with_ws
        if len(rest) < 3 or commas + same_line < 2:
            return []
        items = pieces_between(doc[rest.start + 1 : rest.end - (rest[-1].text in {".", ";"})], ",")
        names = [self._past_styles(item[1:] if len(item) and item[0].lower_ == "and" else item) for item in items]
        return names if all(self._listed_name(name) for name in names) else []

    def _past_styles(self, words: Span) -> Span:
        """Words past the forms of address and member styles that open them ("Sis. Efua Asante",
        "Cllr Karen Holt")."""
        doc, start = words.doc, words.start
        while start < words.end and (self.words.is_honorific(doc[start]) or self.words.is_member_style(doc[start])
                                     or doc[start].text == "."):
            start += 1
        return doc[start : words.end]

    def on_listed_lines(self, mentions: list[Span]) -> list[Span]:
        """The names that fill the other lines of a labelled block of one name a line, where the
        model found one such line's name ("Present:" / "Karen Holt (Chair)" / "David Moss" /
        "Priya Nair"): each line's words past its forms of address and before a bracket or a
        comma, when they read as a name."""
        if not mentions:
            return []
        doc = mentions[0].doc
        text = text_of(doc)
        rows = [line_of(m[0]) for m in mentions if self._row_name(line_of(m[0])) == m]
        blocks = {block_start(text, row.start_char) for row in rows if under_label(text, row.start_char)}
        if not blocks:
            return []
        taken = {(m.start, m.end) for m in mentions}
        found = []
        firsts = [t for t in doc if not t.is_space and (t.i == 0 or doc[t.i - 1].is_space or "\n" in doc[t.i - 1].whitespace_)
                  and block_start(text, t.idx) in blocks]  # each line once: a long line is walked only once
        for line in map(line_of, firsts):
            name = self._row_name(line)
            if name is not None and (name.start, name.end) not in taken and under_label(text, line.start_char):
                found.append(name)
        return sorted(found, key=lambda s: s.start)

    def _row_name(self, line: Span) -> Span | None:
        """The name a list's line holds alone, past forms of address and member styles and
        before a bracket or a comma ("Cllr Karen Holt (Chair)" -> "Karen Holt")."""
        doc, start = line.doc, self._past_styles(line).start
        end = next((t.i for t in doc[start : line.end] if t.text in {"(", ",", "–", "-"}), line.end)
        words = doc[start:end]
        placed = any(t.ent_type_ in {"GPE", "LOC", "DATE", "ORG"} for t in words)
        return words if self._listed_name(words) and not placed else None

    def before_column_title(self, gaps: list[Token]) -> list[Span]:
        """A name in a table row's first column when the next column opens with a title
        ("Dr Farida Chaudhry       Non-Executive Director"), past its forms of address."""
        found = []
        for gap in gaps:
            doc = gap.doc
            if gap.i + 1 >= len(doc) or not self.words.is_title_word(doc[gap.i + 1]):
                continue
            start = line_of(gap).start
            while start < gap.i and (self.words.is_honorific(doc[start]) or doc[start].text == "."):
                start += 1
            if self._listed_name(doc[start : gap.i]):
                found.append(doc[start : gap.i])
        return found

    def before_row_dash(self, dashes: list[Token]) -> list[Span]:
        """The name that opens each row of a list whose rows set it off with a dash ("Minh Tran
        – Shire of Dardale (TELECONFERENCE)", "Alan Price - Chair", in capitals before a post:
        "1. RAKESH MALHOTRA - CHAIRMAN"), past a bullet or a form of address; only where two
        rows or more do so."""
        found = []
        for dash in dashes:
            doc = dash.doc
            if not is_spaced_dash(dash):
                continue  # " – " sets off a column, "Sanwo-Olu" joins a name
            start = line_of(dash).start
            while start < dash.i and (self.words.is_honorific(doc[start]) or doc[start].text in {".", "•", "-", "*"}
                                      or doc[start].like_num):
                start += 1
            words = doc[start : dash.i]
            post_after = dash.i + 1 < len(doc) and self.words.is_title_word(doc[dash.i + 1])  # "X - CHAIRMAN"
            if self._listed_name(words, capitals=post_after) and not any(t.ent_type_ in {"GPE", "LOC", "DATE"} for t in words):
                found.append(words)
        return found if len(found) >= 2 else []

    def _first_listed(self, mention: Span, mentions: list[Span]) -> Span | None:
        """The name that opens a labelled list before a mention the model found:
        "Members present: Keith Armitage (Chair), Margaret Dobson, ..."."""
        doc = mention.doc
        line_start = next((t.i + 1 for t in reversed(doc[: mention.start]) if "\n" in t.text_with_ws), 0)
        colon = next((t.i for t in reversed(doc[line_start : mention.start]) if t.text == ":"), None)
        if colon is None or any(colon < m.start < mention.start for m in mentions):
            return None
        end = mention.start
        if end - 1 > colon and doc[end - 1].text == ",":
            end -= 1
        if end - 1 > colon and doc[end - 1].text == ")":
            end = next((t.i for t in reversed(doc[colon + 1 : end]) if t.text == "("), end)
        words = doc[colon + 1 : end]
        return words if end < mention.start and self._listed_name(words) else None

    def _listed_name(self, words: Span, capitals: bool = False) -> bool:
        """Two or three capitalized words (or, where ``capitals``, words in capitals: "RAKESH
        MALHOTRA"), none a title, body or place word or the letters of an honour; the ones
        before the last may be initials ("K. Marsh", "C Dunne")."""
        heads = self.heads
        return 2 <= len(words) <= 3 and all(
            ((t.is_title or capitals and t.is_upper and len(t) > 1) and t.is_alpha and t.lower_ not in heads
             and not self.words.is_title_word(t) and not self.words.is_post_nominal(t))
            or (t.i < words.end - 1 and is_initial(t)) for t in words)
