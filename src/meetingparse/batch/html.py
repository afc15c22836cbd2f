"""A web page's main text, title, address and publication date, through trafilatura."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import Document

from .encoding import decode, html_charset


class NoMainText(ValueError):
    """A page in which the extractor finds no main text."""


@dataclass(frozen=True)
class Page:
    """What a page gives a report: its main text and the metadata around it."""

    text: str
    date: dt.date | None
    title: str | None
    url: str | None


# The page's date only where its markup states it (meta tags, <time>, the address), never a
# year guessed from the body ("by the close of 2016"), which would silently date the meeting.
_STATED_DATES_ONLY = {"extensive_search": False, "original_date": True}


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def extract_page(data: bytes) -> Page:
    """The main text and metadata of an HTML page given as raw bytes."""
    html = decode(data, declared=html_charset(data))
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True, fast=True,
                                           date_extraction_params=_STATED_DATES_ONLY)
    # None when nothing was extracted (a dict only when asked for one)
    if not isinstance(document, Document) or not (text := (document.text or "").strip()):
        raise NoMainText("the page has no main text")
    return Page(text=text, date=_date(document.date), title=document.title or None, url=document.url or None)
