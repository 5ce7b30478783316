"""The exceptions the engine raises for problems a user can act on.

Each carries a message meant to be shown as it is: one line naming what went wrong.
"""


class ComparerError(Exception):
    """Base of every error the engine reports to a user."""


class ImportFailed(ComparerError):
    """An input could not be imported; the message names the input and says why."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class LibraryError(ComparerError):
    """The library cannot be opened or used (corrupt, newer version, locked)."""


class ExportError(ComparerError):
    """A report or ``.comparer`` file could not be written; the message names the file."""
