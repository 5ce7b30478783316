"""How many paragraphs of real reports come back whole from PDFs printed by Chromium.

Six BASIL reports (the first of each of the first six triplets, in folder order) are set in
HTML as a headline and their paragraphs, printed by headless Chromium in one, two and three
columns, with a gap between paragraphs and (``--indent``) typeset with first-line indents and
no gap, and imported as a user's file would be. A paragraph counts when the import holds it
exactly, as one paragraph. Usage::

    PYTHONPATH=$PWD python tools/pdf_paragraphs.py /work/shared/corpora/basil [--indent]

The printouts are made in a temporary folder and not kept: the reports are not ours to ship.
"""

from __future__ import annotations

import argparse
import html
import json
import subprocess
import tempfile
from pathlib import Path

from comparer.ingest import extract_path
from comparer.one_line import tidy

_GAP_STYLE = "p{margin:0 0 0.6em 0}"
_INDENT_STYLE = "p{margin:0;text-indent:2em}"
_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title><style>"
    "body{{font-family:serif;font-size:11pt}} .c{{columns:{columns};column-gap:1.2em}} "
    "{style}</style></head><body><h1>{title}</h1><div class=c>{body}</div></body></html>"
)


def reports(corpus: Path, count: int = 6) -> list[tuple[str, list[str]]]:
    """The headline and paragraphs of the first report of the first ``count`` triplets."""
    found = []
    for folder in sorted(path for path in corpus.iterdir() if path.is_dir())[:count]:
        data = json.loads((folder / "1.json").read_text(encoding="utf-8"))
        paragraphs = [tidy(" ".join(part)) for part in data["body-paragraphs"]]
        found.append((tidy(data["title"]), [p for p in paragraphs if p]))
    return found


def print_pdf(title: str, paragraphs: list[str], columns: int, indent: bool, out: Path) -> Path:
    """``paragraphs`` under ``title`` printed to ``out`` by headless Chromium."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    style = _INDENT_STYLE if indent else _GAP_STYLE
    page = _PAGE.format(title=html.escape(title), columns=columns, style=style, body=body)
    source = out.with_suffix(".html")
    source.write_text(page, encoding="utf-8")
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


def exact(paragraphs: list[str], pdf: Path) -> int:
    """How many of ``paragraphs`` the import of ``pdf`` holds as paragraphs of its own."""
    got = set(extract_path(pdf).text.split("\n\n"))
    return sum(1 for paragraph in paragraphs if paragraph in got)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--indent", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the printouts in this folder")
    args = parser.parse_args()
    found = reports(args.corpus)
    total = sum(len(paragraphs) for _, paragraphs in found)
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        for columns in (1, 2, 3):
            hits = []
            for number, (title, paragraphs) in enumerate(found):
                pdf = folder / f"r{number}_c{columns}{'_i' if args.indent else ''}.pdf"
                if not pdf.exists():
                    print_pdf(title, paragraphs, columns, args.indent, pdf)
                hits.append(exact(paragraphs, pdf))
            print(f"{columns} col: {sum(hits)} of {total} exact {hits}")


if __name__ == "__main__":
    main()
