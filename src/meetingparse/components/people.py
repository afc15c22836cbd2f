"""Find the people of a report: name mentions, titles, and one cluster per person.

Name mentions come from the name reader (``names``), titles and the bodies they
carry from the title reader (``titles``). Short references ("Dean Hu",
"Rogers") join the person introduced with the full name; each person is marked
as only mentioned unless some mention places them at the meeting.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent
from .blocks import block_label
from .marks import mark_person, person_at, text_of
from .names import NameReader, alias_of, ends_line, is_headline, name_key, nickname_of
from .posts import PostSplitter
from .respective import respective_positions
from .titles import TitleReader, conferred_post, labelled_post, subject_post
from .wordclass import WordClasses

PERSON_KEY = "mp_person"


@dataclass
class PersonCluster:
    """Every mention of one person, with the title and body the text gives them."""

    name: Span
    mentions: list[Span]
    title: Span | None = None
    organization: Span | None = None
    represents_host: bool = False
    only_mentioned: bool = True
    absent: bool = False  # a mention says the person stayed away ("sent apologies", "could not attend")
    relayed: bool = False  # a mention only relays them ("as X told Parliament", "the directions given by X")
    name_tokens: tuple[str, ...] = field(default=())

    aliases: list[tuple[str, ...]] = field(default_factory=list)
    plural_title: bool = False  # a title shared by a list ("Vice Presidents A and B"), read in the singular

    def matches(self, tokens: tuple[str, ...]) -> bool:
        """Whether a mention's lower-cased tokens refer to this person."""
        return any(_refers_to(tokens, known) for known in (self.name_tokens, *self.aliases))


