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

    def matches(self, tokens: tuple[str, ...]) -> bool:
        """Whether a mention's lower-cased tokens refer to this person."""
        mine = self.name_tokens
        if tokens == mine:
            return True
        if len(tokens) == 1:
            return tokens[0] in (mine[0], mine[-1])
        if len(mine) == 1:
            return mine[0] in (tokens[0], tokens[-1])
        return False


Doc.set_extension("mp_people", default=None, force=True)
Token.set_extension("mp_person", default=None, force=True)


def is_headline(sentence: Span) -> bool:
    """A title-case line with no closing punctuation: a headline, where the model's tags are unreliable."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    if sentence.text.rstrip().endswith((".", '"', "”", ":")) or not words:
        return False
    return sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


def name_key(span: Span) -> tuple[str, ...]:
    """A mention's comparable form: lower-cased tokens without periods."""
    return tuple(t.lower_.replace(".", "") for t in span if t.lower_ not in {".", "-"})


class PeopleFinder(RuleComponent):
    """Find person mentions, titles and clusters; set ``doc._.mp_people``."""

    lexicons = ("titles", "title_modifiers", "honorifics", "org_heads", "relay_cues",
                "hold_verbs", "host_references", "venue_words")

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
        while start < end and not self._is_name_token(doc[start]):
            start += 1
        while end > start and not self._is_name_token(doc[end - 1]):
            end -= 1
        if start == end or end - start > 4:
            return None
        if any(not self._is_name_token(t) for t in doc[start:end]):
            return None
        return doc[start:end]

    def _after_title(self, doc: Doc) -> list[Span]:
        """Capitalized words right after a title or honorific, as name mentions."""
        found = []
        for token in doc:
            if not (self.is_title_word(token) or self.is_honorific(token)) or not token.text[:1].isupper():
                continue
            start = token.i + 1
            if start < len(doc) and doc[start].text == ".":
                start += 1
            end = start
            while end < len(doc) and end - start < 3 and self._is_name_token(doc[end]):
                end += 1
            enough = end - start >= (1 if self.is_honorific(token) else 2)
            if enough and (end == len(doc) or doc[end].text != "of"):
                found.append(doc[start:end])
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
        candidates.sort(key=lambda s: (s.start, -len(s)))
        mentions: list[Span] = []
        for span in candidates:
            if mentions and span.start < mentions[-1].end:
                continue
            mentions.append(span)
        return mentions

    # -- titles ---------------------------------------------------------------------------
    def _title_before(self, name: Span) -> Span | None:
        doc = name.doc
        first = None
        i = name.start - 1
        while i >= name.sent.start:
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
        end = name.start
        while end > first and (self.is_honorific(doc[end - 1]) or doc[end - 1].text == "."):
            end -= 1
        while first < end and (self.is_honorific(doc[first]) or doc[first].text == "."):
            first += 1
        return doc[first:end] if end > first else None

    def _title_after(self, name: Span) -> Span | None:
        doc = name.doc
        comma = name.end
        if comma >= name.sent.end or doc[comma].text != ",":
            return None
        start = comma + 1
        while start < name.sent.end and doc[start].lower_ in _DETERMINERS:
            start += 1
        end = start
        while end < name.sent.end:
            token = doc[end]
            if token.text in _BOUNDARY_PUNCT or token.lower_ in {"who", "which", "that", "together"}:
                break
            if token.pos_ in {"VERB", "AUX"} and not self.is_title_word(token):
                break
            if token._.mp_person is not None:
                return None
            end += 1
        phrase = doc[start:end]
        head = [t for t in phrase[:5] if t.lower_ != "of"]
        if not phrase or not any(self.is_title_word(t) for t in head):
            return None
        return phrase

    def split_title(self, phrase: Span) -> tuple[Span, Span | None, bool]:
        """Split "Title of Body" into (title, body or None, body is the host)."""
        doc = phrase.doc
        ofs = [t.i for t in phrase if t.lower_ == "of" and t.i > phrase.start]
        for i in reversed(ofs):
            rest = doc[i + 1 : phrase.end].text.lower()
            if rest in self.lex["host_references"]:
                return doc[phrase.start : i], None, True
        if ofs:
            body_start = ofs[0] + 1
            while body_start < phrase.end and doc[body_start].lower_ in _DETERMINERS:
                body_start += 1
            if body_start < phrase.end and doc[body_start].text[:1].isupper():
                body = cut_before_title(doc[body_start : phrase.end], self.title_words | self.lex["title_modifiers"])
                return doc[phrase.start : ofs[0]], body, False
        return phrase, None, False

    # -- participation ---------------------------------------------------------------------
    def _only_mentioned(self, mention: Span) -> bool:
        doc = mention.doc
        after = doc[mention.end : min(mention.end + 4, mention.sent.end)]
        if len(after) >= 2 and after[0].lower_ in {"'s", "’s"}:
            if any(t.lower_ in self.lex["relay_cues"] for t in after[1:]):
                return True
        before = doc[max(mention.sent.start, mention.start - 6) : mention.start]
        words = [t.lower_ for t in before]
        return "of" in words and any(w in self.lex["relay_cues"] for w in words[: words.index("of")])

    # -- the component ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        mentions = self._mentions(doc)
        clusters: list[PersonCluster] = []
        for mention in mentions:
            key = name_key(mention)
            cluster = next((c for c in clusters if c.matches(key)), None)
            if cluster is None:
                cluster = PersonCluster(name=mention, mentions=[], name_tokens=key)
                clusters.append(cluster)
            elif len(key) > len(cluster.name_tokens):
                cluster.name, cluster.name_tokens = mention, key
            cluster.mentions.append(mention)
            for token in mention:
                token._.mp_person = clusters.index(cluster)
        for cluster in clusters:
            for mention in cluster.mentions:
                if not self._only_mentioned(mention) and not is_headline(mention.sent):
                    cluster.only_mentioned = False
                if cluster.title is None:
                    phrase = self._title_after(mention) or self._title_before(mention)
                    if phrase is not None:
                        cluster.title, cluster.organization, cluster.represents_host = self.split_title(phrase)
        doc.spans[PERSON_KEY] = mentions
        doc._.mp_people = clusters
        return doc


@Language.factory("meetingparse_people", default_config={"assets": None})
def make_people(nlp: Language, name: str, assets: str | None) -> PeopleFinder:
    """Factory of the people finder."""
    return PeopleFinder(name, assets=assets)
