"""Decide the facts of the meeting itself: title, kind, date, venue, mode, organizer, chair.

The meeting is the meeting-kind noun ("meeting", "conference", ...) that a
hold verb governs ("X held the ... meeting", "the ... conference was
convened"), preferring early mentions and skipping relayed ones ("the spirit
of the provincial teleconference"). Its sentence is the event sentence: the
date, the venue and the organizer are read there first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent
from .organizations import ORG_KEY, abbreviates, is_acronym
from .dates import DateMention
from .lexical import verb_in

_TITLE_PREPS = {"for", "on", "of", "about", "to", "between"}
_VENUE_PREPS = {"in", "at", "on"}
_REMOTE_WORDS = {"video", "online", "virtual", "telephone", "tele"}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_VENUE_STOP = {",", ";", "which", "where", "to", "on", "with", "for", "during", "and", "while", "as"}
_SKIP_LEFT = {"DET", "PRON", "PUNCT"}
_GENERIC_MODIFIERS = {"recent", "earlier", "previous", "last", "next", "upcoming", "such", "other", "several"}


@dataclass(frozen=True)
class EventFacts:
    """What the event component decided; spans point into the doc."""

    title: Span | None
    kind: str | None
    date: DateMention | None
    venue: Span | None
    mode: str | None
    organizer: Span | None
    chair: int | None  # index into doc._.mp_people
    sentence: Span | None  # the sentence that names the meeting
    guests: frozenset[int] = frozenset()  # indexes into doc._.mp_people


Doc.set_extension("mp_event", default=None, force=True)


class EventReader(RuleComponent):
    """Read the meeting's own facts into ``doc._.mp_event``."""

    lexicons = ("meeting_kinds", "hold_verbs", "chair_verbs", "venue_words", "relay_cues", "titles", "chair_titles",
                "host_references", "led_groups", "presiding_roles",
                "institution_heads", "guest_cues", "place_heads", "org_heads",
                "institution_kinds")
    patterns = ("online_cues", "hybrid_cues", "in_person_cues", "dateline_places", "closing_cues")

    # -- the meeting noun -----------------------------------------------------------------
    def _is_relayed(self, token: Token) -> bool:
        return any(a.lower_ in self.lex["relay_cues"] for a in token.ancestors) or any(
            t.lower_ in {"next", "last", "previous", "upcoming"} for t in token.lefts
        )

    def _meeting_score(self, token: Token) -> float:
        score = 0.0
        if verb_in(token.head, self.lex["hold_verbs"]) and token.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"}:
            score += 3
        if self._is_relayed(token):
            score -= 4
        if token.ent_type_ in {"ORG", "GPE"}:
            score -= 3
        if any(c.dep_ == "nummod" and c.tag_ == "CD" for c in token.children):
            score -= 2
        if token.tag_ in {"NNS", "NNPS"} and token.lower_ != "talks":
            score -= 2  # "held over 30 meetings": meetings in general
        if any(t.lower_ in _GENERIC_MODIFIERS | {"any", "every", "each"} for t in token.lefts):
            score -= 2  # "any other session"
        if not token.sent.text.rstrip().endswith((".", '"', "”")):
            score -= 1.5
        if any(t.pos_ != "DET" for t in token.lefts) or any(c.dep_ == "prep" for c in token.rights):
            score += 1
        return score - token.i / max(len(token.doc), 1)

    def _meeting_noun(self, doc: Doc) -> Token | None:
        nouns = [t for t in doc if self._is_meeting(t) and not t._.mp_debris]
        return max(nouns, key=self._meeting_score, default=None)

    def _title(self, noun: Token) -> Span | None:
        doc = noun.doc
        start = noun.left_edge.i
        while start < noun.i and (doc[start].pos_ in _SKIP_LEFT or (
                doc[start].ent_type_ in {"DATE", "TIME"} and doc[start].pos_ != "ADJ")):
            start += 1
        end = noun.i + 1
        if end < len(doc) and doc[end].lower_ in _TITLE_PREPS and doc[end].dep_ == "prep" and doc[end].head != noun:
            end = doc[end].right_edge.i + 1  # "the symposium on X", the parser hanging "on X" elsewhere
        for child in noun.rights:
            if child.i != end and doc[end].text not in {"'s"}:
                break
            keep = (child.dep_ == "prep" and child.lower_ in _TITLE_PREPS
                    and not any(t.ent_type_ in {"TIME"} for t in child.subtree))
            keep |= child.dep_ == "acl" and child.lemma_.lower() not in self.lex["hold_verbs"] | self.lex["chair_verbs"] | {"attend"}
            keep |= child.dep_ in {"compound", "nummod", "amod"}
            if not keep:
                break
            end = child.right_edge.i + 1
        purpose = doc[end + 1] if end + 1 < len(doc) and doc[end].lower_ == "to" else None
        if purpose is not None and purpose.pos_ == "VERB" and purpose.head in (noun, noun.head):
            end = purpose.right_edge.i + 1  # "conference to deploy the response to floods"
        if not _is_prose(noun.sent):  # "HIST Holds Debriefing Meeting on X and Y Work Reports"
            start = max([start, *(t.i + 1 for t in doc[noun.sent.start : noun.i] if verb_in(t, self.lex["hold_verbs"]))])
            if noun.i + 1 < noun.sent.end and doc[noun.i + 1].lower_ in {"on", "for", "of", "about"}:
                end = max(end, noun.sent.end)
        cut = next((t.i for t in doc[noun.i : end] if t.text in {",", ";", "("} or t.is_space
                    or t.lower_ in {"which", "that", "where", "who"} or self._places_or_dates(t)), end)
        end = min(end, cut)
        while end > noun.i + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ in {"ADP", "CCONJ"}
                                    or verb_in(doc[end - 1], self.lex["hold_verbs"])):
            end -= 1
        span = doc[start:end]
        content = [t for t in span if t.i != noun.i and not t.is_punct]
        generic = noun.tag_ in {"NNS", "NNPS"} and noun.lower_ != "talks" or any(
            t.tag_ in {"JJR", "JJS", "RBS", "RBR"} or t.lower_ in _GENERIC_MODIFIERS for t in content)
        return span if content and not generic else None

    def _places_or_dates(self, token: Token) -> bool:
        """An "in"/"at" phrase of place or time, which ends a meeting's name ("in Room 306")."""
        if token.lower_ not in {"in", "at"} or token.dep_ != "prep":
            return False
        return any(t.lower_ in self.lex["venue_words"] or t.ent_type_ in {"FAC", "GPE", "DATE", "TIME"}
                   for t in token.subtree)

    def _best_title(self, noun: Token) -> Span | None:
        """The meeting's name: its own mention's, else the first named mention of the same
        kind in prose, then in headlines; a bare name ("debriefing meeting") gives way to a
        fuller one that contains it ("Debriefing Meeting on X")."""
        doc = noun.doc
        kind = self._kind(noun)
        same = [t for t in doc if t.i != noun.i and self._is_meeting(t) and self._kind(t) == kind
                and not self._is_relayed(t)]
        ordered = [noun] if _is_prose(noun.sent) else []
        ordered += [t for t in same if _is_prose(t.sent)] + ([] if _is_prose(noun.sent) else [noun])
        ordered += [t for t in same if not _is_prose(t.sent)]
        titles = [title for t in ordered if (title := self._title(t)) is not None]
        if not titles:
            return None
        words = _content_words(titles[0])
        fuller = [t for t in titles if len(words) <= 2 and words < _content_words(t)]
        return fuller[0] if fuller else titles[0]

    @staticmethod
    def _kind(noun: Token) -> str:
        return noun.lower_ if noun.lower_ == "talks" else noun.lemma_.lower()

    # -- the other facts ------------------------------------------------------------------
    @staticmethod
    def _date(doc: Doc, sentence: Span | None) -> DateMention | None:
        """The meeting's date: not one still to come, in its sentence first, then in prose,
        explicit before relative."""
        def rank(mention: DateMention) -> tuple[bool, bool, bool, bool, int]:
            sent = mention.span.sent
            in_sentence = sentence is not None and sent.start == sentence.start
            in_prose = len(sent) > 6 and any(t.pos_ in {"VERB", "AUX"} for t in sent) and sent.text.rstrip().endswith(
                (".", '"', "”", ")"))
            return not mention.prospective, in_sentence, in_prose, mention.explicit, -mention.span.start
        return max(doc._.mp_dates or [], key=rank, default=None)

    def _from_first_day(self, mention: DateMention | None) -> DateMention | None:
        """A multi-day meeting dated by its last day ("saw the close of the two-day meet"
        on Nov. 18) starts days earlier: start Nov. 17, end Nov. 18."""
        if mention is None or mention.end is not None:
            return mention
        text = mention.span.sent.text
        found = next((m for rx in self.rx["closing_cues"] if (m := rx.search(text))), None)
        days = _NUMBER_WORDS.get(found.group(1).lower()) if found else None
        if days is None or days < 2:
            return mention
        return dataclasses.replace(mention, start=mention.start - dt.timedelta(days=days - 1), end=mention.start)

    def _venue(self, sentences: list[Span]) -> Span | None:
        """The first place a meeting sentence or an opening sentence puts it "in" or "at"."""
        for sentence in sentences:
            for token in sentence:
                if token.lower_ not in _VENUE_PREPS or token.dep_ != "prep":
                    continue
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                span = self._venue_span(token, objects[0])
                if span is not None:
                    return span
        return None

    def _venue_span(self, prep: Token, pobj: Token) -> Span | None:
        doc = pobj.doc
        start, end = pobj.left_edge.i, pobj.i + 1
        while end <= pobj.right_edge.i:
            token = doc[end]
            if token.lower_ in _VENUE_STOP and not (token.text == "," and self._place_follows(doc, end + 1)):
                break
            end += 1
        span = doc[start:end]
        if any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"afternoon", "morning", "evening"} for t in span):
            return None
        if not self._is_place(prep, pobj) or span[0]._.mp_debris or pobj._.mp_person is not None:
            return None
        if span.text.lower() in self.lex["host_references"] or span[0].lower_ in {"this", "our"}:
            return None
        return span

    def _place_follows(self, doc: Doc, i: int) -> bool:
        """Whether a region follows a comma in a place ("Uyo, Akwa Ibom State", "Columbus, Ohio")."""
        if i >= len(doc):
            return False
        if doc[i].ent_type_ == "GPE":
            return True
        end = i
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        return end > i and doc[end - 1].lower_ in self.lex["place_heads"]

    def _is_place(self, prep: Token, pobj: Token) -> bool:
        """A venue word heads the object ("the Yifu Building"), or a named place or body
        holds the meeting itself ("held in Uyo", "convened ... in SIEEB")."""
        heads = [pobj]
        if pobj.like_num or pobj.pos_ == "PROPN":  # "507 of the school building"
            heads += [o for c in pobj.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        words = {t.lower_ for h in heads for t in [h, *(c for c in h.children if c.dep_ == "compound")]}
        if words & self.lex["venue_words"]:
            return True
        if prep.lower_ == "on":
            return False
        head = prep.head
        held_there = (self._holds(head) or self._is_meeting(head)) and not self._is_relayed(head)
        if pobj.ent_type_ in {"ORG", ""}:
            return held_there and pobj.pos_ == "PROPN" and _is_prose(pobj.sent)
        return pobj.ent_type_ in {"GPE", "LOC", "FAC"} and held_there

    def _holds(self, verb: Token) -> bool:
        """A verb that holds a meeting: "held", "convened", "took place"."""
        if verb_in(verb, frozenset({"take"})):
            return any(c.lower_ == "place" for c in verb.children)
        return verb_in(verb, self.lex["hold_verbs"] - {"have", "take"})

    def _dateline_place(self, prose: list[Span]) -> Span | None:
        """The place of a dateline opening the first paragraph ("COLUMBUS, Ohio - ...")."""
        for sentence in prose[:1]:
            doc = sentence.doc
            match = next((m for rx in self.rx["dateline_places"] if (m := rx.match(sentence.text))), None)
            if match is not None:
                return doc.char_span(sentence.start_char + match.start(1), sentence.start_char + match.end(1))
        return None

    @staticmethod
    def _prose(doc: Doc) -> list[Span]:
        """The body's sentences, without page debris or headlines."""
        return [s for s in doc.sents if not s[0]._.mp_debris and _is_prose(s)]

    def _mode(self, doc: Doc, venue: Span | None, noun: Token | None) -> str | None:
        """Online, hybrid or in person, from cue phrases, the meeting's own name ("a video
        conference") and whether a venue is named."""
        body = " ".join(s.text for s in doc.sents if not s[0]._.mp_debris)
        remote_name = noun is not None and any(c.lower_ in _REMOTE_WORDS for c in noun.lefts)
        online = remote_name or any(rx.search(body) for rx in self.rx["online_cues"])
        remote = any(rx.search(body) for rx in self.rx["hybrid_cues"])
        if online or remote:
            return "hybrid" if (venue is not None or remote) else "online"
        gathered = any(rx.search(body) for rx in self.rx["in_person_cues"])
        return "in_person" if venue is not None or gathered else None

    def _is_meeting(self, token: Token) -> bool:
        """A noun naming a kind of meeting ("conference", "talks")."""
        return token.pos_ in {"NOUN", "PROPN"} and (
            token.lower_ in self.lex["meeting_kinds"] or token.lemma_.lower() in self.lex["meeting_kinds"])

    def _host_of(self, verb: Token) -> Token | None:
        """The subject (or passive agent) of a hold verb whose object is a meeting, or
        the agent of one that describes the meeting ("the meeting ..., hosted by X")."""
        if not verb_in(verb, self.lex["hold_verbs"] - {"have", "take"}):
            return None
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objects:  # "our school held in the gymnasium a grand opening ceremony"
            objects = [g for c in verb.children if c.dep_ in {"prep", "conj"} for g in c.subtree]
        if any(self._is_meeting(o) for o in objects):
            return by if agent is not None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ in {"acl", "advcl"} and any(self._is_meeting(t) for t in verb.sent):
            return by
        return None

    def _organizer(self, doc: Doc, noun: Token | None) -> Span | None:
        verbs = [noun.head] if noun is not None else []
        verbs += [t for t in doc if t.pos_ in {"VERB", "PROPN", "NOUN"} and not t._.mp_debris]
        for verb in verbs:
            subject = self._host_of(verb)
            if subject is None or subject._.mp_person is not None or subject.pos_ == "PRON":
                continue
            span = doc[subject.left_edge.i : subject.right_edge.i + 1]
            host = self.resolve_host(doc, span)
            if host is not None:
                return host
        return self._headline_host(doc)

    def _headline_host(self, doc: Doc) -> Span | None:
        """"X Holds ..." in a headline line: the words before the hold verb."""
        for sentence in list(doc.sents)[:4]:
            if sentence[0]._.mp_debris or sentence.text.rstrip().endswith("."):
                continue
            for token in sentence[1:]:
                if token.text[:1].isupper() and verb_in(token, self.lex["hold_verbs"] - {"have", "take", "open"}):
                    words = doc[sentence.start : token.i]
                    if len(words) and any(self._is_meeting(t) for t in doc[token.i : sentence.end]):
                        return self.resolve_host(doc, words)
        return None

    def resolve_host(self, doc: Doc, span: Span) -> Span | None:
        """A named organization for a subject: itself, or the named host it refers to."""
        cut = next((t.i for t in span if t.ent_type_ == "DATE" or t.lower_ in {"on", "in", "at", ",", "with", "and", "("}), span.end)
        span = doc[span.start : cut] if cut > span.start else span
        while len(span) > 1 and (span[0].pos_ in {"DET", "PRON"} or span[0].is_space):
            refers = span[0].lower_ in {"our", "the", "this", "its"} and len(span) == 2
            if refers or span.text.lower() in self.lex["host_references"]:
                return self._named_host(doc, span[-1].lower_)
            span = span[1:]
        while len(span) > 1 and (span[-1].is_punct or span[-1].lower_ in {"'s", "’s"}):
            span = span[:-1]
        if len(span) == 1 and span[0].lower_ in self.lex["org_heads"]:
            return self._named_host(doc, span[0].lower_)
        if span.root.lower_ in self.lex["titles"] or not span[0].text[:1].isupper():
            return None
        if not any(t.pos_ == "PROPN" or t.lower_ in self.lex["org_heads"] for t in span):
            return None  # "Proceedings opened": no named body
        return span

    def _owner_of_meeting(self, noun: Token | None) -> Span | None:
        """A body the meeting's name gives as its own: "the 5th Cabinet meeting",
        "a council meeting of the Kochi Corporation"."""
        if noun is None:
            return None
        doc = noun.doc
        owner = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        for of in owner:
            body = next((c for c in of.children if c.dep_ == "pobj"), None)
            if body is not None and body.ent_type_ == "ORG":
                return self.resolve_host(doc, doc[body.left_edge.i : body.i + 1])
        names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and (names[-1].ent_type_ == "ORG" or names[-1].lower_ in self.lex["org_heads"]):
            return self.resolve_host(doc, doc[names[0].left_edge.i : names[-1].i + 1])
        return None

    def _named_host(self, doc: Doc, head: str) -> Span | None:
        """The named organization "our <head>" refers to: one with that head, or, for a
        school or college, the named institution of its kind ("our school" -> "X University")."""
        named = doc._.mp_named_hosts or {}
        if head in named:
            return named[head]
        if head in self.lex["institution_kinds"]:
            words = [t.lower_ for t in doc]
            kinds = [h for h in self.lex["institution_kinds"] if h in named]
            best = max(kinds, key=lambda h: (words.count(h), h), default=None)
            return named[best] if best is not None else None
        return None

    def _complete_name(self, doc: Doc, host: Span | None) -> Span | None:
        """The host's full name where the text gives it: "UM" -> "Universiti Malaya",
        "Linyi" -> "Linyi Municipal Party Committee"; no host for a lone "University"."""
        if host is None:
            return None
        if len(host) == 1 and host[0].lower_ in self.lex["org_heads"]:
            return None
        if len(host) > 1:
            return host
        word = host[0].text
        named = [o for o in doc.spans[ORG_KEY] if len(o) > 1]
        fuller = [o for o in named if abbreviates(word, o.text)] if is_acronym(word) else [
            o for o in named if o[0].text == word]
        return max(fuller, key=len, default=host)

    def _salient_organization(self, doc: Doc, sentence: Span | None) -> Span | None:
        """The organization named most often, counting the meeting's sentence twice."""
        orgs = [o for o in doc.spans[ORG_KEY] if not o[0]._.mp_debris]
        if not orgs:
            return None
        def weight(org: Span) -> tuple[float, int]:
            count = sum(o.text.lower() == org.text.lower() for o in orgs)
            in_sentence = sentence is not None and sentence.start <= org.start < sentence.end
            return count + in_sentence + len(org) / 100, -org.start
        return max(orgs, key=weight)

    def _chair(self, doc: Doc) -> int | None:
        presiding = self._presiding(doc)
        return presiding if presiding is not None else self._chair_by_title(doc)

    def _chair_by_title(self, doc: Doc) -> int | None:
        """The first person whose position is a chair's ("the Committee Chair",
        "Chairperson of the Board")."""
        for index, person in enumerate(doc._.mp_people or []):
            if person.only_mentioned or person.title is None:
                continue
            words = person.title.text.lower().replace("-", " ").split()
            position = words[: next((i for i, w in enumerate(words) if w in {"of", "for", "to"}), len(words))]
            if position and position[-1] in self.lex["chair_titles"] and not {"vice", "deputy", "co"} & set(position):
                return index
        return None

    def _presiding(self, doc: Doc) -> int | None:
        """The person a presiding verb or "as/in the chair" names."""
        for token in doc:
            if token._.mp_debris:
                continue
            if token.pos_ == "VERB" and token.lemma_.lower() in self.lex["chair_verbs"] and self._about_meeting(token):
                person = self._person_of(self._presiders(token))
            elif token.dep_ == "pobj" and token.head.lower_ in {"in", "as"} and self._names_presiding_role(token):
                verb = token.head.head
                person = self._person_of([c for c in verb.children if c.dep_ == "nsubj"])
            else:
                continue
            if person is not None:
                return person
        return None

    def _names_presiding_role(self, token: Token) -> bool:
        """Whether "as/in <phrase>" names a presiding role ("as President", "in the chair")."""
        words = [t.lower_ for t in token.subtree if t.pos_ != "DET"]
        return " ".join(words) in self.lex["presiding_roles"]

    def _about_meeting(self, verb: Token) -> bool:
        """Whether a presiding verb is about the meeting, not a group of people ("a delegation led by X")."""
        governed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if verb.dep_ == "acl":
            governed.append(verb.head)
        return not any(t.lemma_.lower() in self.lex["led_groups"] for t in governed)

    @staticmethod
    def _presiders(verb: Token) -> list[Token]:
        """Who a presiding verb names: its agent, its subjects, or the subjects of the clause it hangs from."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return [agent]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ in {"advcl", "xcomp", "conj"}:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return subjects

    def _person_of(self, phrases: list[Token]) -> int | None:
        """The person the phrases name, by name or by title ("the President"), leaving out
        people only mentioned ("commissioned by X")."""
        if not phrases:
            return None
        people = phrases[0].doc._.mp_people or []
        subtree = [t for phrase in phrases for t in phrase.subtree]
        named = [t._.mp_person for t in subtree if t._.mp_person is not None]
        present = [i for i in named if not people[i].only_mentioned]
        if named:
            return present[0] if present else named[0]
        words = {t.lower_ for t in subtree if t.lower_ in self.lex["titles"]}
        return next((i for i, p in enumerate(people)
                     if p.title is not None and p.title[-1].lower_ in words and not p.only_mentioned), None)

    def _guests(self, doc: Doc, host: Span | None) -> frozenset[int]:
        """People invited from outside the host: named as guests or invited, or from
        another institution ("Chief of X Bureau of Y City" at a university's meeting)."""
        host_words = {t.lower_ for t in host} if host is not None else set()
        guests = set()
        for index, person in enumerate(doc._.mp_people or []):
            cued = any(t.lower_ in self.lex["guest_cues"]
                       for m in person.mentions for t in doc[max(m.sent.start, m.start - 8) : m.start])
            cued |= person.title is not None and any(t.lower_ in self.lex["guest_cues"] for t in person.title)
            body = person.organization
            external = (body is not None and not person.represents_host
                        and any(t.lower_ in self.lex["institution_heads"] or t.ent_type_ == "GPE" for t in body)
                        and not host_words & {t.lower_ for t in body if t.text[:1].isupper()})
            if cued or external:
                guests.add(index)
        return frozenset(guests)

    def __call__(self, doc: Doc) -> Doc:
        noun = self._meeting_noun(doc)
        sentence = noun.sent if noun is not None else None
        prose = self._prose(doc)
        headlines = [s for s in list(doc.sents)[:6] if not s[0]._.mp_debris and not _is_prose(s)]
        sentences = ([sentence] if sentence is not None else []) + prose[:4] + headlines
        venue = self._venue(sentences) or self._dateline_place(prose)
        organizer = self._organizer(doc, noun) or self._owner_of_meeting(noun)
        if organizer is None and not (noun is not None and self._kind(noun) == "talks"):
            organizer = self._salient_organization(doc, sentence)  # talks have two sides, no host
        organizer = self._complete_name(doc, organizer)
        doc._.mp_event = EventFacts(
            title=self._best_title(noun) if noun is not None else None,
            kind=self._kind(noun) if noun is not None else None,
            date=self._from_first_day(self._date(doc, sentence)),
            venue=venue,
            mode=self._mode(doc, venue, noun),
            organizer=organizer,
            chair=self._chair(doc),
            sentence=sentence,
            guests=self._guests(doc, organizer),
        )
        return doc


def _content_words(span: Span) -> set[str]:
    """A name's lower-cased words without function words or punctuation."""
    return {t.lower_ for t in span if not (t.is_punct or t.is_stop)}


def _is_prose(sentence: Span) -> bool:
    """A sentence with closing punctuation and lower-case words, not a headline or a caption."""
    lower_words = any(t.is_alpha and t.is_lower and len(t) > 3 for t in sentence)
    return lower_words and sentence.text.rstrip().endswith((".", '"', "”"))


@Language.factory("meetingparse_event", default_config={"assets": None})
def make_event(nlp: Language, name: str, assets: str | None) -> EventReader:
    """Factory of the event reader."""
    return EventReader(name, assets=assets)
