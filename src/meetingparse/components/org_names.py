"""Repair the organization names the small English model cuts: pieces that touch at "and",
"of" or "'s" are joined again ("Human Resources and" | "Social Security Bureau of" | "Yuhuan
City"), a body the model took for a person because it bears one's name becomes an
organization ("Chaudhary Devi Lal University"), and the lower-case or listed words written
around a name join it ("Southern Downs council", "Drama, Film and Television Literature
Institute", "the New Zealand branch of the X").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from .lexical import bracketed_alone, is_acronym
from .marks import is_debris, person_at

_JOINERS = {"and", "of", "&", "'s", "’s"}
_LONGEST_ACRONYM = 10  # words an acronym in brackets may spell out before it


class OrganizationJoiner:
    """Join the model's organization pieces, over the lexicons ``org_heads``,
    ``venue_words`` and ``org_prefixes``."""

    def __init__(self, lex: Mapping[str, frozenset[str]]) -> None:
        self.lex = lex

    def joined(self, doc: Doc, entities: Sequence[Span]) -> list[Span]:
        """ORG entities, each joined with the ORG/GPE piece it was cut from."""
        pieces = [self._named_for_person(e) if e.label_ == "PERSON" else e for e in entities
                  if (e.label_ in {"ORG", "GPE", "FAC"} or self._is_named_for_person(e)) and not is_debris(e[0])]
        joined: list[Span] = []
        for piece in pieces:
            if joined:
                last = joined[-1]
                gap = doc[last.end : piece.start]
                cut_after_joiner = last.end == piece.start and (last[-1].lower_ in _JOINERS or piece.label_ == "ORG")
                cut_at_of = len(gap) == 1 and (gap[0].lower_ in {"of", "'s", "’s"} or (  # "Bishop" 's "Council"
                    gap[0].lower_ in _REMIT_LINKS and last[-1].lower_ in self.lex["org_heads"]))  # "Commission" on "the Status of Women"
                located = len(gap) == 1 and gap[0].lower_ == "in" and piece.label_ == "GPE" and "of" in {
                    t.lower_ for t in last}  # "Consulate General of X in Chicago"
                cut_at_of |= located
                if (cut_after_joiner or cut_at_of) and last.label_ == "ORG":
                    joined[-1] = Span(doc, last.start, piece.end, label="ORG")
                    continue
            joined.append(piece)
        return [s for s in map(self._with_common_words, joined) if s.label_ == "ORG"]

    def _is_named_for_person(self, entity: Span) -> bool:
        """A body the model took for a person because it bears one's name ("Devi Lal University")."""
        return entity.label_ == "PERSON" and len(entity) > 1 and entity[-1].lower_ in self.lex["org_heads"]

    @staticmethod
    def _named_for_person(entity: Span) -> Span:
        """Such a body as an ORG, with the untagged name words before it ("Chaudhary")."""
        return Span(entity.doc, _untagged_name_words_before(entity.doc, entity.start), entity.end, label="ORG")

    def _with_common_words(self, span: Span) -> Span:
        """A name with the lower-case words written around it: "Southern Downs council",
        "Shaanxi Provincial government", "provincial Sports Bureau"."""
        doc = span.doc
        start, end, label = span.start, span.end, span.label_
        if end < len(doc) and doc[end].is_lower and doc[end].lower_ in self.lex["org_heads"]:
            end, label = end + 1, "ORG"
        head = doc[end - 1].lower_
        if label == "FAC" and head in self.lex["org_heads"] and head not in self.lex["venue_words"]:
            label = "ORG"  # "the Port Halvern City Council" tagged as a facility
        heads = self.lex["org_heads"]
        if label == "ORG" and doc[end - 1].lower_ in heads:
            start = _untagged_name_words_before(doc, start)  # "Premier" + "Flour Mills Plc"
        if start > 0 and doc[start - 1].lower_ in self.lex["org_prefixes"]:
            start -= 1
        if not any(t.lower_ in heads for t in doc[start:end]):  # "X and Education" + "4th Touring Advisory Group"
            tail = end
            while tail < min(end + 5, len(doc)) and (doc[tail].text[:1].isupper() or doc[tail].ent_type_ == "ORDINAL"):
                tail += 1
            if tail > end and doc[tail - 1].lower_ in heads:
                end, label = tail, "ORG"  # "Harmattan" (GPE) + "Flour Mills Plc"
        first = start + 1 if doc[start].lower_ == "the" else start
        if any(t.lower_ in heads for t in doc[first:end]):
            first = self._listed_words_before(doc, first)
        if first >= 3 and doc[first - 1].lower_ == "the" and doc[first - 2].lower_ == "of" and (
                doc[first - 3].is_lower and doc[first - 3].lower_ in heads):  # "the New Zealand branch of the X"
            placed = first - 3
            while placed > 0 and doc[placed - 1].ent_type_ in {"GPE", "NORP"}:
                placed -= 1
            first = placed if placed < first - 3 else first  # not "the executive council of the X": no place names it
        start = min(start, first)
        end = self._past_cut_at_and(doc, start, end)
        if doc[end - 1].lower_ in _REMIT_LINKS and end - 2 >= start and doc[end - 2].lower_ in heads:
            end -= 1  # the model stopped after the link: "the National Agency for" | "the Prohibition of ..."
        if doc[end - 1].lower_ in heads:
            end = _past_remit(doc, end, _REMIT_LINKS)
        elif doc[end - 1].lower_ in self.lex["bodies_before_of"]:
            end = _past_remit(doc, end, {"of"})  # "House" | "of Delegates", the model tagging the first word
        return Span(doc, start, end, label=label)

    def _past_cut_at_and(self, doc: Doc, start: int, end: int) -> int:
        """Where a name the model cut at "and" ends: "Kenya Union of Clinical" + "and Allied
        Health Workers", "Regional Office for South" + "and South-East Asia"."""
        words = doc[start:end]
        running = any(t.lower_ in {"of", "for"} for t in words) and words[-1].lower_ not in self.lex["org_heads"]
        if not running or end + 1 >= len(doc) or doc[end].lower_ != "and" or not doc[end + 1].text[:1].isupper():
            return end
        tail = end + 1
        while tail < len(doc) and tail - end <= 5 and (doc[tail].text[:1].isupper() or (
                doc[tail].text == "-" and not doc[tail].whitespace_)):
            tail += 1
        return tail

    @staticmethod
    def _listed_words_before(doc: Doc, start: int) -> int:
        """Where a name begins that lists capitalized words before its last one
        ("Drama, Film and" + "Television Literature Institute")."""
        if start < 2 or doc[start - 1].lower_ != "and" or not _plain_capitalized(doc[start - 2]):
            return start
        first = start - 2
        while first >= 2 and doc[first - 1].text == "," and _plain_capitalized(doc[first - 2]):
            first -= 2
        return first


