"""The dev page builder writes Dragnet's data in the layout the page evaluation reads."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from evaluation.pages_dragnet import evaluate

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_dev_pages.py"
BODY = " ".join(f"Sentence {n} of the report says the council met on Friday." for n in range(9))
SOURCE = (
    '<html><head><title>Council meets</title><link rel="canonical" '
    'href="http://town.example/2012/07/council-meets"></head><body><nav>Home</nav>'
    f"<article><h1>Council meets</h1><p>{BODY}</p></article></body></html>"
)
# Typed by hand in 2012: the comments marker with a stray space, the file in Windows-1252
GOLD = f"Council meets\n\n{BODY} \u2014 caf\u00e9\n!@#$%^&*() COMMENTS\nGreat post!\n"


def _pack(folder: Path, kind: str, files: dict[str, bytes]) -> None:
    with tarfile.open(folder / f"dragnet_{kind}.tar.gz", "w:gz") as tar:
        for name, data in files.items():
            member = tarfile.TarInfo(f"{kind}/{name}")
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))


def test_dragnet_tarballs_become_pages_the_evaluation_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "dragnet_data"
    source.mkdir()
    _pack(source, "HTML", {"R1.html": SOURCE.encode(), "T2.html": SOURCE.encode()})
    gold = GOLD.encode("cp1252")
    _pack(source, "Corrected", {"R1.html.corrected.txt": gold, "T2.html.corrected.txt": gold})
    (source / "test.txt").write_text("T2\n")
    out = tmp_path / "out"
    command = [sys.executable, str(TOOL), str(out), "--dragnet", str(source)]
    subprocess.run(command, check=True, capture_output=True)
    monkeypatch.setenv("COMPARER_DRAGNET_PAGES", str(out / "dragnet"))
    figures = evaluate(tmp_path / "no-corpora")
    assert figures is not None
    assert figures["pages"] == 2.0 and figures["test_pages"] == 1.0
    assert figures["news_pages"] == 2.0  # the canonical address was found
    assert figures["token_recall"] < 1.0  # "café" is in the gold, not in the page
    expected = gzip.decompress((out / "dragnet" / "R1" / "expected.txt.gz").read_bytes())
    gold_text = expected.decode("utf-8")
    assert "\u2014 caf\u00e9" in gold_text and "Great post" not in gold_text
