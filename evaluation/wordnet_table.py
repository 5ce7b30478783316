"""Build `comparer/data/wordnet.tsv.gz`, the engine's compact copy of WordNet 3.0.

The engine reads words' senses to see that "arrested" and "apprehended", or "pledged" and
"promised", name one act. It ships only what that needs: each single-word lemma's most
frequent senses, the direct hypernyms of those senses, and the irregular forms. Glosses,
examples and multi-word lemmas stay out, which keeps the file under a megabyte.

Run on a machine with Debian's `wordnet-base` package (read from /usr/share/wordnet):
`python -m evaluation.wordnet_table [WORDNET_DIR] [OUT]`. This runs once, by a developer;
nothing reads WordNet at run time but the committed table.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from pathlib import Path

POSES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
TOP_SENSES = 3
NOTICE = (
    "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
    "# Derived table: single-word lemmas' first senses, their hypernyms, irregular forms.\n"
    "# See comparer/data/NOTICE.md for the licence.\n"
)


def index_rows(directory: Path, pos: str) -> Iterator[tuple[str, list[str]]]:
    """Each single-word lemma of one part of speech with its senses, most frequent first."""
    letter = POSES[pos]
    for line in (directory / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        fields = line.split()
        lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        if "_" in lemma or not lemma.replace("-", "").isalpha():
            continue
        offsets = fields[6 + pointer_count : 6 + pointer_count + synset_count]
        yield lemma, [letter + offset for offset in offsets[:TOP_SENSES]]


def hypernyms(directory: Path, pos: str) -> Iterator[tuple[str, list[str]]]:
    """Each synset of one part of speech with its direct hypernyms (`@` and `@i`)."""
    letter = POSES[pos]
    for line in (directory / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        word_count = int(fields[3], 16)
        at = 4 + 2 * word_count
        pointers = int(fields[at])
        parents = [
            POSES_BY_LETTER[fields[at + 3 + 4 * i]] + fields[at + 2 + 4 * i]
            for i in range(pointers)
            if fields[at + 1 + 4 * i] in ("@", "@i")
        ]
        if parents:
            yield letter + fields[0], parents


POSES_BY_LETTER = {"n": "n", "v": "v", "a": "a", "s": "a", "r": "r"}


def exceptions(directory: Path) -> Iterator[tuple[str, list[str]]]:
    """Irregular forms and the lemmas they belong to ("went" → "go")."""
    for pos in POSES:
        for line in (directory / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            form, *lemmas = line.split()
            if "_" not in form and lemmas:
                yield form, [lemma for lemma in lemmas if "_" not in lemma]


def table_lines(directory: Path) -> Iterator[str]:
    """The table's lines: `L lemma senses`, `H synset parents`, `E form lemmas`."""
    senses: dict[str, list[str]] = {}
    for pos in POSES:
        for lemma, ids in index_rows(directory, pos):
            senses.setdefault(lemma, []).extend(ids)
    used = {synset for ids in senses.values() for synset in ids}
    for lemma in sorted(senses):
        yield f"L\t{lemma}\t{' '.join(senses[lemma])}"
    for pos in POSES:
        for synset, parents in hypernyms(directory, pos):
            if synset in used:
                yield f"H\t{synset}\t{' '.join(parents)}"
    for form, lemmas in exceptions(directory):
        if lemmas:
            yield f"E\t{form}\t{' '.join(lemmas)}"


def write_table(notice: str, lines: Iterator[str], out: Path) -> None:
    """Write a notice and table lines gzipped without a time stamp (the same bytes on every
    build), and say the file's size; the kinds table (:mod:`evaluation.wordnet_kinds`) too."""
    text = notice + "\n".join(lines) + "\n"
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        handle.write(text.encode())
    print(f"{out}: {out.stat().st_size:,} bytes")


def main(argv: list[str]) -> None:
    directory = Path(argv[0] if argv else "/usr/share/wordnet")
    out = Path(argv[1] if len(argv) > 1 else "comparer/data/wordnet.tsv.gz")
    write_table(NOTICE, table_lines(directory), out)


if __name__ == "__main__":
    main(sys.argv[1:])
