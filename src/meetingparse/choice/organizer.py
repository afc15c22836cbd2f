"""The organizer: one organization, described by all its mentions. Candidates are the bodies
the page names (tagged organizations and places, the meeting's owner, the subject of a meeting
verb, a letterhead, an acronym's spelled-out name), grouped by organization as the list of
organizations groups them, each named by its fullest mention."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Span

from ..components.event import EventFacts
from ..components.host import owners_of_other_events
from ..components.letterheads import name_shaped
from ..components.lexical import (
    crosses_layout,
    is_lone_acronym,
    is_lone_head,
    is_spaced_dash,
    opens_dateline,
    pieces_where,
    singular_forms,
)
from ..components.marks import person_at
from ..components.meeting import MeetingReader
from ..components.org_cuts import head_before_link
from ..components.organizations import (
    ORG_KEY,
    abbreviates,
    describes_a_sitting,
    same_organization,
)
from .bodies import grouped_by_organization
from .decision import Candidate, agrees_with_gold
from .features import Context, across
from .owners import owner_phrases

_SOURCES = ("entity", "raw_entity", "place", "owner", "subject", "edge_line", "expansion")


class OrganizerDecision:
    """Who organized or hosted the meeting."""

    name = "organizer"
    event_field = "organizer"
    judges_only = False
    of_a_participant = False

    def __init__(self, meetings: MeetingReader) -> None:
        self.meetings = meetings

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        doc = ctx.doc
        sourced: dict[tuple[int, int], set[str]] = {}
        spans: list[Span] = []
        found = [*(("entity", s) for s in doc.spans.get(ORG_KEY, [])),  # the names the organization finder kept
                 *(("raw_entity", _bare_name(e, ctx.lex["hold_verbs"])) for e in doc.ents if e.label_ == "ORG"),
                 *(("place", e) for e in doc.ents if e.label_ == "GPE"),
                 *owner_phrases(doc, self.meetings, ctx.lex)]
        pick = event.organizer
        for source, span in [(source, piece) for source, whole in ([("rule", pick)] if pick is not None else []) + found
                             for piece in _between_dashes(whole)]:
            if crosses_layout(span) or describes_a_sitting(span, ctx.lex) or opens_dateline(span) \
                    or _runs_into_a_person(span) or _heads_people(span, ctx.lex):
                continue  # "Home > Government > Cabinet Office", "Topics  Government": page furniture; "NEXT ORDINARY
                # COUNCIL"; "KAMPALA, 4 March -": where the report was filed; "Samoa's Prime Minister X": a person;
                # "Forty-eight barangay captains from X", "Ghana's Envoy": people
            key = (span.start, span.end)
            if key not in sourced:
                sourced[key] = set()
                spans.append(span)
            sourced[key].add(source)
        affiliations = [p.organization.text for p in doc._.mp_people or [] if p.organization is not None]
        hosts = [s.text for s in (doc._.mp_named_hosts or {}).values()]
        other_events = owners_of_other_events(self.meetings, self.meetings.meeting_noun(doc))
        candidates = []
        groups = grouped_by_organization(sorted(spans, key=lambda s: s.start))
        for group in _with_company_acronyms(groups, ctx.lex["legal_forms"]):
            fullest = max(group, key=lambda s: (len(s.text), -s.start))
            if is_lone_head(fullest, ctx.lex["org_heads"]):
                continue  # "the University held ...": the page gives no name, and the record wants one
            sources = set().union(*(sourced[(s.start, s.end)] for s in group))
            features = across(group, ctx)
            features.update({f"from_{source}": float(source in sources) for source in _SOURCES})
            picked = pick is not None and any(s.start == pick.start and s.end == pick.end for s in group)
            features.update({"rule_none": 1.0} if pick is None else {"rule_same": float(picked)})
            features["rule_guessed"] = float(picked and not event.organizer_stated)
            features["affiliation"] = float(any(same_organization(a, fullest.text) for a in affiliations))
            features["named_institution"] = float(any(same_organization(h, fullest.text) for h in hosts))
            features["org_head"] = float(bool({t.lower_ for t in fullest} & ctx.lex["org_heads"]))
            features["name_shaped"] = float(name_shaped(fullest))
            features["names_people"] = float(_names_people(fullest, ctx))
            features["names_a_meeting"] = float(_names_a_meeting(fullest, ctx))
            features["ends_in_a_link"] = float(fullest[-1].lower_ in _LINK_WORDS)  # "BOARD OF TRUSTEES OF", cut short
            features["owns_another_event"] = float(any(m.root.i in other_events for m in group))
            features["inside_venue"] = float(event.venue is not None and any(
                event.venue.start <= m.start < event.venue.end for m in group))
            # the rules resolve a short name with care, but an acronym's full name is in the group
            named = pick if picked and pick is not None and not _shortened(pick, fullest) else fullest
            candidates.append(Candidate(named, named.text, features))
        return candidates

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        return agrees_with_gold(self.name, candidate.text, gold)


def _names_people(span: Span, ctx: Context) -> bool:
    """A phrase that names people or a common thing, not a body: "Delegates", "the Co-Chairs",
    "NGOs", "MOU" (its last word a people noun or a post, or an everyday abbreviation)."""
    last = span[-1].lower_
    return bool(singular_forms(last) & (ctx.lex["people_nouns"] | ctx.lex["titles"] | ctx.lex["common_abbreviations"]))


def _heads_people(span: Span, lex: Mapping[str, frozenset[str]]) -> bool:
    """A phrase headed by people or a post, before any "of", "from" or "for": "Heads", "Forty-eight
    barangay captains from X", "Ghana's Envoy"; not "Board of Directors", whose head is a body."""
    words = [t.lower_ for t in span]
    head_end = next((i for i, w in enumerate(words) if w in {"of", "from", "for"} and i > 0), len(words))
    if any(w in lex["org_heads"] for w in words[:head_end]):
        return False  # "Consulate General of X": a body's head before the post word
    return bool(singular_forms(words[head_end - 1]) & (lex["people_nouns"] | lex["titles"]))


