"""The ``session`` subcommands: create, list, show, export and import comparison sessions.

``export --format pdf`` renders the print variant of the HTML report through Qt in a
child process (``python -m ui.report_pdf``), because the engine and its command line never
import Qt. The engine, importers and writers are loaded inside the handlers that need
them, so ``session list`` starts as quickly as ``comparer list``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from comparer import storage
from comparer.cli.compare_command import given_twice, read_inputs, read_twice, resolve_all
from comparer.cli.output import print_json, print_table
from comparer.errors import ComparerError
from comparer.sessions.codec import session_to_json

if TYPE_CHECKING:
    from comparer.sessions.attach import Attached

FORMATS = ("html", "pdf", "csv", "json", "comparer")


def register(commands: Any) -> None:
    """Add ``session`` and its actions to the parser."""
    session = commands.add_parser("session", help="create, list, show, export, import sessions")
    actions = session.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="compare articles and store a new session")
    create.add_argument("name")
    create.add_argument("inputs", nargs="+", metavar="FILE_OR_ID")
    create.set_defaults(handler=run_create)

    lst = actions.add_parser("list", help="list the stored sessions")
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(handler=run_list)

    show = actions.add_parser("show", help="show a session and how its review stands")
    show.add_argument("name", metavar="NAME_OR_ID")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=run_show)

    export = actions.add_parser("export", help="write a report or a .comparer file")
    export.add_argument("name", metavar="NAME_OR_ID")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--relevant-only", action="store_true", help="only relevant differences")
    export.add_argument(
        "--show-minor",
        action="store_true",
        help="HTML/PDF: show the minor findings too (default: as the session was saved)",
    )
    export.set_defaults(handler=run_export)

    imp = actions.add_parser("import", help="import a .comparer file (articles and session)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=run_import)


def run_create(args: argparse.Namespace) -> int:
    from comparer.sessions.attach import begin  # the engine: only comparing commands load it

    if len(args.inputs) < 2:
        print("comparer: a session needs at least two articles", file=sys.stderr)
        return 2
    read = read_inputs(args.inputs)
    twice = read_twice(args.inputs, read)  # refused before the library is made or written
    if twice:
        print(f"comparer: {twice}", file=sys.stderr)
        return 2
    with storage.Library.open(args.db) as library:
        library.check_writable()
        articles = resolve_all(library, read)
        twice = given_twice(articles)
        if twice:
            print(f"comparer: {twice}", file=sys.stderr)
            return 2
        attached = begin(args.name, articles)
        stored = storage.SessionStore(library).create(attached.session)
    count = len(attached.comparison.differences)
    print(f"created: {stored.name} ({len(articles)} articles, {count} differences)")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with storage.Library.open(args.db) as library:
        sessions = storage.SessionStore(library).list()
    if args.format == "json":
        print_json(
            [
                {"id": s.id, "name": s.name, "articles": s.articles, "revision": s.revision,
                 "created": s.created.isoformat(), "modified": s.modified.isoformat()}
                for s in sessions
            ]
        )  # fmt: skip
        return 0
    rows = [[str(s.id), s.modified.strftime("%Y-%m-%d %H:%M"), str(s.articles), s.name]
            for s in sessions]  # fmt: skip
    print_table(["ID", "MODIFIED", "ARTICLES", "NAME"], rows, [6, 16, 8, 80])
    return 0


def _open(library: storage.Library, name: str) -> Attached:
    from comparer.sessions.attach import compare_session

    store = storage.SessionStore(library)
    session = store.find(name)
    return compare_session(session, store.articles(session))


def run_show(args: argparse.Namespace) -> int:
    with storage.Library.open(args.db) as library:
        attached = _open(library, args.name)
    if args.format == "json":
        print_json(_status(attached) | {"session": session_to_json(attached.session)})
    else:
        print(_as_text(attached))
    return 0


def _status(attached: Attached) -> dict[str, Any]:
    states = [s.value for s in attached.states]
    return {
        "name": attached.session.name,
        "revision": attached.session.revision,
        "articles": [c.article.id for c in attached.comparison.articles],
        "differences": len(states),
        "reviewed": {s: states.count(s) for s in ("open", "relevant", "dismissed")},
        "notes": len(attached.session.notes),
        "orphans": len(attached.orphans),
        "engine_changed": attached.engine_changed,
        "result_changed": attached.result_changed,
    }


def _as_text(attached: Attached) -> str:
    status = _status(attached)
    lines = [f"Session: {status['name']} (revision {status['revision']})"]
    for c in attached.comparison.articles:
        lines.append(f"  {c.key}: #{c.article.id} {c.article.meta.title or c.article.source}")
    reviewed = ", ".join(f"{n} {s}" for s, n in status["reviewed"].items())
    lines.append(f"Differences: {status['differences']} ({reviewed})")
    lines.append(f"Notes: {status['notes']}")
    lines.extend(f"  - {n.text}" for n in attached.session_notes())
    if attached.result_changed:
        lines.append("This engine finds a different result from the one reviewed.")
    if attached.orphans:
        lines.append(f"{len(attached.orphans)} decisions or notes no longer match the articles.")
    return "\n".join(lines)


def run_export(args: argparse.Namespace) -> int:
    from comparer.export.bundle import export_session
    from comparer.export.reports import write_report

    output: Path = args.output
    with storage.Library.open(args.db) as library:
        if args.format == "comparer":
            export_session(library, storage.SessionStore(library).find(args.name).name, output)
        else:
            attached = _open(library, args.name)
            # As in the window: the switch the session was saved with, unless asked.
            minor = args.show_minor or attached.session.view.get("minor") is True
            write_report(attached, args.format, output, args.relevant_only, html_to_pdf, minor)
    print(f"written: {output}")
    return 0


def html_to_pdf(html: str, output: Path) -> None:
    """Render ``html`` to a PDF at ``output`` with Qt, in a child process."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "report.html"
        source.write_text(html, encoding="utf-8")
        env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}  # a report needs no screen
        done = subprocess.run(
            [sys.executable, "-m", "ui.report_pdf", str(source), str(output)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1:] or ["no message"]
        raise ComparerError(f"the PDF could not be made: {reason[0]}")


def run_import(args: argparse.Namespace) -> int:
    from comparer.export.bundle import read_bundle, store_bundle  # loads the importers

    bundle = read_bundle(args.file)  # a file refused makes no library at --db
    with storage.Library.open(args.db) as library:
        library.check_writable()
        session = store_bundle(library, bundle)
    print(f"imported: {session.name} ({len(session.articles)} articles)")
    return 0
