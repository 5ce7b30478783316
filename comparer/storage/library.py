"""The article library: store imported articles, list, fetch, search and remove them.

A :class:`Library` wraps one database (a SQLite file by default, any SQLAlchemy URL
otherwise). Every change is one transaction, so a crash or a second running copy of
Comparer can never leave half an article behind. Originals are kept byte for byte but
read only by :meth:`Library.original`, never by listing or fetching.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from comparer.database_files import companion_of
from comparer.errors import LibraryError
from comparer.model import Article, ArticleSummary, ArticleText, Extracted, SearchHit
from comparer.storage import bulk, edits, health, records, schema, search
from comparer.storage.database import WRITE, is_writable, open_engine, sqlite_file, to_url
from comparer.storage.location import default_library_location
from comparer.storage.models import ArticleRow, OriginalRow, RemovedRow, SentenceRow, row_ids


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Library.add` did: the article's id, and whether it was new."""

    article_id: int
    created: bool


class Library:
    """A store of articles; open with :meth:`open`, close (or use ``with``) when done."""

    def __init__(self, url: URL) -> None:
        """Open the database at ``url``, whose schema must already be current."""
        self._url = url
        self._engine = open_engine(url)
        self.row_ids = row_ids(self._engine.dialect.name)
        """Every id a row of this library can have (see :func:`.models.row_ids`)."""
        self._file = _file_identity(self.path)

    @classmethod
    def open(cls, target: str | Path | None = None) -> Library:
        """Open (creating or upgrading as needed) the library at a path or URL.

        ``None`` means the default location (:func:`default_library_location`).
        """
        url = to_url(default_library_location() if target is None else target)
        path = sqlite_file(url)
        if path is not None:
            _make_folder(path.parent)
            if path.is_dir():
                raise LibraryError(f"{path} is a folder: give the library file inside it")
            beside = companion_of(path)  # opened as a database, it would drop the locks on it
            if beside is not None:
                raise LibraryError(f"{path} is a file SQLite keeps beside {beside}: give that")
        revision = schema.check_readable(url)
        library = cls(url)
        if revision == schema.HEAD_REVISION:
            return library
        try:
            schema.upgrade(library._engine, url)
        except BaseException:
            library.close()
            raise
        if library._file is None:  # the file the upgrade just made is the one to keep
            library._file = _file_identity(path)
        return library

    @classmethod
    def open_existing(cls, target: str | Path) -> Library:
        """Open the library at a path or URL like :meth:`open`, but never create one.

        For background work on the library a window has open: a file gone since (moved,
        deleted, its drive unmounted) is refused in one line instead of made anew, empty.
        """
        path = sqlite_file(to_url(target))
        if path is not None and not path.is_file():
            raise LibraryError(health.gone(str(path)))
        return cls.open(target)

    @property
    def path(self) -> Path | None:
        """The library file, or None when the library is not a SQLite file."""
        return sqlite_file(self._url)

    @property
    def read_only(self) -> bool:
        """True when this process can read the library but not write it."""
        path = self.path
        return path is not None and not is_writable(path)

    def check_writable(self) -> None:
        """Refuse, with one line, a library that is gone, read-only or damaged, before a write.

        A file gone while open (deleted, moved, its drive unmounted) is refused with a
        ``stat``: SQLite would otherwise write into the deleted file, lost at close, or
        make a new, empty library in its place.
        """
        path = self.path
        if path is None:
            return
        if not path.is_file():
            raise LibraryError(health.gone_before_writing(str(path)))
        if not is_writable(path):
            raise LibraryError(health.read_only(str(path)))
        self._check_same_file(path)
        health.check_before_writing(self._engine, path)

    def _check_same_file(self, path: Path) -> None:
        """Refuse a write when another file took the library's place since it was opened
        (a backup copied over it): this process's connections still write into the old,
        unlinked file, and whatever they saved would be lost at close."""
        now = _file_identity(path)
        if self._file is None:
            self._file = now  # the file SQLite made when it first connected
        elif now is not None and now != self._file:
            raise LibraryError(health.replaced_before_writing(str(path)))

    @property
    def url(self) -> str:
        """The library's SQLAlchemy URL, complete, so another thread or process can open it."""
        return self._url.render_as_string(hide_password=False)

    def add(self, extracted: Extracted) -> AddResult:
        """Store an article; one already stored with the same content hash is not repeated."""
        with self._writing() as session:
            result = add_article(session, extracted)
            session.commit()
            return result

    def add_many(self, batch: Sequence[Extracted]) -> builtins.list[AddResult]:
        """Store a batch of articles in one transaction: the fast path for bulk imports.

        Same rules as :meth:`add` (an article whose content hash is stored, or that came
        earlier in the batch, is not repeated); results are in the order given. All of the
        batch is stored or, should the database fail, none of it.
        """
        if not batch:
            return []
        with self._writing() as session:
            results = bulk.add_many(session.connection(), batch)
            session.commit()
        return [AddResult(article_id, created) for article_id, created in results]

    def get(self, article_id: int, *, sentences: bool = True) -> Article:
        """The stored article with this id; ``sentences=False`` leaves its sentences out, for
        a reader who only shows the text (a 5 MB article's 3,786 take ~120 ms to load)."""
        self._check_id(article_id)
        with self._reading() as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                raise LibraryError(f"no article {article_id}")
            removed = session.scalars(
                select(RemovedRow)
                .where(RemovedRow.article_id == article_id)
                .order_by(RemovedRow.ordinal)
            ).all()
            numbered = select(SentenceRow).where(SentenceRow.article_id == article_id)
            split = (
                session.scalars(numbered.order_by(SentenceRow.number)).all() if sentences else ()
            )
            return records.to_article(row, removed, split)

    def changed(self, articles: Sequence[Article]) -> builtins.list[int]:
        """The ids of ``articles`` that the library now holds otherwise (details, text or
        removed blocks edited by another window or ``comparer edit``), in their order.

        One read of the articles' rows and removed blocks, not of their sentences: those are
        only ever rewritten with the text. An article no longer stored is left out.
        """
        ids = self.row_ids
        by_id = {
            a.id: replace(a, sentences=()) for a in articles if a.id is not None and a.id in ids
        }
        if not by_id:
            return []
        with self._reading() as session:
            rows = session.scalars(select(ArticleRow).where(ArticleRow.id.in_(by_id))).all()
            blocks: dict[int, builtins.list[RemovedRow]] = {i: [] for i in by_id}
            for block in session.scalars(
                select(RemovedRow)
                .where(RemovedRow.article_id.in_(by_id))
                .order_by(RemovedRow.article_id, RemovedRow.ordinal)
            ):
                blocks[block.article_id].append(block)
            stored = {row.id: records.to_article(row, blocks[row.id], ()) for row in rows}
        return [i for i, article in by_id.items() if stored.get(i, article) != article]

    def missing(self, article_ids: Iterable[int]) -> builtins.list[int]:
        """Which of ``article_ids`` the library no longer holds (removed by another window
        or ``comparer remove`` since they were read), in their order; one read of ids."""
        wanted = builtins.list(dict.fromkeys(article_ids))
        storable = [i for i in wanted if i in self.row_ids]
        with self._reading() as session:
            held = set(session.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(storable))))
        return [i for i in wanted if i not in held]

    def original(self, article_id: int) -> bytes:
        """The bytes of the file the article was imported from."""
        self._check_id(article_id)
        with self._reading() as session:
            data = session.scalar(
                select(OriginalRow.data).where(OriginalRow.article_id == article_id)
            )
        if data is None:
            raise LibraryError(f"no article {article_id}")
        return bytes(data)

    def find_by_hash(self, content_hash: str) -> int | None:
        """The id of the article with this content hash, if it is stored."""
        with self._reading() as session:
            return _id_for_hash(session, content_hash)

    def list(self) -> builtins.list[ArticleSummary]:
        """Every article, oldest import first."""
        statement = select(*records.SUMMARY_COLUMNS).order_by(ArticleRow.imported_at, ArticleRow.id)
        with self._reading() as session:
            return [records.to_summary(row) for row in session.execute(statement)]

    def search(self, query: str, limit: int = 50) -> builtins.list[SearchHit]:
        """Articles containing every word of ``query``, best first (see :mod:`.search`)."""
        with self._reading() as session:
            return search.search(session.connection(), query, limit)

    def remove(self, article_id: int) -> bool:
        """Delete an article and all that belongs to it; False if there was none."""
        return bool(self.remove_many([article_id]))

    def remove_many(self, article_ids: Iterable[int]) -> builtins.list[int]:
        """Delete these articles and all that belongs to them in one transaction, all or
        none; the ids that were there to delete."""
        wanted = [i for i in dict.fromkeys(article_ids) if i in self.row_ids]
        if not wanted:
            return []
        with self._writing() as session:
            removed = [i for i in wanted if delete_article(session, i)]
            session.commit()
        return removed

    def edit(self, article_id: int, changes: Mapping[str, str]) -> Article:
        """Correct an article's metadata (see :mod:`.edits`) and return it as it now stands."""
        self._check_id(article_id)
        with self._writing() as session:
            edits.edit_metadata(session, article_id, changes)
            session.commit()
        return self.get(article_id)

    def rewrite_text(self, article_id: int, change: Callable[[Article], ArticleText]) -> Article:
        """Store the text ``change`` rebuilds from the stored article (see :mod:`.edits`).

        ``change`` runs inside the write transaction, so no other writer can slip between
        reading the article and storing the new text.
        """
        self._check_id(article_id)
        with self._writing() as session:
            edits.rewrite_text(session, article_id, change)
            session.commit()
        return self.get(article_id)

    def extracted_values(self, article_id: int) -> dict[str, str]:
        """What import first gave each field of the article that has since been edited."""
        if article_id not in self.row_ids:
            return {}
        with self._reading() as session:
            return edits.extracted_values(session, article_id)

    def close(self) -> None:
        """Release the database; the library must not be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def transaction(self, *, write: bool) -> AbstractContextManager[Session]:
        """A database session on this library for the package's other stores (sessions).

        Use it as a context manager; each block is one transaction (writers call commit).
        """
        return self._writing() if write else self._reading()

    def _check_id(self, article_id: int) -> None:
        if article_id not in self.row_ids:
            raise LibraryError(f"no article {article_id}")

    def _reading(self) -> AbstractContextManager[Session]:
        return _guarded(Session(self._engine), self._where())

    def _writing(self) -> AbstractContextManager[Session]:
        self.check_writable()
        return _guarded(Session(self._engine.execution_options(**WRITE)), self._where())

    def _where(self) -> str:
        path = self.path
        return str(path) if path is not None else self._url.render_as_string(hide_password=True)


@contextmanager
def _guarded(session: Session, where: str) -> Iterator[Session]:
    """``session``, closed on leaving; its database errors reach callers as
    :class:`LibraryError`."""
    try:
        yield session
    except DBAPIError as error:
        raise LibraryError(health.describe(error, where)) from error
    finally:
        session.close()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        problem = f"cannot create the library folder {folder}: {error.strerror}"
        raise LibraryError(problem) from error


def _id_for_hash(session: Session, content_hash: str) -> int | None:
    return session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == content_hash))


def add_article(session: Session, extracted: Extracted) -> AddResult:
    """Add an article inside the caller's transaction, unless its content hash is stored."""
    existing = _id_for_hash(session, extracted.content_hash)
    if existing is not None:
        return AddResult(existing, created=False)
    row = records.article_row(extracted, datetime.now(UTC))
    session.add(row)
    session.flush()
    _add_children(session, row.id, extracted)
    return AddResult(row.id, created=True)


def _add_children(session: Session, article_id: int, extracted: Extracted) -> None:
    session.execute(insert(OriginalRow), [{"article_id": article_id, "data": extracted.original}])
    sentences = records.sentence_values(article_id, extracted.sentences)
    if sentences:
        session.execute(insert(SentenceRow), sentences)
    removed = records.removed_values(article_id, extracted.removed)
    if removed:
        session.execute(insert(RemovedRow), removed)


def delete_article(session: Session, article_id: int) -> bool:
    """Delete an article and all that belongs to it in ``session``'s transaction (the caller
    commits); False if there was none."""
    result = session.execute(delete(ArticleRow).where(ArticleRow.id == article_id))
    return bool(getattr(result, "rowcount", 0))


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    """The device and inode of a library file (a ``stat``: the file is never opened, which
    would drop this process's SQLite locks on it), or None without one."""
    try:
        status = path.stat() if path is not None else None
    except OSError:
        return None
    return None if status is None else (status.st_dev, status.st_ino)