def _untagged_name_words_before(doc: Doc, start: int) -> int:
    """Where a name begins that has proper nouns the model left untagged before the part it
    tagged ("Chaudhary" + "Devi Lal University", "Premier" + "Flour Mills Plc")."""
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ and (
            person_at(doc[start - 1]) is None and not _line_ends_after(doc[start - 1])):
        start -= 1
    return start


_REMIT_LINKS = {"on", "for"}  # a body's remit after its head: "Committee on X", "Centre for Y"


def _past_remit(doc: Doc, end: int, links: set[str]) -> int:
    """Where a body's name ends that runs on past its head, after one of ``links``, into
    capitals the model left untagged ("... Ad Hoc Committee" on "the Assessment and Status of
    All Recovered Assets", "Council for Scientific Research", "House" of "Delegates"); ``end``
    where no such words follow."""
    if end + 1 >= len(doc) or doc[end].lower_ not in links:
        return end
    tail = end + 1
    last_word = None
    while tail < len(doc) and not _line_ends_after(doc[tail - 1]) and (
            _run_word(doc[tail]) or doc[tail].lower_ in _RUN_LINKS - _REMIT_LINKS):
        if _run_word(doc[tail]):
            last_word = tail
        tail += 1
    return last_word + 1 if last_word is not None else end


