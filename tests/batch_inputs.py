"""Builders for batch-test inputs: every kind of report file, made in a temporary folder."""

from __future__ import annotations

import html
import io
import json
import tarfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "samples").glob("*.txt"))


def sample(name: str) -> str:
    return (REPO / "samples" / f"{name}.txt").read_text(encoding="utf-8")


def variants(count: int) -> list[str]:
    """``count`` distinct reports: the samples in turn, each with its own closing line."""
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    return [f"{texts[i % len(texts)]}\nReport {i} of the archive.\n" for i in range(count)]


def write_variants(folder: Path, count: int) -> Path:
    """A new folder of ``count`` distinct reports as numbered .txt files, in name order."""
    folder.mkdir()
    for i, text in enumerate(variants(count)):
        (folder / f"{i:03}.txt").write_text(text, encoding="utf-8")
    return folder


def page(text: str, *, charset: str = "utf-8", date: str | None = "2022-05-06",
         title: str = "News", url: str | None = "https://news.example.edu/2022/0506.htm") -> str:
    """An HTML news page around ``text``: navigation, the article, a footer."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    link = f'<link rel="canonical" href="{url}">' if url else ""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{title}</title>{meta}{link}</head><body>"
            '<div class="nav"><a href="/">Home</a> | <a href="/news">News</a></div>'
            f"<article>{paragraphs}</article>"
            '<div class="footer">Copyright 2022 Example University</div></body></html>')


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def write_tgz(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def write_jsonl(path: Path, lines: list[dict | str]) -> Path:
    path.write_text("".join((l if isinstance(l, str) else json.dumps(l)) + "\n" for l in lines), encoding="utf-8")
    return path


def corrupt_member(path: Path, name: str) -> None:
    """Flip bytes inside the compressed data of one zip member, leaving the others intact."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    data = bytearray(path.read_bytes())
    header = info.header_offset
    start = header + 30 + int.from_bytes(data[header + 26:header + 28], "little") \
        + int.from_bytes(data[header + 28:header + 30], "little")
    for offset in range(start + 10, start + 40):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
