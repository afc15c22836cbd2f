"""The shape every meetingparse component shares: rule assets loaded by name,
serialized with the pipeline through ``to_disk`` / ``from_disk``."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import ClassVar

from spacy.tokens import Doc

from ..assets import assets_folder, lexicon, regex_list


class RuleComponent:
    """A pipeline component driven by lexicon and pattern files.

    Subclasses list their ``lexicons`` and ``patterns`` (file stems); the
    files are read from ``assets`` (default: the packaged rule assets) and
    exposed as ``self.lex[name]`` (a set) and ``self.rx[name]`` (regexes).
    """

    lexicons: ClassVar[tuple[str, ...]] = ()
    patterns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, name: str, *, assets: str | None = None) -> None:
        self.name = name
        self._load(assets_folder(assets))

    def _files(self, folder: Path) -> list[Path]:
        return [folder / f"{stem}.txt" for stem in self.lexicons + self.patterns]

    def _load(self, folder: Path) -> None:
        missing = [str(p) for p in self._files(folder) if not p.is_file()]
        if missing:
            raise FileNotFoundError(f"{self.name}: rule assets not found: {', '.join(missing)}")
        self.lex = {stem: lexicon(folder / f"{stem}.txt") for stem in self.lexicons}
        self.rx = {stem: regex_list(folder / f"{stem}.txt") for stem in self.patterns}
        self._folder = folder

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Write this component's rule assets to ``path``."""
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for source in self._files(self._folder):
            shutil.copyfile(source, target / source.name)

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> RuleComponent:
        """Load this component's rule assets from ``path``."""
        self._load(Path(path))
        return self
