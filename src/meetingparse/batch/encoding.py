"""Bytes to text: byte-order mark, then UTF-8, then a declared charset, then detection."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB18030 is a superset of GBK and GB2312: decoding with it never loses a character they encode.
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "gb_2312": "gb18030", "euc_cn": "gb18030",
              "iso8859_1": "cp1252", "latin_1": "cp1252", "ascii": "utf-8"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class UndecodableText(ValueError):
    """Bytes that are binary or in no encoding that can be told."""


def _codec(name: str) -> str | None:
    try:
        canonical = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None
    return _SUPERSETS.get(canonical, canonical)


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of ``data``; ``declared`` is the charset the source itself names, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    if b"\x00" in data:
        raise UndecodableText("binary data (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _codec(declared) if declared else None
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UndecodableText("no text encoding fits these bytes")
    return data.decode(_codec(best.encoding) or best.encoding, errors="strict")
