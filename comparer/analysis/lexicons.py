"""Loading the word lists the framing analysis reads: bundled ones plus a user's own.

Every list is a plain text file in one simple format (``comparer/data/lexicons/*.txt``;
sources and licences are in ``SOURCES.md`` there)::

    # a comment
    [distancing]          <- a section names the category of the lines below it
    so-called
    under the pretext of
    [label]               <- in [label], one line is a family of names for one actor or act,
    ISIS | Daesh | Islamic State      separated by "|", the plainest name first

A user adds entries with a file of their own in the same format, given to
:func:`load_lexicons` or named by the ``COMPARER_LEXICON`` environment variable; its entries
are added to the bundled ones (a line ``-word`` removes a bundled entry of that section).
Categories the engine reads: ``label``, ``loaded``, ``distancing``, ``hedge``, ``booster``,
``emotive``, ``opinion``, ``say.neutral``, ``say.doubt``, ``say.charged``, ``say.endorsing``,
``negative`` (negative evaluative words: a tone, used to rank word choices).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

ENV_VARIABLE = "COMPARER_LEXICON"
CATEGORIES = (
    "label",
    "loaded",
    "distancing",
    "hedge",
    "booster",
    "emotive",
    "opinion",
    "say.neutral",
    "say.doubt",
    "say.charged",
    "say.endorsing",
    "negative",
)


@dataclass(frozen=True, slots=True, eq=False)
class Lexicons:
    """Entries per category (lower-cased, in file order); ``families`` for label swaps.

    Compared and hashed by identity, so caches keyed on it stay cheap.
    """

    terms: tuple[tuple[str, tuple[str, ...]], ...]
    families: tuple[tuple[str, ...], ...]

    def get(self, category: str) -> tuple[str, ...]:
        """The entries of one category (empty if none)."""
        return next((entries for name, entries in self.terms if name == category), ())


def parse(text: str) -> dict[str, list[str]]:
    """The sections of one lexicon file: category -> lines (``-entry`` lines kept as is)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip().lower(), [])
        elif current is not None:
            current.append(" ".join(line.split()))
    return sections


def _merge(into: dict[str, list[str]], extra: dict[str, list[str]]) -> None:
    for category, lines in extra.items():
        target = into.setdefault(category, [])
        present = set(target)
        for line in lines:
            if line.startswith("-") and len(line) > 1:
                drop = line[1:].strip().lower()
                target[:] = [t for t in target if t.lower() != drop]
                present = set(target)
            elif line not in present:
                target.append(line)
                present.add(line)


def _bundled_texts() -> list[str]:
    folder = resources.files("comparer").joinpath("data", "lexicons")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    return [f.read_text(encoding="utf-8") for f in files]


def load_lexicons(extra: Path | None = None) -> Lexicons:
    """The bundled lexicons, plus ``$COMPARER_LEXICON`` and ``extra`` files when given.

    Raises ``OSError`` if a named extra file cannot be read.
    """
    merged: dict[str, list[str]] = {}
    texts = _bundled_texts()
    env = os.environ.get(ENV_VARIABLE)
    for path in (Path(env) if env else None, extra):
        if path is not None:
            texts.append(path.read_text(encoding="utf-8"))
    for text in texts:
        _merge(merged, parse(text))
    families = tuple(
        tuple(name.strip() for name in line.split("|") if name.strip())
        for line in merged.pop("label", [])
    )
    terms = tuple((name, tuple(e.lower() for e in entries)) for name, entries in merged.items())
    return Lexicons(terms=terms, families=families)


@functools.cache
def default_lexicons() -> Lexicons:
    """The lexicons used when none are passed: loaded once, on first use."""
    return load_lexicons()
