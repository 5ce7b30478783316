"""Every size limit the importers enforce, and the capped ways of reading input.

Limits live in one place so the refusal messages, the tests and the settings agree. Files
are measured before they are read, and reads never take more than the cap plus one byte,
so a huge or endless input costs neither time nor memory.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from comparer.database_files import database_behind, resolved
from comparer.ingest.refusal import Refusal

MAX_FILE_BYTES = 50_000_000
"""Largest file (or fetched body) we accept; news articles are far smaller."""

MAX_UNZIPPED_BYTES = 200_000_000
"""Largest total uncompressed size of a .docx archive."""

MAX_ZIP_RATIO = 200
"""Largest compression ratio of one large .docx member; zip bombs reach thousands."""

ZIP_RATIO_FLOOR = 5_000_000
"""Members smaller than this uncompressed may have any ratio (tiny XML compresses well)."""

MAX_ZIP_MEMBERS = 5_000

MAX_ZIP_PART_BYTES = 10_000_000
"""Largest inflated XML part of a .docx (word/document.xml of a 200-page report is ~5 MB);
python-docx needs about 6 s per 10 MB, so a bigger part is refused before it parses."""

MAX_PDF_PAGES = 500
"""Most pages of a PDF we read; counted from the page tree's root before it is loaded."""

MAX_TEXT_CHARS = 5_000_000
"""Largest extracted text we keep; beyond this the input is not one article."""

MAX_SENTENCES = 50_000
"""Most sentences one article may have (a long report has a few thousand); storing each
is what costs time, so a 5-million-character list of one-line entries is refused."""

CHUNK = 1 << 16


def megabytes(size: int) -> str:
    """A size as people read it in a refusal message."""
    return f"{size / 1_000_000:.0f} MB"


def read_capped_file(path: Path, cap: int = MAX_FILE_BYTES) -> bytes:
    """Read a whole file, refusing before reading if it is larger than ``cap``."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise Refusal("is a folder, not a file")
        if not stat.S_ISREG(status.st_mode):
            # A pipe or device may never end (or block forever on open).
            raise Refusal("is not a regular file")
        database = database_behind(path)
        if database is not None:  # never opened as a plain file: see comparer.database_files
            raise Refusal(_database_refusal(path, database))
        size = status.st_size
        if size > cap:
            raise Refusal(f"file is {megabytes(size)}, over the {megabytes(cap)} limit")
        with path.open("rb") as stream:
            return read_capped_stream(stream, cap)
    except FileNotFoundError:
        raise Refusal("file not found") from None
    except IsADirectoryError:
        raise Refusal("is a folder, not a file") from None
    except PermissionError:
        raise Refusal("permission denied") from None
    except OSError as error:
        raise Refusal(f"cannot be read ({error.strerror or error})") from None
    except ValueError:  # a NUL in the name: no such file can exist
        raise Refusal("file not found") from None


def _database_refusal(path: Path, database: Path) -> str:
    if database == resolved(path):
        return "a database (a Comparer library?), not a document: left unread"
    return f"a file SQLite keeps beside the database {database.name}, not a document: left unread"


def read_capped_stream(stream: IO[bytes], cap: int) -> bytes:
    """Read a stream to its end, refusing as soon as it passes ``cap`` bytes."""
    return read_capped(stream.read, cap, "input")


def read_capped(read: Callable[[int], bytes], cap: int, what: str) -> bytes:
    """Call ``read`` until it returns nothing, refusing once more than ``cap`` bytes came."""
    parts: list[bytes] = []
    total = 0
    while chunk := read(CHUNK):
        total += len(chunk)
        if total > cap:
            raise Refusal(f"{what} is over the {megabytes(cap)} limit")
        parts.append(chunk)
    return b"".join(parts)


def read_zip_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, cap: int) -> bytes:
    """Inflate one archive member, refusing as soon as it passes ``cap`` bytes.

    The sizes in the zip directory are whatever the file's author wrote there, so the
    count is of bytes actually inflated, a chunk at a time.
    """
    try:
        with archive.open(member) as stream:
            return read_capped_stream(stream, cap)
    except Refusal:
        raise Refusal(f"{member.filename} inflates past {megabytes(cap)}; too large") from None
