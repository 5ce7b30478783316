"""What can be imported, and what became of it: light records shared by CLI and window.

Kept apart from :mod:`comparer.importing` so that the window can name inputs and outcomes
without loading the importers (and their parsers) at start.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PastedText:
    """Text the user pasted or dropped, imported as an article of its own."""

    text: str

    def __str__(self) -> str:
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return f"pasted text “{first[:40]}”"


ImportInput = str | PastedText


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What became of one input: its article id, or the reason it failed."""

    input: str
    article_id: int | None
    created: bool
    title: str
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.article_id is not None

    def line(self) -> str:
        """The one-line report the command line prints for this input."""
        if not self.ok:
            return f"failed: {self.input}: {self.error}"
        state = "new" if self.created else "already in library"
        return f"{state}: #{self.article_id} {self.title or '(untitled)'} ({self.input})"
