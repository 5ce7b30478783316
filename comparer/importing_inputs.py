"""What can be imported, and what became of it: light records shared by CLI and window.

Kept apart from :mod:`comparer.importing` so that the window can name inputs and outcomes
without loading the importers (and their parsers) at start.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from comparer.model import Extracted

# Control characters, C1 controls, line and paragraph separators, bidirectional overrides
# (which can make a terminal show a name reversed), and the lone surrogates Python uses
# for bytes of a file name that are not UTF-8.
_UNPRINTABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
ARTICLE_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".xml"}
    | {".docx", ".pdf", ".eml"}
)
"""The endings of the files a folder's import takes: data files (JSON annotations, images,
a ``.DS_Store``) beside saved articles would otherwise become articles of their own."""


def printable(text: str) -> str:
    """``text`` fit for one terminal line: every unprintable character shown as an escape.

    A file name's undecodable byte 0xFF becomes ``\\xff`` and a newline ``\\n``, so the
    line still names the file unambiguously and prints in any UTF-8 terminal.
    """
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def storable(text: str) -> str:
    """``text`` with undecodable file-name bytes made U+FFFD, so a database can store it."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass(frozen=True, slots=True)
class PastedText:
    """Text the user pasted or dropped, imported as an article of its own."""

    text: str
    html: str = ""
    """The same selection as HTML, when the clipboard offers it (a browser, a word
    processor): its markup tells the article from the page's menus, title and byline."""

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
            return f"failed: {printable(self.input)}: {printable(self.error)}"
        state = "new" if self.created else "already in library"
        title = printable(self.title) or "(untitled)"
        return f"{state}: #{self.article_id} {title} ({printable(self.input)})"


# An input with what reading it gave: the article, or the outcome saying why not.
Read = tuple[ImportInput, Extracted | ImportOutcome]


def article_file(name: str) -> bool:
    """Whether a file found in an imported folder is taken as an article (hidden ones not)."""
    dot = name.rfind(".")
    return not name.startswith(".") and dot > 0 and name[dot:].lower() in ARTICLE_SUFFIXES


@dataclass(frozen=True, slots=True)
class FolderContents:
    """What a folder's import takes (its article files, sorted) and what it passes over."""

    folder: Path
    articles: tuple[Path, ...]
    skipped: tuple[Path, ...]
    """Files that are not articles: data files, images, a library's own database files."""
    hidden: int
    """Hidden files and folders (a name starting with a dot), never looked into."""

    def skipped_line(self) -> str:
        """The one line the command line prints for what was passed over, or ""."""
        if not self.skipped and not self.hidden:
            return ""
        parts = []
        if self.skipped:
            endings = sorted({p.suffix.lower() or "no ending" for p in self.skipped})
            shown = ", ".join(endings[:6]) + (", ..." if len(endings) > 6 else "")
            many = len(self.skipped) > 1
            kind = "files that are not articles" if many else "file that is not an article"
            parts.append(f"{len(self.skipped)} {kind} ({shown})")
        if self.hidden:
            many = self.hidden > 1
            parts.append(f"{self.hidden} hidden {'files or folders' if many else 'file or folder'}")
        where = printable(str(self.folder))
        return f"skipped in {where}: {' and '.join(parts)}; name a file to import it anyway"


def folder_contents(folder: Path) -> FolderContents:
    """The article files in ``folder`` and below, by the one rule every folder import
    follows (CLI and window): article endings only (:data:`ARTICLE_SUFFIXES`), never a
    hidden file or anything in a hidden folder (``.git``, ``.cache``)."""
    articles: list[Path] = []
    skipped: list[Path] = []
    hidden = 0
    for root, folders, files in os.walk(folder):
        hidden += sum(name.startswith(".") for name in folders + files)
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            path = Path(root, name)
            if name.startswith(".") or not path.is_file():
                continue
            (articles if article_file(name) else skipped).append(path)
    return FolderContents(folder, tuple(sorted(articles)), tuple(sorted(skipped)), hidden)
