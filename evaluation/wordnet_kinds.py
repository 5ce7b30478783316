"""Build `comparer/data/wordnet_kinds.tsv.gz`: what WordNet 3.0 says a noun names.

The Events tab shows the places an event happened in. A capitalised name after "in" or
"near" is often no place ("in Congress", "near Obama"); WordNet's lexicographer files
tell a location (`noun.location`) from a person (`noun.person`) and from anything else,
and its instance pointers (`@i`) tell a named individual ("Paris", "Clinton") from a kind
("city", "sheriff"). Each line is `word<TAB>flags`: `L`, `G`, `P`, `O` for a named
location, a named continent, island, river or mountain, a named person or other
individual; `l`, `r`, `n`, `o` for a kind of location, a role ("sheriff"), a people or
party's members ("Maricopa", "Democrat") or any other kind; `h` when the word's most
frequent sense is a kind of site (a location, an artifact, a natural object). Words are
lower-cased, without dots, underscores read as spaces ("new york", "us"); a name of
several words is kept only when it names a location, the only use the engine makes of it.

Run on a machine with Debian's `wordnet-base` package (read from /usr/share/wordnet):
`python -m evaluation.wordnet_kinds [WORDNET_DIR] [OUT]`. Nothing reads WordNet at run
time but the committed table.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

NOTICE = (
    "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
    "# Derived table: each noun's kinds (location, person, other; named or a kind).\n"
    "# See comparer/data/NOTICE.md for the licence.\n"
)
# Lexicographer files: noun.artifact, noun.location, noun.object (named ones are
# continents, islands, rivers, mountains: places too, though many bear a person's or a
# party's name), noun.person.
ARTIFACT_FILE, LOCATION_FILE, OBJECT_FILE, PERSON_FILE = 6, 15, 17, 18


def _flag(lexfile: int, named: bool, word: str) -> str:
    if named:
        return {LOCATION_FILE: "L", OBJECT_FILE: "G", PERSON_FILE: "P"}.get(lexfile, "O")
    if lexfile == PERSON_FILE:  # a people or party's member is spelt with a capital
        return "n" if word[:1].isupper() else "r"
    return "l" if lexfile == LOCATION_FILE else "o"


def synsets(directory: Path) -> Iterator[tuple[str, str, str, bool]]:
    """Each noun synset's offset with each of its words, its flag (one of ``LGPOlnro``)
    and whether it is a kind of place or thing one can be at (a location, an artifact,
    a natural object: "city", "avenue", "island")."""
    for line in (directory / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        lexfile, word_count = int(fields[1]), int(fields[3], 16)
        words = fields[4 : 4 + 2 * word_count : 2]
        at = 4 + 2 * word_count
        named = "@i" in fields[at + 1 :: 4][: int(fields[at])]
        site = not named and lexfile in (ARTIFACT_FILE, LOCATION_FILE, OBJECT_FILE)
        for word in words:
            yield fields[0], word, _flag(lexfile, named, word), site


def first_senses(directory: Path) -> Iterator[tuple[str, str]]:
    """Each noun lemma with its most frequent sense's offset."""
    for line in (directory / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        fields = line.split()
        yield fields[0], fields[6 + int(fields[3])]


def key(word: str) -> str:
    """A word as the table spells it: lower case, spaces for underscores, no dots."""
    return word.replace("_", " ").replace(".", "").lower()


def table_lines(directory: Path) -> Iterator[str]:
    """The table's lines, in word order; ``h`` marks a word whose most frequent sense is a
    kind of site (the head of "Maricopa County", "Trump Tower", not "Defense Department")."""
    flags: dict[str, set[str]] = defaultdict(set)
    sites = set()
    for offset, word, flag, site in synsets(directory):
        flags[key(word)].add(flag)
        if site:
            sites.add(offset)
    for lemma, offset in first_senses(directory):
        if offset in sites:
            flags[key(lemma)].add("h")
    for word in sorted(flags):
        found = flags[word]
        if " " not in word or found & {"L", "G", "l"}:
            yield f"{word}\t{''.join(sorted(found))}"


def main(argv: list[str]) -> None:
    """Write the table (default: from /usr/share/wordnet into comparer/data)."""
    directory = Path(argv[0] if argv else "/usr/share/wordnet")
    out = Path(argv[1] if len(argv) > 1 else "comparer/data/wordnet_kinds.tsv.gz")
    text = NOTICE + "\n".join(table_lines(directory)) + "\n"
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        handle.write(text.encode())
    print(f"{out}: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