def _refers_to(tokens: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a mention's tokens refer to a person named ``name``: the same, a
    single part of it ("Wang"), or its first or last parts ("Golam Sabbir"). A key with no
    words (a hyphen or period the tagger took for a proper noun) refers to nobody."""
    if not tokens or not name:
        return False
    if tokens == name:
        return True
    if len(tokens) == 1:
        return tokens[0] in name
    if len(name) == 1:
        return name[0] in (tokens[0], tokens[-1])
    full, named = _without_initials(tokens), _without_initials(name)
    if len(full) >= 2 and full == named:
        return True  # "Jehangir D. Bharucha" and "Jehangir Bharucha"
    shorter, longer = sorted((tokens, name), key=len)
    return longer[: len(shorter)] == shorter or longer[-len(shorter) :] == shorter


def _without_initials(key: tuple[str, ...]) -> tuple[str, ...]:
    """A name key without its initials ("d.", "r")."""
    return tuple(word for word in key if len(word.rstrip(".")) > 1)


Doc.set_extension("mp_people", default=None, force=True)


def _names_better(mention: Span, name: Span) -> bool:
    """Whether a mention should name its person instead of the current name: prose over
    headlines (where the tags are unreliable), unless the headline's form is a fuller name
    that closes its line ("COUNCIL PRESIDENT GAIL HOSTETTER" over a later "Hostetter") or is
    set off by a comma (a caption's "Ms. Jane Ayikoru, the Executive Director ..."); then the
    longer form, and of two as long, the one without a quoted nickname."""
    if is_headline(mention.sent) != is_headline(name.sent):
        headline, prose = (mention, name) if is_headline(mention.sent) else (name, mention)
        set_off = headline.end < len(headline.doc) and headline.doc[headline.end].text == ","  # a caption's "X, title"
        if _extends(name_key(headline), name_key(prose)) and (ends_line(headline) or set_off
                                                              or _role_closes_line(headline)):
            return headline is mention
        return headline is name
    if len(name_key(mention)) == len(name_key(name)):
        return bool(nickname_of(name)) and not nickname_of(mention)  # "Ramon Villacorta" over 'Ramon "Monching" Villacorta'
    return len(name_key(mention)) > len(name_key(name))


def _role_closes_line(name: Span) -> bool:
    """Whether only a bracketed role follows a name on its line ("Fr. X Y (Chairman)")."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].text != "(":
        return False
    close = next((t.i for t in doc[name.end : min(len(doc), name.end + 8)] if t.text == ")"), None)
    return close is not None and ends_line(doc[close : close + 1])


def _extends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether a name's words begin or end with another's, and hold more."""
    size = len(shorter)
    return len(longer) > size and (longer[:size] == shorter or longer[-size:] == shorter)


class PeopleFinder(RuleComponent):
    """Find person mentions, titles and clusters; set ``doc._.mp_people``."""

    lexicons = ("titles", "fixed_titles", "title_modifiers", "honorifics", "post_nominals", "org_heads", "relay_cues",
                "hold_verbs", "host_references", "venue_words", "place_heads", "relay_verbs", "internal_bodies",
                "name_particles", "org_prefixes", "portfolio_titles", "portfolio_domains",
                "given_name_abbreviations", "kinship_styles", "member_styles", "conferring_verbs", "role_verbs",
                "styles_before_initials", "chair_verbs", "leading_verbs", "people_nouns", "meeting_kinds")
    patterns = ("absence_cues", "absence_cues_before", "absence_labels", "chair_labels", "presence_labels")

    def _load(self, folder: Path) -> None:
        """Load the lexicons and build the readers over them (again on ``from_disk``)."""
        super()._load(folder)
        self.words = WordClasses(self.lex)
        self.titles = TitleReader(self.words)
        self.posts = PostSplitter(self.words, org_heads=self.lex["org_heads"], place_heads=self.lex["place_heads"],
                                  host_references=self.lex["host_references"],
                                  internal_bodies=self.lex["internal_bodies"], place_prefixes=self.lex["org_prefixes"],
                                  portfolio_titles=self.lex["portfolio_titles"],
                                  portfolio_domains=self.lex["portfolio_domains"],
                                  fixed_titles=self.lex["fixed_titles"])
        self.names = NameReader(self.words, org_heads=self.lex["org_heads"], place_heads=self.lex["place_heads"],
                                venue_words=self.lex["venue_words"], particles=self.lex["name_particles"],
                                portfolio_domains=self.lex["portfolio_domains"],
                                presiding_verbs=(self.lex["chair_verbs"] - self.lex["leading_verbs"]
                                                 - self.lex["hold_verbs"]),  # a body hosts, a person chairs
                                chair_labels=self.rx["chair_labels"],
                                title_fronted=self.titles.title_fronted)

    # -- participation ---------------------------------------------------------------------
    def _relays(self, mention: Span) -> bool:
        """A mention that relays someone rather than placing them at the meeting:
        "X's important speech", "the spirit of X", "the address X gave",
        "as X has pointed out", "commissioned by X"."""
        doc = mention.doc
        cues = self.lex["relay_cues"]
        after = doc[mention.end : min(mention.end + 4, mention.sent.end)]
        if len(after) >= 2 and after[0].lower_ in {"'s", "’s"} and any(t.lower_ in cues for t in after[1:]):
            return True
        before = doc[max(mention.sent.start, mention.start - 6) : mention.start]
        words = [t.lower_ for t in before]
        last_of = max((i for i, w in enumerate(words) if w == "of"), default=None)
        if last_of is not None and any(w in cues for w in words[:last_of]):
            return True  # "the guidance of the Thought of X": the "of" nearest the name
        return self._in_relayed_clause(mention.root)

    def _absent(self, mention: Span) -> bool:
        """A name followed or preceded, within its sentence, by words that place the person away
        ("was an apology", "who could not attend", "apologies were received from"), or listed
        under a minutes label that does ("Apologies:", "ABSENT WITH APOLOGY")."""
        text = text_of(mention.doc)
        following = text[mention.end_char : min(mention.sent.end_char, mention.end_char + 120)]
        preceding = text[max(mention.sent.start_char, mention.start_char - 80) : mention.start_char]
        label = block_label(text, mention.start_char)
        return any(rx.search(following) for rx in self.rx["absence_cues"]) or any(
            rx.search(preceding) for rx in self.rx["absence_cues_before"]) or any(
            rx.match(label) for rx in self.rx["absence_labels"])

    def _after_minutes_label(self, mention: Span) -> bool:
        """Whether a name stands on a line a chair's, an attendance or a post's label opens ("In
        the Chair: His Worship the Mayor, Cr X", "In attendance: Mr Paul Lake (Clerk)",
        "Treasurer: Erlinda Bautista"): a field of the minutes, not a headline's words."""
        text = text_of(mention.doc)
        line = text[text.rfind("\n", 0, mention.start_char) + 1 : mention.start_char]
        indent = len(line) - len(line.lstrip())
        return any(rx.match(line, indent) for rx in self.rx["chair_labels"] + self.rx["presence_labels"]) or (
            labelled_post(mention, self.words) is not None)

    def _in_relayed_clause(self, token: Token) -> bool:
        """Whether a name is the subject or agent of a clause that relays someone absent,
        or stands in apposition to one ("As the Minister, X, told Parliament last year")."""
        if token.dep_ == "appos":
            token = token.head
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            verb = token.head.head
        elif token.dep_ in {"nsubj", "nsubjpass"}:
            verb = token.head
        else:
            return False
        if verb.lemma_.lower() in self.lex["relay_verbs"]:
            return True
        if verb.dep_ in {"relcl", "acl"} and verb.head.lemma_.lower() in self.lex["relay_cues"]:
            return True
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or _opens_as_clause(token, verb)

    def _only_a_style(self, title: Span) -> bool:
        """A title that is only a form of address ("Prof.", "Dr", "Councillor"): the post, where
        another mention gives one, is the person's title."""
        return all(t.is_punct or self.words.is_honorific(t) or self.words.is_member_style(t) for t in title)

    # -- the component ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        mentions = self.names.mentions(doc)
        clusters: list[PersonCluster] = []
        by_word: dict[str, set[int]] = {}
        by_end = {mention.end: mention for mention in mentions}
        for mention in mentions:
            key = name_key(mention)
            owner = alias_of(mention, by_end)
            if owner is not None:
                index = person_at(owner[0])  # marked when the owner's own mention was read
                if index is not None:
                    clusters[index].aliases.append(key)
            else:
                index = next(iter(_matching(clusters, by_word, key)), None)
            if index is None:
                index = len(clusters)
                clusters.append(PersonCluster(name=mention, mentions=[], name_tokens=key))
            elif owner is None and _names_better(mention, clusters[index].name):
                clusters[index].name, clusters[index].name_tokens = mention, key
            for word in key:
                by_word.setdefault(word, set()).add(index)
            clusters[index].mentions.append(mention)
            for token in mention:
                mark_person(token, index)
        for cluster in clusters:
            for mention in cluster.mentions:
                away, relayed = self._absent(mention), self._relays(mention)
                if not (away or relayed) and (not is_headline(mention.sent) or self._after_minutes_label(mention)):
                    cluster.only_mentioned = False
                cluster.absent = cluster.absent or away
                cluster.relayed = cluster.relayed or relayed
                short = cluster.title is not None and _initialism(cluster.title)
                if cluster.title is None or self._only_a_style(cluster.title) or short:  # "Prof.", "DP" wait for a post
                    phrase = (self.titles.title_after(mention) or self.titles.title_in_column(mention)
                              or conferred_post(mention, self.words) or self.titles.title_fronted(mention)
                              or self.titles.title_before(mention) or subject_post(mention, self.words)
                              or labelled_post(mention, self.words))
                    if phrase is not None and (cluster.title is None or not self._only_a_style(phrase)) and (
                            not short or _spells_out(cluster.title, phrase)):
                        cluster.title, cluster.organization, cluster.represents_host = self.posts.split_title(phrase)
        for cluster in clusters:
            if cluster.organization is None and not cluster.represents_host:
                cluster.organization = next(filter(None, (self.posts.organization_after(m) or self.posts.body_beside(m)
                                                          for m in cluster.mentions)), None)
        for index, (title, body) in respective_positions(doc, self.words).items():
            clusters[index].title, clusters[index].organization = title, body
            clusters[index].represents_host = False
        for cluster in clusters:
            cluster.plural_title = cluster.title is not None and self.words.is_plural_position(cluster.title[-1]) \
                and not _ends_in_its_body(cluster.title)
        doc.spans[PERSON_KEY] = mentions
        doc._.mp_people = clusters
        doc.user_data[_WORDS] = {word: sorted(indexes) for word, indexes in by_word.items()}
        return doc


_WORDS = "mp_person_words"  # each word of a person's names -> the indexes of the people it names


def _matching(people: Sequence[PersonCluster], by_word: Mapping[str, Collection[int]], key: tuple[str, ...]) -> list[int]:
    """The indexes, in order, of the people a name key refers to. Only people who share a word
    with it can (see ``_refers_to``): comparing with every person costs the square of the
    people on a page that names thousands."""
    candidates = sorted({i for word in key for i in by_word.get(word, ())})
    return [i for i in candidates if people[i].matches(key)]


def person_named(token: Token, people: Sequence[PersonCluster]) -> int | None:
    """The person a proper noun names, by its mention tag or, when this component left it
    untagged ("Wang", "Cui yaya", "by Noor"), by its name alone where only one person fits."""
    if person_at(token) is not None:
        return person_at(token)
    if token.pos_ != "PROPN":
        return None
    name = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
    for start in dict.fromkeys((name[0].i, token.i)):  # "Cui yaya", else the surname of "Cllr Grealish"
        key = name_key(token.doc[start : token.i + 1])
        found = _matching(people, token.doc.user_data.get(_WORDS, {}), key)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _opens_as_clause(subject: Token, verb: Token) -> bool:
    """"As the Minister, X, told Parliament last year, ...": a sentence that opens with "As"
    before the subject, the verb's clause closed by a comma (the parser may miss the "as" mark)."""
    sentence = verb.sent
    first = next((t for t in sentence if not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ != "as" or first.i >= subject.i:
        return False
    return any(t.text == "," for t in verb.doc[verb.i + 1 : sentence.end])


def _initialism(title: Span | None) -> bool:
    """A post written as its initials alone ("DP", "PM", "VP")."""
    return title is not None and len(title) == 1 and title[0].is_upper and title[0].is_alpha and 2 <= len(title[0]) <= 4


def _spells_out(short: Span | None, title: Span) -> bool:
    """Whether a post's words begin with the letters of an initialism ("Deputy President" for
    "DP", "Vice-President" for "VP", "Prime Minister of X" for "PM")."""
    if short is None:
        return False
    words = [w for w in re.split(r"[\s-]+", title.text) if w[:1].isupper()]
    letters = short.text
    return len(words) >= len(letters) and "".join(w[0] for w in words[: len(letters)]) == letters


def _ends_in_its_body(title: Span) -> bool:
    """A title whose plural last word names the body its post is of ("Chairman of the Board of
    Directors", "Chair of Governors"), not a post shared by several people."""
    return any(t.lower_ == "of" for t in title)


@Language.factory("meetingparse_people", default_config={"assets": None})
def make_people(nlp: Language, name: str, assets: str | None) -> PeopleFinder:
    """Factory of the people finder."""
    return PeopleFinder(name, assets=assets)
