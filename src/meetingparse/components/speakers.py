"""Who a reporting verb's subject is: the people a subject names by name, by initials or by
post ("The Chief Executive said"), what "he", "she" and "they" refer to, and the subject the
parser left elsewhere (a shared subject, "who", a gerund after "by", an agent)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from .lexical import singular_forms, verb_in
from .marks import names_person, person_at
from .people import PersonCluster, person_named
from .references import by_initials, by_post, by_post_initials

PRONOUNS = {"he": "one", "she": "one", "they": "many"}


class SpeakerFinder:
    """Resolve the subjects of reporting verbs to people, over the lexicons ``titles`` and
    ``chair_titles``."""

    def __init__(self, lex: Mapping[str, frozenset[str]]) -> None:
        self.lex = lex

    def subject_people(self, subject: Token, people: Sequence[PersonCluster]) -> list[int]:
        """Everyone a subject names ("Pan Lizhi, Ke Lili and Dong Li"), outside its modifiers;
        a title subject's apposed name ("The mayor, Joan Cooper,") when it names no one itself."""
        if (initialled := by_initials(subject, people)) is not None:
            return [initialled]  # "LH asked", even where the model made "LH" a name of its own
        if (abbreviated := by_post_initials(subject, people)) is not None:
            return [abbreviated]  # "The DG said"
        words = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
        if names_person(words) or any(t.pos_ == "PROPN" for t in words):  # else only a title can name one
            found = self._named_in(subject, people)
            if found:
                return found
        if subject.lower_ in self.lex["titles"]:
            event = subject.doc._.mp_event
            holder = by_post(subject, people, event.chair if event is not None else None, self.lex["chair_titles"],
                             self.lex["honorifics"])
            return [holder] if holder is not None else []
        return []

    def _named_in(self, subject: Token, people: Sequence[PersonCluster]) -> list[int]:
        """The people a subject names, outside its modifiers first, then with them."""
        passes = [{"prep", "relcl", "acl", "appos"}, {"prep", "relcl", "acl"}]
        titled = singular_forms(subject.lower_) & self.lex["titles"]
        if titled:
            passes.append(set())  # "The two Pro-vice-chancellors of RU, Prof X and Prof Y, spoke"
        own = person_named(subject, people)
        for skipped in passes:
            blocked = {t.i for head in [subject, *subject.conjuncts] for c in head.children
                       if c.dep_ in skipped and not self._listed_as_apposition(c, own, people) for t in c.subtree}
            if not skipped and subject.tag_ not in {"NNS", "NNPS"}:  # "Member of Parliament Grace Lo said"
                blocked |= _set_off_from(subject)
            found: list[int] = []
            for t in subject.subtree:
                person = None if t.i in blocked else person_named(t, people)
                if person is not None and person not in found:
                    found.append(person)
            if found:
                return found
        return []

    def _listed_as_apposition(self, child: Token, own: int | None, people: Sequence[PersonCluster]) -> bool:
        """A list the parser read as an apposition: "Yang Gang, Tan Zhijun and Yang Shuigen"
        (another person, with names coordinated to it), never "X, the mayor"."""
        if child.dep_ != "appos" or own is None or not child.conjuncts:
            return False
        other = person_named(child, people)
        return other is not None and other != own

    @staticmethod
    def subject(verb: Token) -> Token | None:
        """The verb's subject: the agent of a passive ("the lecture was given by X"), the
        antecedent of "who", or the passive subject of "X was invited to speak"."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            return by
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
            return verb.head
        if subject is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            return SpeakerFinder.subject(verb.head)  # "X closed the workshop and announced that ...": shared
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"} \
                and verb.i > verb.head.i:  # "X seconded the motion, saying ...": a trailing participle's doer
            return SpeakerFinder.subject(verb.head)  # (a fronted one, "Speaking at the meeting, X said", is the verb's)
        if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in {"VERB", "AUX"}:
            return SpeakerFinder.subject(verb.head.head)  # "X opened the day by recalling that ..."
        if subject is None and verb.dep_ == "xcomp":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if subject is None and verb.dep_ == "acl" and verb.doc[verb.i - 1].text == ",":
            head = verb.head.head if verb.head.dep_ == "appos" else verb.head  # "X, a shareholder, enquired about ..."
            if head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"}:
                return head  # "X's Minister, Y, called for ...": a sentence the parser left without its verb
        before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        if subject is None and before is not None and before.pos_ == "PROPN" and before.head == verb:
            subject = before  # "Long said ...", the name parsed as an adverb
        if subject is None and verb.dep_ == "ROOT" and before is not None and before.text == ",":
            subject = _set_off_name(verb)
        return subject

    @staticmethod
    def relayed(verb: Token) -> bool:
        """'As X has pointed out', 'the address X gave': someone else's words, relayed."""
        relative_subject = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)  # "X, who said ..."
        return (verb.dep_ == "relcl" and not relative_subject) or any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)

    def speakers(self, verb: Token, people: Sequence[PersonCluster], last: list[int]) -> list[int]:
        """Who a verb's subject names: a person by name, initials or post; "he" or "she" the
        person the sentence before introduced, else the last speaker; "they" the last speakers."""
        subject = self.subject(verb)
        if subject is None or self.relayed(verb):
            return []
        pronoun = PRONOUNS.get(subject.lower_)
        if pronoun == "one":
            introduced = _introduced_before(subject.sent, people, as_subject=True)
            if introduced is None and not last:  # no one has spoken yet: the one person named just before
                introduced = _introduced_before(subject.sent, people, as_subject=False)
            if introduced is not None:
                return [introduced]
            return last[-1:] if len(last) == 1 else last[:1]
        if pronoun == "many":
            return list(last)
        subjects = [subject] + [c for c in verb.children if c.dep_ == "nsubj" and c != subject]
        found = [p for s in subjects for p in self.subject_people(s, people)]  # "Sun Lei, He Jiayi ... reported"
        return list(dict.fromkeys(found))


