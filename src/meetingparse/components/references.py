"""Short references to people a report has named in full: the initials minutes use for them
("SH presented the report" after "Stuart Holloway (CEO)"), a post used in place of a name
("The Chief Executive said", "the Chair thanked the speakers") and its abbreviation ("the DG").

Initials resolve only when exactly one person has them. A post that several people hold
names the one of them named last before it, as a reader would take it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from spacy.tokens import Token

from .people import PersonCluster

# Words before a post that make it another post: "the President" is not the Vice-President.
_OTHER_POST = {"vice", "deputy", "assistant", "associate", "co", "pro", "under", "former"}
_MODIFIERS = {"compound", "amod"}


def initials(person: PersonCluster) -> str:
    """The capitals of a person's name words: "Stuart Holloway" -> "SH"."""
    return "".join(t.text[0] for t in person.name if t.is_alpha and t.text[:1].isupper()).upper()


def by_initials(token: Token, people: Sequence[PersonCluster]) -> int | None:
    """The one person whose initials a token of two or three capitals spells."""
    text = token.text
    if not (2 <= len(text) <= 3 and text.isalpha() and text.isupper()):
        return None
    found = [i for i, person in enumerate(people) if len(person.name_tokens) >= 2 and initials(person) == text]
    return found[0] if len(found) == 1 else None


def by_post_initials(token: Token, people: Sequence[PersonCluster]) -> int | None:
    """The one person whose post a token of two to four capitals abbreviates ("The DG said"
    after "Director-General Sione Vea", "the PS" for a Permanent Secretary)."""
    text = token.text
    if not (2 <= len(text) <= 4 and text.isalpha() and text.isupper()):
        return None
    found = [i for i, person in enumerate(people) if person.title is not None
             and "".join(w[0] for w in own_post_words(person.title.text)).upper() == text]
    return found[0] if len(found) == 1 else None


def _post_words(text: str) -> list[str]:
    return text.lower().replace("-", " ").split()


def own_post_words(title: str) -> list[str]:
    """The words of a title's own post, lower case, before any "of", "to" or "for" ("President
    of the Council" -> president; "Secretary to the Mayor" holds no mayor's post)."""
    words = _post_words(title)
    return words[: next((i for i, w in enumerate(words) if w in {"of", "to", "for"}), len(words))]


def holds_post(person: PersonCluster, post: Sequence[str]) -> bool:
    """Whether a person's title (before any "of", "to" or "for ...") is the post, or ends with it after words
    that do not make it another post ("Interim Chief Executive" holds "chief executive",
    "President of the Council" holds "president"; "Vice-Chair" does not hold "chair")."""
    if person.title is None:
        return False
    words = own_post_words(re.split(r"[(,]", person.title.text)[0])  # "Deputy Vice Chancellor (Administration)"
    size = len(post)
    if len(words) < size or words[-size:] != list(post):
        return False
    return not (set(words[:-size]) & _OTHER_POST)


def by_post(subject: Token, people: Sequence[PersonCluster], chair: int | None = None,
            chair_posts: Collection[str] = (), honorifics: Collection[str] = ()) -> int | None:
    """The person a post names as a subject ("The Chief Executive said", "The Hon. Minister
    said", past its ``honorifics``): the meeting's chair for a chair's post (when ``chair`` is
    known), else the one person who holds it."""
    if any(c.dep_ in {"det", "poss"} and c.lower_ != "the" for c in subject.children):
        return None  # "a director", "our treasurer": not one known person
    modifiers = [c for c in subject.lefts if c.dep_ in _MODIFIERS
                 and c.lower_ not in honorifics and c.lower_.rstrip(".") not in honorifics]
    post = tuple(_post_words(" ".join([*(t.text for t in modifiers), subject.text])))
    if " ".join(post) in chair_posts and chair is not None:
        return chair
    holders = [i for i, person in enumerate(people) if holds_post(person, post)]
    return holders[0] if len(holders) == 1 else _last_named(holders, people, subject.i)


def _last_named(candidates: Sequence[int], people: Sequence[PersonCluster], before: int) -> int | None:
    """Of several people a reference could mean, the one named last before it."""
    last = {i: max((m.start for m in people[i].mentions if m.start < before), default=-1) for i in candidates}
    nearest = max(last, key=last.__getitem__, default=None)
    return nearest if nearest is not None and last[nearest] >= 0 else None
