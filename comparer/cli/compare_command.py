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
    try:
        read = read_inputs(args.inputs)
        with storage.Library.open(args.db) as library:
            articles = [resolve(library, item) for item in read]
    except ComparerError as error:
        print(f"comparer: {error}", file=sys.stderr)
        return 1
    twice = given_twice(articles)
    if twice:
        print(f"comparer: {twice}", file=sys.stderr)
        return 2
    comparison = compare(articles, events=events)
    _print_comparison(comparison, args.format)
    return 0


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