def headed_runs(doc: Doc, heads: frozenset[str], bodies_before_of: frozenset[str]) -> Iterator[Span]:
    """Runs of capitalized words the model left untagged that hold an organization's head noun
    ("Department of Agriculture and Rural Development", "Pacific Islands Forum") or a body's
    noun before "of" ("City of Canning"), joined over
    "of", "and", "for", "&", "'s" and "the" where a capitalized word follows; a run stops at a
    person, a body the model tagged, a line's end and any other word."""
    start = None
    for token in doc:
        word = _run_word(token)
        inner = start is not None and token.lower_ in _RUN_LINKS and _links_to_word(token) \
            and not _line_ends_after(doc[token.i - 1])
        if word and start is not None and _line_ends_after(doc[token.i - 1]):
            yield from _headed(doc[start : token.i], heads, bodies_before_of)
            start = token.i
        elif word or inner:
            start = token.i if start is None else start
        elif start is not None:
            yield from _headed(doc[start : token.i], heads, bodies_before_of)
            start = None
    if start is not None:
        yield from _headed(doc[start:], heads, bodies_before_of)


_RUN_LINKS = {"of", "and", "for", "&", "'s", "’s", "the", "on"}


def _links_to_word(token: Token) -> bool:
    """Whether a link word is followed by a capitalized word, directly or, after a preposition,
    past "the" ("on the Rights of Older Persons"; not "China and the Russian Federation")."""
    doc, after = token.doc, token.i + 1
    if after < len(doc) and doc[after].lower_ == "the" and token.lower_ in {"of", "on", "for"}:
        after += 1
    return after < len(doc) and _run_word(doc[after])


def _run_word(token: Token) -> bool:
    """A capitalized word that may stand in an untagged organization's name; a sentence's first
    word only if it is a proper noun (not "Dancers" in "Dancers of the X Troupe")."""
    return (token.text[:1].isupper() and not token.is_space and person_at(token) is None
            and token.ent_type_ not in {"ORG", "PERSON", "DATE", "TIME"} and not is_debris(token)
            and (token.pos_ == "PROPN" or not token.is_sent_start))


def _line_ends_after(token: Token) -> bool:
    """Whether a line or a column ends after a token: a name's run does not cross either."""
    return "\n" in token.whitespace_ or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_space)


def _headed(run: Span, heads: frozenset[str], bodies_before_of: frozenset[str]) -> Iterator[Span]:
    """The run, if it holds an organization's head and another capitalized word, and is not a
    place the model tagged ("Russian Federation"), or if it names a body before "of" ("the
    City of Tampere", tagged a place)."""
    while len(run) and run[-1].lower_ in _RUN_LINKS:
        run = run[:-1]
    body = any(t.lower_ in bodies_before_of and t.nbor().lower_ == "of" for t in run[:-1])
    if len(run) > 1 and (body or any(t.lower_ in heads for t in run) and not all(t.ent_type_ == "GPE" for t in run)):
        yield Span(run.doc, run.start, run.end, label="ORG")


def _plain_capitalized(token: Token) -> bool:
    """A capitalized word that names no person, place or body of its own (not "UIIN")."""
    return (token.text[:1].isupper() and token.is_alpha and not is_acronym(token.text)
            and token.ent_type_ not in {"PERSON", "GPE", "DATE"} and person_at(token) is None)


def spelled_out_names(doc: Doc) -> Iterator[Span]:
    """Names spelled out before their acronym in brackets: "West Nile Citizens Forum for
    Development (WECFOD)"."""
    for token in doc[1:-1]:
        if not (is_acronym(token.text) and bracketed_alone(token)):
            continue
        end = token.i - 1
        for start in range(end - 1, max(-1, end - 1 - _LONGEST_ACRONYM), -1):
            if doc[start].is_punct or doc[start].is_space:
                break
            if doc[start].text[:1].isupper() and spells(token.text, [t.text for t in doc[start:end]]):
                yield doc[start : token.i + 2]
                break


def spells(acronym: str, words: list[str]) -> bool:
    """Whether an acronym may stand for words: it starts with the first word's initial, holds
    the last word's, and its letters come in the words' order ("WECFOD" of "West Nile Citizens
    Forum for Development", "KCFD" of "Kaweri Citizens Forum for Development")."""
    if not words or acronym[0] != words[0][:1].upper() or words[-1][:1].upper() not in acronym:
        return False
    letters = iter("".join(words).upper())
    return all(letter in letters for letter in acronym.upper() if letter.isalpha())
