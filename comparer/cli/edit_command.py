"""``comparer edit ID``: correct metadata, and show or put back removed page furniture.

``--title/--outlet/--author/--published/--language``: only the fields given change; an
empty value clears a field. The value import first gave a field is kept by the library and
printed beside the new one (``extracted`` in JSON; see docs/cli.md).

``--removed`` lists the blocks import took out of the text, numbered from 1, with the
reason; ``--keep-removed N`` puts block N back into the text and ``--drop-removed N``
takes it out again. Sessions over the article stay valid (they point at sentences by text)
and compare it afresh when next opened.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from comparer import storage
from comparer.cli.output import print_json
from comparer.model import EDITABLE, Article, ArticleText

if TYPE_CHECKING:
    from comparer.storage import Library

_PREVIEW = 70
_HELP = {
    "title": "the article's headline", "outlet": "the outlet that published it",
    "author": "who wrote it", "published": "the day it was published",
    "language": "its language, as a tag such as en, fr or pt-BR",
}  # fmt: skip
"""Each field's help; an empty value ("") clears a field, as the command's help says."""


def register(commands: Any) -> None:
    """Add the ``edit`` subcommand to the parser."""
    edit = commands.add_parser(
        "edit",
        help="correct an article's details; show or put back removed furniture",
        description="Correct an article's details (an empty value clears one; what import "
        "first read is kept and printed beside it), or list and put back the blocks "
        "import removed as page furniture.",
    )
    edit.add_argument("id", type=int)
    for field in EDITABLE:
        hint = "YYYY-MM-DD" if field == "published" else field.upper()
        edit.add_argument(f"--{field}", metavar=hint, help=_HELP[field])
    edit.add_argument(
        "--removed", action="store_true", help="list the blocks taken out as page furniture"
    )
    edit.add_argument(
        "--keep-removed", metavar="N", type=int, action="append", default=[],
        help="put removed block N back into the text (repeatable)",
    )  # fmt: skip
    edit.add_argument(
        "--drop-removed", metavar="N", type=int, action="append", default=[],
        help="take block N out of the text again (repeatable)",
    )  # fmt: skip
    edit.add_argument("--format", choices=["text", "json"], default="text")
    edit.set_defaults(handler=run_edit)


def run_edit(args: argparse.Namespace) -> int:
    changes = {f: getattr(args, f) for f in EDITABLE if getattr(args, f) is not None}
    blocks = bool(args.keep_removed or args.drop_removed)
    if not (changes or blocks or args.removed):
        print(
            "nothing to edit: give --title, --outlet, --author, --published, --language, "
            "--removed, --keep-removed N or --drop-removed N"
        )
        return 2
    with storage.Library.open(args.db) as library:
        article = library.edit(args.id, changes) if changes else library.get(args.id)
        if blocks:
            article = _put_back(library, article, args.keep_removed, args.drop_removed)
        extracted = library.extracted_values(args.id)
    if args.format == "json":
        print_json({"id": article.id, **_now(article), "extracted": extracted, **_blocks(article)})
        return 0
    for field in changes:
        print(f"#{article.id} {field}: {_now(article)[field]!r} (extracted: {extracted[field]!r})")
    if blocks or args.removed:
        print(removed_listing(article))
    return 0


def _put_back(library: Library, article: Article, keep: list[int], drop: list[int]) -> Article:
    from comparer.ingest.kept import keep_removed  # the importers: only this option needs them

    dropped = {n - 1 for n in drop}

    def change(stored: Article) -> ArticleText:
        now = {n for n, block in enumerate(stored.removed) if block.kept}
        # Asked both ways, putting back wins: nothing the reader may want is lost.
        return keep_removed(stored, (now - dropped) | {n - 1 for n in keep}, dropped)

    return library.rewrite_text(article.id, change)


def _now(article: Article) -> dict[str, str]:
    meta = article.meta
    return {
        "title": meta.title, "outlet": meta.outlet, "author": meta.author,
        "published": meta.published.isoformat() if meta.published else "",
        "language": meta.language,
    }  # fmt: skip


def _blocks(article: Article) -> dict[str, Any]:
    return {
        "removed": [
            {"number": n, "reason": b.reason.value, "kept": b.kept, "text": b.text}
            for n, b in enumerate(article.removed, start=1)
        ]
    }


def removed_listing(article: Article) -> str:
    """The removed blocks of ``article`` for a terminal, one numbered line each."""
    if not article.removed:
        return f"#{article.id}: nothing was removed as page furniture"
    lines = [f"#{article.id}: {len(article.removed)} blocks removed as page furniture"]
    for number, block in enumerate(article.removed, start=1):
        shown = " ".join(block.text.split())
        shown = shown if len(shown) <= _PREVIEW else shown[: _PREVIEW - 1] + "…"
        reason = block.reason.value.replace("_", " ")
        state = "put back" if block.kept else "removed"
        lines.append(f"{number:>3}  {state:<8}  {reason:<17} {shown}")
    return "\n".join(lines)
