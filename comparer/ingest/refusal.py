"""The one internal exception importers raise when an input cannot become an article.

Readers deep inside the importers know *why* an input is unusable but not what the user
called it; they raise :class:`Refusal` with the reason, and the public entry points turn it
into a one-line :class:`comparer.errors.ImportFailed` naming the input.
"""

from __future__ import annotations

from comparer.errors import ImportFailed
from comparer.importing_inputs import printable


class Refusal(Exception):
    """An input is unusable; the single argument is the reason, in a few words."""

    @property
    def reason(self) -> str:
        return str(self.args[0]) if self.args else "unreadable input"


def import_failed(source: str, reason: str) -> ImportFailed:
    """The user-facing error: one line naming the input and the reason."""
    return ImportFailed(f"{printable(source)}: {printable(reason)}", printable(reason))
