"""The organizations taking part: every organization the page names, its mentions grouped
into one item per organization (named by its fullest mention), each judged on its own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span

from ..components.event import EventFacts
from ..components.organizations import INVOLVED_KEY, ORG_KEY, same_organization
from ..evaluate import ORGANIZATION_MIN_F1, items, plain, token_f1
from .decision import Candidate, listed_in_gold
from .features import Context, across

_MOST_NAMES = 150  # distinct names grouped; a page naming more is a list, not a meeting's bodies

Doc.set_extension("mp_organization_confidence", default=None, force=True)  # fullest name -> confidence


class OrganizationsDecision:
    """Which named organizations took part in the meeting."""

    name = "organizations"
    chooses_members = True
    drops_ruled = True

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        doc = ctx.doc
        ruled = list(doc.spans.get(INVOLVED_KEY, []))
        involved = {(s.start, s.end) for s in ruled}
        mentions = sorted([*doc.spans.get(ORG_KEY, []), *ruled], key=lambda s: s.start)
        host = event.organizer
        people = [p for p in doc._.mp_people or [] if p.organization is not None]
        affiliations = [p.organization.text for p in people]
        represented = [p.organization.text for p in people if not (p.only_mentioned or p.absent or p.relayed)]
        candidates = []
        for group in grouped_by_organization(([host] if host is not None else []) + mentions):
            fullest = max(group, key=lambda s: len(s.text))
            features = across(group, ctx)
            features.update({
                "rule_involved": float(any((s.start, s.end) in involved for s in group)),
                "rule_host": float(host is not None and any(s.start == host.start and s.end == host.end for s in group)),
                "affiliation": float(any(same_organization(a, fullest.text) for a in affiliations)),
                "represented_at_meeting": float(any(same_organization(a, fullest.text) for a in represented)),
                "fullest_length_log": features.get("any_length_log", 0.0),
                "names_the_meeting_kind": float(event.kind is not None and fullest[-1].lemma_.lower() == event.kind),
                "inside_venue": float(event.venue is not None and any(
                    event.venue.start <= s.start < event.venue.end for s in group)),
            })
            candidates.append(Candidate(group, fullest.text, features))
        return candidates

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        return any(token_f1(plain(org), candidate.text) >= ORGANIZATION_MIN_F1 for org in items(gold, self.name) if org)

    def ruled(self, candidate: Candidate) -> bool:
        return bool(candidate.features["rule_involved"] or candidate.features["rule_host"])

    def settled(self, candidate: Candidate) -> bool:
        return False

    def expected(self, gold: Mapping[str, Any]) -> int:
        return listed_in_gold(gold, self.name)

    def keep(self, doc: Doc, kept: list[tuple[Candidate, float]]) -> None:
        """The kept organizations become the ones taking part: each by the mentions the rules
        took as involved (the host by itself), or by its fullest name where the model admitted it."""
        involved = {(s.start, s.end) for s in doc.spans.get(INVOLVED_KEY, [])}
        taking_part = []
        for candidate, _ in kept:
            group: list[Span] = candidate.value
            ruled = [s for s in group if (s.start, s.end) in involved]
            taking_part += ruled if self.ruled(candidate) else [max(group, key=lambda s: len(s.text))]
        doc.spans[INVOLVED_KEY] = sorted(taking_part, key=lambda s: (s.start, s.end))
        doc._.mp_organization_confidence = {c.text: round(p, 4) for c, p in kept}


def grouped_by_organization(spans: list[Span]) -> list[list[Span]]:
    """Mentions grouped by organization, in order of first mention: the same text first,
    then names of one organization ("UNDP", "the United Nations Development Programme")."""
    by_text: dict[str, list[Span]] = {}
    for span in spans:
        same_text = by_text.setdefault(span.text, [])
        if all(s.start != span.start or s.end != span.end for s in same_text):
            same_text.append(span)
    groups: list[list[Span]] = []
    names: list[list[str]] = []
    for text, mentions in list(by_text.items())[:_MOST_NAMES]:
        index = next((i for i, known in enumerate(names) if any(same_organization(k, text) for k in known)), None)
        if index is None:
            groups.append(list(mentions))
            names.append([text])
        else:
            groups[index].extend(mentions)
            names[index].append(text)
    return groups
