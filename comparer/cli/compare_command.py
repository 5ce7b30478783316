"""The ``compare`` subcommand: import what is new, compare, print JSON, text or HTML.

``--same-event A,C`` says articles report one event, as the window's Events tab does.

The engine, the importers and the writers are loaded when the command runs, not when the
command line is parsed, so other subcommands do not pay for them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from comparer import storage
from comparer.cli.output import print_json
from comparer.errors import ComparerError
from comparer.importing_inputs import printable
from comparer.model import Article, Comparison, EventDecision, Extracted, article_key


def register(commands: Any) -> None:
    """Add the compare subcommand to the parser."""
    cmp = commands.add_parser(
        "compare",
        help="compare articles (files, URLs or library ids) and print the differences",
    )
    cmp.add_argument("inputs", nargs="+", metavar="FILE_OR_ID")
    cmp.add_argument("--format", choices=["json", "text", "html"], default="text")
    cmp.add_argument(
        "--same-event",
        action="append",
        default=[],
        metavar="KEYS",
        help="these articles (keys in input order, e.g. A,C) report one event, whatever "
        "the engine finds; may be given again",
    )
    cmp.set_defaults(handler=run_compare)


def read_inputs(items: list[str]) -> list[int | Extracted]:
    """Each input as a library id, or the article its file, page or text holds: all read
    before the library is opened, so an input that fails leaves a library not made yet
    unmade (a refused command creates nothing). Ids alone load no importer: comparing
    what the library holds starts in a fraction of the time."""
    if all(is_library_id(item) for item in items):
        return [int(item) for item in items]
    from comparer.ingest import extract_any  # the importers, only when a file is given

    return [int(item) if is_library_id(item) else extract_any(item) for item in items]


def resolve(library: storage.Library, read: int | Extracted) -> Article:
    """A library id stays an id; an article read is stored first (or found by its hash)."""
    if isinstance(read, int):
        return library.get(read)
    return library.get(library.add(read).article_id)


def is_library_id(item: str) -> bool:
    """Whether an input names an article of the library (a number that is no file here)."""
    return item.isdigit() and not Path(item).exists()


def same_events(given: list[str], count: int) -> tuple[EventDecision, ...]:
    """The ``--same-event`` options as decisions; a key that names no input is refused."""
    keys = {article_key(i) for i in range(count)}
    decisions = []
    for option in given:
        chosen = tuple(dict.fromkeys(k.strip().upper() for k in option.split(",") if k.strip()))
        unknown = [k for k in chosen if k not in keys]
        if unknown or len(chosen) < 2:
            wrong = f"names no input: {', '.join(unknown)}" if unknown else "needs two keys"
            raise ValueError(f"{option!r} {wrong} (inputs are A to {article_key(count - 1)})")
        decisions.append(EventDecision(chosen))
    return tuple(decisions)


def run_compare(args: argparse.Namespace) -> int:
    from comparer.compare import compare  # the engine: only comparing commands load it

    if len(args.inputs) < 2:
        print("comparer: compare needs at least two articles", file=sys.stderr)
        return 2
    try:
        events = same_events(args.same_event, len(args.inputs))
    except ValueError as error:
        print(f"comparer: --same-event {error}", file=sys.stderr)
        return 2
    articles = _articles(args.db, args.inputs)
    if isinstance(articles, int):
        return articles
    comparison = compare(articles, events=events)
    _print_comparison(comparison, args.format)
    return 0


def _articles(db: str | None, inputs: list[str]) -> list[Article] | int:
    """The articles to compare, or the exit code of the line printed instead. Inputs are
    all read, and refused when one repeats another, before the library is opened: a
    refused compare imports nothing and makes no library."""
    try:
        read = read_inputs(inputs)
        twice = read_twice(inputs, read)
        articles = [] if twice else _stored(db, read)
    except ComparerError as error:
        print(f"comparer: {error}", file=sys.stderr)
        return 1
    twice = twice or given_twice(articles)
    if twice:
        print(f"comparer: {twice}", file=sys.stderr)
        return 2
    return articles


def _stored(db: str | None, read: list[int | Extracted]) -> list[Article]:
    with storage.Library.open(db) as library:
        return resolve_all(library, read)


def resolve_all(library: storage.Library, read: list[int | Extracted]) -> list[Article]:
    """Every input as an article (:func:`resolve`), the ids looked up before any file is
    stored: an unknown id refuses the command with nothing imported."""
    known = {item: library.get(item) for item in read if isinstance(item, int)}
    return [known[item] if isinstance(item, int) else resolve(library, item) for item in read]


def read_twice(inputs: list[str], read: list[int | Extracted]) -> str:
    """The line saying which input repeats another (an id given twice, or two files of the
    same content, which the library would store as one article), or "": told before the
    library is opened. A file already imported as an id given too is :func:`given_twice`'s."""
    seen: dict[int | str, str] = {}
    for item, got in zip(inputs, read, strict=True):
        key = got if isinstance(got, int) else got.content_hash
        if key in seen and isinstance(got, int):
            return f"article #{got} is given twice: compare it with another report"
        if key in seen:
            first, again = printable(seen[key]), printable(item)
            return f"{first} and {again} are the same article: compare it with another report"
        seen[key] = item
    return ""


def given_twice(articles: list[Article]) -> str:
    """The line saying which article was given more than once (as an id, or a file already
    imported), or "": comparing a report with itself finds nothing."""
    seen: set[int | None] = set()
    for article in articles:
        if article.id in seen:
            return f"article #{article.id} is given twice: compare it with another report"
        seen.add(article.id)
    return ""


def _print_comparison(comparison: Comparison, form: str) -> None:
    from comparer.export.html_format import comparison_to_html
    from comparer.export.json_format import comparison_to_json
    from comparer.export.text_format import comparison_to_text

    if form == "json":
        print_json(comparison_to_json(comparison))
    elif form == "html":
        sys.stdout.write(comparison_to_html(comparison))
    else:
        sys.stdout.write(comparison_to_text(comparison))