def _set_off_name(verb: Token) -> Token | None:
    """The name set off by commas right before a main verb the parser left without a subject,
    past the name's apposition and with no other verb between: "Responding for the Commission,
    X, Head of Unit at Y, said ..." (the parser hung the name on the phrase before)."""
    doc = verb.doc
    for token in reversed(doc[verb.sent.start : verb.i]):
        if token.pos_ in {"VERB", "AUX"}:
            return None
        person = person_at(token)
        if person is None:
            continue
        start = token.i
        while start > verb.sent.start and person_at(doc[start - 1]) == person:
            start -= 1
        return token if start == verb.sent.start or doc[start - 1].text == "," else None
    return None


def _introduced_before(sentence: Span, people: Sequence[PersonCluster], *, as_subject: bool) -> int | None:
    """The one person the sentence before names (``as_subject``: as its subject), in the same
    paragraph: whom "he" or "she" opening the next sentence most likely means ("Dr. X, Associate
    Professor, was the resource person. He analysed ..."; "... a report presented by X. In his
    introduction, he spoke of ...")."""
    doc = sentence.doc
    if sentence.start == 0 or "\n\n" in doc[sentence.start - 1].text_with_ws:
        return None
    before = doc[sentence.start - 1].sent
    subjects = {person_at(t) for t in before if person_at(t) is not None and (_in_main_subject(t) or not as_subject)}
    if len(subjects) != 1:
        return None
    index = subjects.pop()
    return None if index is None or people[index].only_mentioned else index


def _in_main_subject(token: Token) -> bool:
    """Whether a token stands in the subject of its sentence's main verb."""
    while token.dep_ not in {"nsubj", "nsubjpass", "ROOT"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT"


def _set_off_from(head: Token) -> set[int]:
    """The words of a phrase after the first comma that follows its head: a name there is
    apposed or listed, not the one the head's post runs into."""
    comma = next((t.i for t in head.doc[head.i + 1 : head.right_edge.i + 1] if t.text == ","), None)
    return set(range(comma, head.right_edge.i + 1)) if comma is not None else set()


def listed_speakers(sentence: Span, reporting_verbs: frozenset[str]) -> list[int]:
    """The people a sentence lists as the event's speakers, with no words of theirs: "Among those
    who addressed the conference were A, B and C", "Those who spoke were A and B", "Speakers
    included A and B"."""
    for verb in sentence:
        if verb.lemma_ not in {"be", "include"}:
            continue
        arguments = [c for c in verb.children if c.dep_ in {"nsubj", "attr", "dobj"}]
        among = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"
                 for o in c.children if o.dep_ == "pobj"]
        group = next((a for a in arguments + among if _names_the_speakers(a, reporting_verbs)), None)
        listed = next((a for a in arguments if a is not group and person_at(a) is not None), None)
        if group is not None and listed is not None:
            found = [person_at(t) for t in (listed, *listed.conjuncts)]
            return [index for index in dict.fromkeys(found) if index is not None]
    return []


def _names_the_speakers(token: Token, reporting_verbs: frozenset[str]) -> bool:
    """"(the keynote) speakers", or "those who addressed the meeting"."""
    if token.lemma_.lower() == "speaker":
        return True
    return token.lower_ in {"those", "people"} and any(
        c.dep_ == "relcl" and verb_in(c, reporting_verbs) for c in token.children)
