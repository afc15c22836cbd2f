"""A web page's main text, title, address and publication date, through trafilatura."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

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


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def extract_page(data: bytes) -> Page:
    """The main text and metadata of an HTML page given as raw bytes."""
    html = decode(data, declared=html_charset(data))
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True, fast=True)
    text = (document.text or "").strip() if document is not None else ""
    if not text:
        raise NoMainText("the page has no main text")
    return Page(text=text, date=_date(document.date), title=document.title or None, url=document.url or None)