def _runs_into_a_person(span: Span) -> bool:
    """A phrase that holds a person's name and more: a post and its holder ("Samoa's Prime
    Minister X"), not a body the people finder also took for a name ("Hwa Nan")."""
    named = [person_at(t) is not None for t in span]
    return any(named) and not all(named)


def _names_a_meeting(span: Span, ctx: Context) -> bool:
    """A name whose head is a meeting noun ("the Plenary Council", "the Informal Ministerial
    Meeting (IAMM)", "Video Conference on X"): the meeting, not who held it."""
    bracket = next((t.i for t in span if t.text == "("), span.end)  # past "(IAMM)"
    head = head_before_link([t.lemma_.lower() for t in span.doc[span.start : bracket]], _HEAD_LINKS)
    return head in ctx.lex["meeting_kinds"] and head not in ctx.lex["org_heads"]


_LINK_WORDS = {"of", "and", "for", "the", "on", "in", "&"}
_HEAD_LINKS = {"of", "on", "for", "in", "at", "to", "with", "between"}  # a name's head comes before these


def _between_dashes(span: Span) -> list[Span]:
    """The parts of a span that spaced dashes set apart, as they do a headline's or a
    dateline's parts ("X Association - Annual General Meeting", "MANILA — The X Conference");
    "Osaka-Kobe" is one word."""
    return [piece for piece in pieces_where(span, is_spaced_dash) if len(piece)]


def _shortened(name: Span, fullest: Span) -> bool:
    """A short form of the group's fullest name: its acronym, or its last words ("PASTORAL
    COUNCIL" of "St. Kizito Parish Pastoral Council")."""
    return is_lone_acronym(name) or (len(fullest.text) > len(name.text)
                                   and fullest.text.lower().endswith(" " + name.text.lower()))



def _with_company_acronyms(groups: list[list[Span]], legal_forms: frozenset[str]) -> list[list[Span]]:
    """Groups of mentions with a company's acronym joined to its full name, which carries a legal
    form the acronym leaves out: "DME" to "Deccan Motors & Engineering Ltd"."""
    joined = [list(g) for g in groups]
    for group in list(joined):
        if not all(is_lone_acronym(s) for s in group):
            continue
        acronym = group[0].text
        home = next((other for other in joined if other is not group and any(
            s[-1].lower_ in legal_forms and abbreviates(acronym, s[:-1].text) for s in other)), None)
        if home is not None:
            home.extend(group)
            joined.remove(group)
    return joined


def _bare_name(span: Span, hold_verbs: frozenset[str]) -> Span:
    """An entity without the article the model may include ("the Arua District Council") or the
    verb of a headline it may run into ("Lakeside University Holds")."""
    if len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    last = span[-1]
    if len(span) > 1 and last.is_title and (last.lemma_.lower() in hold_verbs or singular_forms(last.lower_) & hold_verbs):
        span = span[:-1]
    while len(span) > 1 and span[-1].is_lower and span[-1].is_alpha:
        span = span[:-1]  # a word the model ran on past the name: "Makerere University's School of Law as"
    return span