"""Subcommands that manage the article library: import, list, show, search and remove.

The importers (trafilatura, pypdf, python-docx) are loaded by ``import`` alone, inside its
handler, so ``list``, ``show``, ``search`` and ``remove`` start in a fraction of a second.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from comparer import storage
from comparer.cli.article_json import article_to_json, summary_to_json
from comparer.cli.output import print_json, print_table
from comparer.errors import LibraryError
from comparer.importing_inputs import FolderContents, ImportOutcome, Read, folder_contents
from comparer.model import RAW_DATE, Article
from comparer.quoting import quoted

if TYPE_CHECKING:
    from comparer.storage.in_use import InUse  # SQLAlchemy: `list` must start without it


def register(commands: Any) -> None:
    """Add the library subcommands to the parser."""
    imp = commands.add_parser("import", help="import files, folders or URLs into the library")
    imp.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    imp.set_defaults(handler=run_import)

    lst = commands.add_parser("list", help="list the articles in the library")
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="show one article")
    show.add_argument("id", type=int)
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=run_show)

    search = commands.add_parser("search", help="full-text search over all articles")
    search.add_argument("query")
    search.add_argument("--format", choices=["table", "json"], default="table")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(handler=run_search)

    remove = commands.add_parser("remove", help="remove an article from the library")
    remove.add_argument("id", type=int)
    remove.add_argument(
        "--force",
        action="store_true",
        help="remove it even when saved sessions or a window's unsaved drafts compare it",
    )
    remove.set_defaults(handler=run_remove)


def expand_inputs(inputs: list[str], passed_over: list[FolderContents]) -> Iterator[str]:
    """Inputs as given, with each folder replaced by the article files inside it (sorted),
    by the window's rule; each folder's contents are appended to ``passed_over`` for the
    summary. A file named explicitly is taken whatever its ending."""
    for item in inputs:
        path = Path(item)
        if not item.startswith(("http://", "https://")) and _is_folder(path):
            contents = folder_contents(path)
            passed_over.append(contents)
            yield from (str(p) for p in contents.articles)
        else:
            yield item


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # too long a name: the import says so, on its own line
        return False


def run_import(args: argparse.Namespace) -> int:
    # The importers: only this command needs them.
    from comparer.importing import read_all, store_stream

    folders: list[FolderContents] = []
    reads = read_all(list(expand_inputs(args.inputs, folders)))
    ahead, worth_it = _read_ahead(args.db, reads)
    if worth_it:
        with storage.Library.open(args.db) as library:
            library.check_writable()
            outcomes = _printed(store_stream(library, chain(ahead, reads)))
    else:
        outcomes = _printed(read for _, read in ahead if isinstance(read, ImportOutcome))
    for line in filter(None, (contents.skipped_line() for contents in folders)):
        print(line, flush=True)
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def _printed(outcomes: Iterable[ImportOutcome]) -> list[ImportOutcome]:
    """Each outcome's line, printed as it comes."""
    done = []
    for outcome in outcomes:
        print(outcome.line(), flush=True)
        done.append(outcome)
    return done


def _read_ahead(db: str | None, reads: Iterator[Read]) -> tuple[list[Read], bool]:
    """With no library at ``db`` yet, the inputs read up to the first that reads, and
    whether one did: the library is made only for an article to keep, never left empty by
    a failed import (nor for no input). What was read is stored as read, never fetched
    again; the rest is read as the import goes."""
    location = db if db is not None else storage.default_library_location()
    if storage.missing_library(location) is None:
        return [], True
    ahead = []
    for read in reads:
        ahead.append(read)
        if not isinstance(read[1], ImportOutcome):
            return ahead, True
    return ahead, False


def run_list(args: argparse.Namespace) -> int:
    summaries = storage.list_summaries(args.db)
    if args.format == "json":
        print_json([summary_to_json(s) for s in summaries])
        return 0
    rows = [
        [str(s.id), s.published.isoformat() if s.published else "", s.outlet, s.title]
        for s in summaries
    ]
    print_table(["ID", "PUBLISHED", "OUTLET", "TITLE"], rows, [6, 10, 24, 80])
    return 0


def run_show(args: argparse.Namespace) -> int:
    with storage.Library.open(args.db) as library:
        article = library.get(args.id)
        extracted = library.extracted_values(args.id)
    if args.format == "json":
        print_json({**article_to_json(article), "extracted": extracted})
    else:
        print(article_as_text(article, extracted))
    return 0


def article_as_text(article: Article, extracted: dict[str, str] | None = None) -> str:
    """A readable rendering of an article for a terminal; a field corrected by hand says so
    and what import read (``extracted``: the first value of each edited field)."""
    meta = article.meta
    facts = [
        ("Title", "title", meta.title),
        ("Outlet", "outlet", meta.outlet),
        ("Author", "author", meta.author),
        ("Published", "published", _published(article)),
        ("Language", "language", meta.language),
        ("Dateline", "", meta.dateline),
        ("Source", "", article.source),
        ("Sentences", "", str(len(article.sentences))),
        ("Removed", "", _removed_fact(article)),
    ]
    edited = extracted or {}
    lines = [
        f"{name}: {_corrected(field, value, edited) or value}"
        for name, field, value in facts
        if value or _corrected(field, value, edited)
    ]
    return "\n".join(lines) + f"\n\n{article.text}"


def _published(article: Article) -> str:
    meta = article.meta
    return meta.published.isoformat() if meta.published else meta.published_raw


def _corrected(field: str, value: str, extracted: dict[str, str]) -> str:
    """``value`` said to be corrected, with what import read ("2018-08-13 (corrected; import
    read nothing)", "(cleared; import read “…”)"), or "" if it is what import read."""
    if field not in extracted or value == extracted[field]:
        return ""
    first = extracted[field] or (extracted.get(RAW_DATE, "") if field == "published" else "")
    said = f"import read {quoted(first) if first else 'nothing'}"
    return f"{value} (corrected; {said})" if value else f"(cleared; {said})"


def _removed_fact(article: Article) -> str:
    kept = sum(block.kept for block in article.removed)
    fact = f"{len(article.removed)} blocks of page furniture"
    return f"{fact} ({kept} put back)" if kept else fact


def _refusal(article_id: int, in_use: InUse) -> LibraryError:
    """Saved sessions and drafts need their articles to open: removing one would lock the
    review away."""
    advice = []
    if in_use.saved:
        advice.append(
            "export the session first (session export NAME --format comparer) or delete it"
        )
    if in_use.unsaved:
        advice.append("save or close that work in its window first")
    return LibraryError(
        f"article #{article_id} is compared in {in_use.phrase()}, which could no longer be "
        f"opened without it; {', or '.join(advice)}, or give --force"
    )


def run_search(args: argparse.Namespace) -> int:
    with storage.Library.open(args.db) as library:
        hits = library.search(args.query, limit=args.limit)
    if args.format == "json":
        print_json(
            [
                {"id": h.article_id, "title": h.title, "outlet": h.outlet, "snippet": h.snippet}
                for h in hits
            ]
        )
        return 0
    rows = [[str(h.article_id), h.title, h.snippet] for h in hits]
    print_table(["ID", "TITLE", "SNIPPET"], rows, [6, 40, 90])
    return 0


def run_remove(args: argparse.Namespace) -> int:
    with storage.Library.open(args.db) as library:
        library.check_writable()
        if args.force:
            removed = library.remove(args.id)
        else:
            removed, in_use = storage.SessionStore(library).remove_article(args.id)
            if in_use:
                raise _refusal(args.id, in_use)
    print(f"removed: #{args.id}" if removed else f"no article #{args.id}")
    return 0 if removed else 1
