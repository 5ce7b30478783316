"""One line a journalist understands for an input that could not be imported.

A web address is shown whole after the reason ("The page was not found (404): https://…"):
the address is what the reader will check. A file is named by its name alone, its folder
kept for a tooltip: a full path pushed the reason off the end of the notice.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class FailureNotice(NamedTuple):
    """The notice's line, and the folder its file was in ('' when it names no file)."""

    line: str
    folder: str = ""


def failure_notice(source: str, reason: str) -> FailureNotice:
    """The notice for ``source`` (a path, a web address, pasted text) failing for ``reason``."""
    if source.lower().startswith(("http://", "https://")):
        return FailureNotice(f"{reason[:1].upper()}{reason[1:]}: {source}")
    path = Path(source)
    if not path.is_absolute():  # pasted text, or a name without a folder
        return FailureNotice(f"Could not import {source}: {reason}")
    return FailureNotice(f"Could not import {path.name}: {reason}", str(path.parent))
