"""Read who organized the meeting.

The organizer is the subject (or agent) of the verb that holds the meeting, the
words before "Holds" in a headline, the body the meeting's name gives as its
own ("the 5th Cabinet meeting"), or else the organization named most often
(talks have two sides and no host). A reference ("our school") resolves to the
named host it stands for, and a short name ("UM") to its full one where the
text gives it.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from .headings import record_heading
from .host_names import bare_place, complete_name, institution
from .letterheads import letterhead
from .lexical import (
    entity_around,
    inflected_forms,
    is_spaced_dash,
    singular_forms,
    token_positions,
    verb_in,
)
from .marks import is_debris, person_at
from .meeting import MeetingReader, in_general, is_prose
from .organizations import ORG_KEY

_OWNERS = {"its", "their", "her", "his"}
_VERB = frozenset({"VERB"})


class HostReader:
    """Read the meeting's organizer over the lexicons ``hold_verbs``, ``meet_verbs``, ``host_references``, ``sitting_modifiers``,
    ``org_heads``, ``titles`` and ``institution_kinds``; ``meetings`` tells meeting
    nouns and their kind."""

    def __init__(self, meetings: MeetingReader, lex: Mapping[str, frozenset[str]]) -> None:
        self.meetings = meetings
        self.lex = lex

    def organizer(self, doc: Doc, noun: Token | None) -> tuple[Span | None, bool]:
        """The meeting's organizer by its full name, if the text names one, and whether the text
        states it (the subject of a meeting verb, the meeting's owner) rather than only naming it
        most often, a guess."""
        organizer = self._subject_host(doc, noun) or self._owner_of_meeting(noun)
        named = complete_name(doc, organizer, self.lex) if organizer is not None else None
        if named is None:  # "Minutes of Committee Meeting" names no body; the letterhead above it may
            named = complete_name(doc, self._letterhead_host(doc), self.lex)
        if organizer is not None or named is not None:
            return named, True
        if noun is not None and self.meetings.kind(noun) == "talks":
            return None, False  # talks have two sides, no host
        return complete_name(doc, self._salient_organization(doc, noun), self.lex), False

    def _host_of(self, verb: Token) -> Token | None:
        """The subject (or passive agent) of a hold verb whose object is a meeting, or
        the agent of one that describes the meeting ("the meeting ..., hosted by X")."""
        if self._own_meeting(verb):  # "X brought its resumed session to a close"
            return _subject(verb)
        if verb.lemma_.lower() in self.lex["meet_verbs"] and not any(c.dep_ == "dobj" for c in verb.children):
            return _members_body(_subject(verb), self.lex)
        if not verb_in(verb, self.lex["hold_verbs"] - {"have", "take"}):
            return None
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objects:  # "our school held in the gymnasium a grand opening ceremony"
            objects = [g for c in verb.children if c.dep_ in {"prep", "conj"} for g in c.subtree]
        if any(self.meetings.is_meeting(o) and not in_general(o) for o in objects):
            return by if agent is not None else _subject(verb)
        if verb.dep_ in {"acl", "advcl"} and any(self.meetings.is_meeting(t) for t in verb.sent):
            return by
        return None

    def _own_meeting(self, verb: Token) -> bool:
        """Whether a verb's object is a meeting its subject owns ("launched its annual conference")."""
        if verb.pos_ != "VERB":
            return False
        return any(c.dep_ == "dobj" and self.meetings.is_meeting(c)
                   and any(p.dep_ == "poss" and p.lower_ in _OWNERS for p in c.children) for c in verb.children)

    def _subject_host(self, doc: Doc, noun: Token | None) -> Span | None:
        """The named body that holds the meeting, the meeting noun's own verb first, else a headline's."""
        verbs = [noun.head] if noun is not None else []
        holds = self.lex["hold_verbs"]  # a PROPN or NOUN counts only as a mis-tagged hold verb ("Holds")
        verbs += [t for t in map(doc.__getitem__, token_positions(doc, tags=_VERB, words=inflected_forms(holds)))
                  if (t.pos_ == "VERB" or t.pos_ in {"PROPN", "NOUN"}) and not is_debris(t)]
        for verb in verbs:
            subject = self._host_of(verb)
            if subject is None or person_at(subject) is not None or subject.pos_ == "PRON":
                continue
            span = doc[subject.left_edge.i : subject.right_edge.i + 1]
            host = self.resolve_host(doc, span)
            if host is not None and not bare_place(doc, host, self.lex):
                return host
        return self._headline_host(doc)

    def _headline_host(self, doc: Doc) -> Span | None:
        """"X Holds ..." in a headline line: the words before the hold verb."""
        for sentence in list(doc.sents)[:4]:
            if is_debris(sentence[0]) or sentence.text.rstrip().endswith("."):
                continue
            for token in sentence[1:]:
                if token.text[:1].isupper() and verb_in(token, self.lex["hold_verbs"] - {"have", "take", "open"}):
                    words = doc[sentence.start : token.i]
                    if len(words) and any(self.meetings.is_meeting(t) for t in doc[token.i : sentence.end]):
                        return self.resolve_host(doc, words)
        return None

    def resolve_host(self, doc: Doc, span: Span) -> Span | None:
        """A named organization for a subject: itself, or the named host it refers to."""
        cut = next((t.i for t in span if t.ent_type_ == "DATE" or t.lower_ in {"in", "at", ",", "with", "and", "("}
                    or (t.lower_ == "on" and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ in {"DATE", "TIME"})),
                   span.end)  # "X on Monday held", but "the Committee on NGOs"
        span = doc[span.start : cut] if cut > span.start else span
        dash = next((t.i for t in reversed(span[:-1]) if is_spaced_dash(t)), None)
        if dash is not None:  # "MANILA — The X Conference", a dateline's place before the dash
            span = doc[dash + 1 : span.end]
        while len(span) > 1 and (span[0].pos_ in {"DET", "PRON"} or span[0].is_space):
            refers = span[0].lower_ in {"our", "the", "this", "its"} and len(span) == 2
            if refers or span.text.lower() in self.lex["host_references"]:
                return self._named_host(doc, span[-1])
            span = span[1:]
        while len(span) > 1 and (span[-1].is_punct or span[-1].lower_ in {"'s", "’s"}):
            span = span[:-1]
        while len(span) > 1 and span[0].is_lower and any(t.pos_ == "PROPN" for t in span[1:]):
            span = span[1:]  # "the industry association GridForward Europe"
        if len(span) == 1 and span[0].lower_ in self.lex["internal_bodies"] - self.lex["host_references"]:
            named = (doc._.mp_named_hosts or {}).get(span[0].lower_)  # "a parish council held ...": the one named
            return named or institution(doc, self.lex) or span  # "Senate held its 214th meeting": the university's
        if len(span) == 1 and span[0].lower_ in self.lex["org_heads"]:
            return self._named_host(doc, span[0])
        is_body = any(t.lower_ in self.lex["org_heads"] for t in span)
        if (span.root.lower_ in self.lex["titles"] and not is_body) or not span[0].text[:1].isupper():
            return None  # "the Secretary", but "Consulate General"
        if not any(t.pos_ == "PROPN" or t.lower_ in self.lex["org_heads"] for t in span):
            return None  # "Proceedings opened": no named body
        return span

    def _letterhead_host(self, doc: Doc) -> Span | None:
        """The body whose name heads the page above its record's heading ("Jubilee Parish
        Council" over "Minutes of the meeting held on ..."): its own papers."""
        heading = record_heading(doc, self.meetings.headings)
        return letterhead(doc, heading, self.lex["org_heads"]) if heading is not None else None

    def _owner_of_meeting(self, noun: Token | None) -> Span | None:
        """A body the meeting's name gives as its own: "the 5th Cabinet meeting",
        "a council meeting of the Kochi Corporation", "the X Trust's annual conference"."""
        if noun is None:
            return None
        doc = noun.doc
        named = self._owner_named_by(noun)
        if named is not None:
            return named
        others = [t for t in self.meetings.meeting_nouns(doc) if t.i != noun.i and self.meetings.may_name_same(noun, t)
                  and not self.meetings.is_relayed(t) and is_prose(t.sent)]
        return next(filter(None, map(self._owner_named_by, others)), None)

    def _owner_named_by(self, noun: Token) -> Span | None:
        """The body one mention of the meeting names as its owner."""
        doc = noun.doc
        owner = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        for of in owner:
            body = next((c for c in of.children if c.dep_ == "pobj"), None)
            if body is not None and (body.ent_type_ == "ORG" or body.lower_ in self.lex["org_heads"]):
                return self.resolve_host(doc, doc[body.left_edge.i : body.i + 1])
            named = _entity_after(of)
            if named is not None:  # "the 5th Plenary Session of the 14th X Party Committee", misparsed
                return self.resolve_host(doc, named)
        head = noun.head
        if noun.dep_ == "appos" and head.pos_ == "PROPN" and (
                head.ent_type_ == "ORG" or head.lower_ in self.lex["org_heads"]):  # "Security Council, 8539th meeting"
            return self.resolve_host(doc, doc[head.left_edge.i : head.i + 1])
        possessor = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if possessor is not None and (possessor.ent_type_ == "ORG" or possessor.lower_ in self.lex["org_heads"]):
            return self.resolve_host(doc, doc[possessor.left_edge.i : possessor.i + 1])  # "the X Trust's annual conference"
        names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and (_ends_organization(names[-1]) or names[-1].lower_ in self.lex["org_heads"]):
            return self.resolve_host(doc, doc[names[0].left_edge.i : names[-1].i + 1])
        body = _body_of_its(noun, self.lex)
        return self.resolve_host(doc, doc[body.left_edge.i : body.i + 1]) if body is not None else None

    def _named_host(self, doc: Doc, head: Token) -> Span | None:
        """The named organization "our <head>" refers to: one with that head, or, for a
        school or college, the named institution of its kind ("our school" -> "X University").
        A body the text never names stays the bare head ("University"), which names no one:
        the host is known to be unnamed, and no other body is taken for it."""
        named: dict[str, Span] = doc._.mp_named_hosts or {}
        word = head.lower_
        if word in named:
            return named[word]
        if word in self.lex["institution_kinds"]:
            named_institution = institution(doc, self.lex)
            if named_institution is not None:
                return named_institution
        return doc[head.i : head.i + 1] if word in self.lex["org_heads"] else None

    def _salient_organization(self, doc: Doc, noun: Token | None) -> Span | None:
        """Of the organizations the report's lead names (its first two sentences and the
        meeting's), the one named most often on the page, counting the meeting's sentence twice;
        not one the text gives as the owner of another event ("delegates attending the
        conference of X were given a reception")."""
        sentence = noun.sent if noun is not None else None
        orgs = [o for o in doc.spans[ORG_KEY] if not is_debris(o[0])]
        lead = [s for s in doc.sents if is_prose(s)][:2] + ([sentence] if sentence is not None else [])
        owners = owners_of_other_events(self.meetings, noun)
        candidates = [o for o in orgs if any(s.start <= o.start < s.end for s in lead)
                      and o.root.i not in owners]
        def weight(org: Span) -> tuple[float, int]:
            count = sum(o.text.lower() == org.text.lower() for o in orgs)
            in_sentence = sentence is not None and sentence.start <= org.start < sentence.end
            return count + in_sentence + len(org) / 100, -org.start
        return max(candidates, key=weight, default=None)


def _members_body(subject: Token | None, lex: Mapping[str, frozenset[str]]) -> Token | None:
    """A meeting body: the subject itself ("The Second Committee met"), or the body
    its members or officers belong to ("Members of the Security Council met", "Priests of
    the Diocese of X met")."""
    if subject is None:
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    officers = of is not None and bool(singular_forms(subject.lower_) & lex["titles"])
    if subject.lemma_.lower() not in lex["people_nouns"] and not officers:
        return subject  # the body itself, or officers named with no "of" ("Forum Foreign Ministers met")
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _body_of_its(noun: Token, lex: Mapping[str, frozenset[str]]) -> Token | None:
    """The body "its" or "their" meeting belongs to, the subject of the verb the meeting hangs
    from ("The X school board voted at its regular meeting", "Members of the Y approved at
    their meeting"): the subject itself, or the body of the members it names."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    body = _members_body(_subject(verb), lex) if verb is not None else None
    if body is None or person_at(body) is not None or not (body.ent_type_ == "ORG" or body.lower_ in lex["org_heads"]):
        return None
    return body


def _subject(verb: Token) -> Token | None:
    """A verb's subject, the nearest where the parser gave two ("LUSAKA — The X Congress held
    ...": a dateline's place read as a second subject)."""
    return max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)


