"""Find organization mentions, repaired across the model's splits, and the host's names.

The small English model often cuts a long name at "and" or "of"
("Human Resources and" | "Social Security Bureau of" | "Yuhuan City"); pieces
that touch are joined again. Each org head noun ("university", "college")
is mapped to the most complete named organization with that head anywhere on
the page, headers and footers included, so that "our university" can be
resolved to it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .base import RuleComponent
from .lexical import cut_before_title

ORG_KEY = "mp_org"
_JOINERS = {"and", "of", "&"}
_EDGE_WORDS = {"the", "and", "of", "'s", "’s", "&", ",", "-", "its", "our"}

Doc.set_extension("mp_named_hosts", default=None, force=True)


class OrganizationFinder(RuleComponent):
    """Repair ORG entities into ``doc.spans["mp_org"]``; map head nouns to names."""

    lexicons = ("org_heads", "titles", "title_modifiers", "hold_verbs", "generic_orgs", "meeting_kinds")

    def _is_name(self, span: Span) -> bool:
        """A real name: not a lone head noun ("the College"), not generic, capitalized."""
        words = [t.lower_ for t in span]
        if len(words) == 1 and (words[0] in self.lex["org_heads"] or not span[0].text[:1].isupper()):
            return False
        if words[-1] in self.lex["titles"] or words[-1] in self.lex["meeting_kinds"] - {"forum", "assembly"}:
            return False  # "Committee Chair", "Academic Work Conference": a title or a meeting
        return span.text.lower() not in self.lex["generic_orgs"] and any(t.text[:1].isupper() for t in span)

    def _cut(self, span: Span) -> Span:
        """The name before a verb or a title the model ran on into ("X Holds ...", "X and Vice President")."""
        doc = span.doc
        span = cut_before_title(span, self.lex["titles"] | self.lex["title_modifiers"])
        for token in span[1:]:
            if token.lower_ in self.lex["hold_verbs"] or token.pos_ == "VERB" or token.is_space:
                return doc[span.start : token.i]
        return span

    def _trim(self, span: Span) -> Span | None:
        doc = span.doc
        start, end = span.start, span.end
        # "Dean of School of X" is a title folded into an ORG: keep what follows "of".
        words = [t.lower_ for t in span]
        if words and words[0] in self.lex["titles"] | self.lex["title_modifiers"] and "of" in words:
            start += words.index("of") + 1
        while start < end and doc[start].lower_ in _EDGE_WORDS:
            start += 1
        while end > start and doc[end - 1].lower_ in _EDGE_WORDS:
            end -= 1
        if start == end or not doc[start].text[:1].isupper():
            return None
        span = self._cut(doc[start:end])
        while len(span) > 1 and span[-1].lower_ in _EDGE_WORDS:
            span = span[:-1]
        return span if self._is_name(span) else None

    def _joined(self, doc: Doc) -> list[Span]:
        """ORG entities, each joined with the ORG/GPE piece it was cut from."""
        pieces = [e for e in doc.ents if e.label_ in {"ORG", "GPE", "FAC"} and not e[0]._.mp_debris]
        joined: list[Span] = []
        for piece in pieces:
            if joined:
                last = joined[-1]
                gap = doc[last.end : piece.start]
                cut_after_joiner = last.end == piece.start and last[-1].lower_ in _JOINERS
                cut_at_of = len(gap) == 1 and gap[0].lower_ == "of"
                if (cut_after_joiner or cut_at_of) and last.label_ == "ORG":
                    joined[-1] = Span(doc, last.start, piece.end, label="ORG")
                    continue
            joined.append(piece)
        return [s for s in joined if s.label_ == "ORG"]

    def __call__(self, doc: Doc) -> Doc:
        orgs: list[Span] = []
        for span in self._joined(doc):
            trimmed = self._trim(span)
            if trimmed is not None and all(t._.mp_person is None for t in trimmed):
                orgs.append(trimmed)
        doc.spans[ORG_KEY] = orgs
        doc._.mp_named_hosts = self._named_hosts(doc)
        return doc

    def _named_hosts(self, doc: Doc) -> dict[str, Span]:
        """For each org head noun, the longest named organization with it, page-wide."""
        named: dict[str, Span] = {}
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            span = self._trim(ent)
            if span is None:
                continue
            for token in span:
                head = token.lower_
                if head in self.lex["org_heads"] and token.text[:1].isupper():
                    if head not in named or len(span.text) > len(named[head].text):
                        named[head] = span
        return named


@Language.factory("meetingparse_organizations", default_config={"assets": None})
def make_organizations(nlp: Language, name: str, assets: str | None) -> OrganizationFinder:
    """Factory of the organization finder."""
    return OrganizationFinder(name, assets=assets)
