"""Who comes to the meeting as a guest: people named as guests or invited ("X, who was
present as invited guest"), or from an institution other than the host ("Chief of X Bureau
of Y City" at a university's meeting). Guests are indexes into ``doc._.mp_people``; a
guest titled chairman of another body does not chair this meeting.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from .marks import person_at

_CUE_REACH = 8  # words before a name where "the invited guest" says it
_GUEST_CLAUSE_REACH = 10  # words after a name where "who was present as invited guest" says it


def guests(doc: Doc, host: Span | None, lex: Mapping[str, frozenset[str]]) -> frozenset[int]:
    """People invited from outside the host, over the lexicons ``guest_cues`` and ``institution_heads``."""
    host_words = {t.lower_ for t in host} if host is not None else set()
    found = set()
    for index, person in enumerate(doc._.mp_people or []):
        cued = any(t.lower_ in lex["guest_cues"]
                   for m in person.mentions for t in [*doc[max(m.sent.start, m.start - _CUE_REACH) : m.start],
                                                      *_said_after(m)])
        cued |= person.title is not None and any(t.lower_ in lex["guest_cues"] for t in person.title)
        body = person.organization
        external = (body is not None and not person.represents_host
                    and any(t.lower_ in lex["institution_heads"] or t.ent_type_ == "GPE" for t in body)
                    and not host_words & {t.lower_ for t in body if t.text[:1].isupper()})
        if cued or external:
            found.add(index)
    return frozenset(found)


def _said_after(mention: Span) -> list[Token]:
    """The words of a relative clause after a name, up to the next person ("X, who was
    present as invited guest")."""
    doc = mention.doc
    end = mention.end + 1 if mention.end < mention.sent.end and doc[mention.end].text == "," else mention.end
    if end >= mention.sent.end or doc[end].lower_ not in {"who", "whom"}:
        return []
    words = []
    for token in doc[end : min(end + _GUEST_CLAUSE_REACH, mention.sent.end)]:
        if person_at(token) is not None:
            break
        words.append(token)
    return words