def owners_of_other_events(meetings: MeetingReader, noun: Token | None) -> set[int]:
    """Positions of the words naming the owner ("of X") of a meeting of another kind than the
    meeting ``noun`` names ("delegates attending the conference of X were given a reception")."""
    if noun is None:
        return set()
    others = [t for t in meetings.meeting_nouns(noun.doc) if not meetings.may_name_same(noun, t)]
    return {t.i for other in others for of in other.children if of.dep_ == "prep" and of.lower_ == "of"
            for t in of.subtree}


def _ends_organization(token: Token) -> bool:
    """A word that ends an ORG entity: "Cabinet" of "the 5th Cabinet meeting", not "Coordination"
    of "the Regional Government Coordination Meeting", which the model tags whole, a meeting's name."""
    doc = token.doc
    return token.ent_type_ == "ORG" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _entity_after(word: Token) -> Span | None:
    """The organization named right after a word, past a determiner and an ordinal ("of the
    14th Long Giang Provincial Party Committee")."""
    doc, i = word.doc, word.i + 1
    while i < len(doc) and (doc[i].lower_ == "the" or doc[i].ent_type_ == "ORDINAL"):
        i += 1
    entity = entity_around(doc, i) if i < len(doc) else None
    return entity if entity is not None and entity.start == i and doc[i].ent_type_ == "ORG" else None
