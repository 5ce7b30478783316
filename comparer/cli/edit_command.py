"""``comparer edit ID --title/--outlet/--author/--published/--language``: correct metadata.

Only the fields given change; an empty value clears a field. The value import first gave
a field is kept by the library and printed beside the new one (``extracted`` in JSON; see
docs/cli.md).
"""

from __future__ import annotations

import argparse
from typing import Any

from comparer import storage
from comparer.cli.output import print_json
from comparer.model import EDITABLE


def register(commands: Any) -> None:
    """Add the ``edit`` subcommand to the parser."""
    edit = commands.add_parser("edit", help="correct an article's title, outlet, author, date")
    edit.add_argument("id", type=int)
    for field in EDITABLE:
        hint = "YYYY-MM-DD" if field == "published" else field.upper()
        edit.add_argument(f"--{field}", metavar=hint, help=f"the article's {field}")
    edit.add_argument("--format", choices=["text", "json"], default="text")
    edit.set_defaults(handler=run_edit)


def run_edit(args: argparse.Namespace) -> int:
    changes = {f: getattr(args, f) for f in EDITABLE if getattr(args, f) is not None}
    if not changes:
        print("nothing to edit: give --title, --outlet, --author, --published or --language")
        return 2
    with storage.Library.open(args.db) as library:
        article = library.edit(args.id, changes)
        extracted = library.extracted_values(args.id)
    meta = article.meta
    now = {
        "title": meta.title, "outlet": meta.outlet, "author": meta.author,
        "published": meta.published.isoformat() if meta.published else "",
        "language": meta.language,
    }  # fmt: skip
    if args.format == "json":
        print_json({"id": article.id, **now, "extracted": extracted})
        return 0
    for field in changes:
        print(f"#{article.id} {field}: {now[field]!r} (extracted: {extracted[field]!r})")
    return 0
