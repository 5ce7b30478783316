"""Build `comparer/data/wordnet_kinds.tsv.gz`: what WordNet 3.0 says a noun names.

The Events tab shows the places an event happened in. A capitalised name after "in" or
"near" is often no place ("in Congress", "near Obama"); WordNet's lexicographer files
tell a location (`noun.location`) from a person (`noun.person`) and from anything else,
and its instance pointers (`@i`) tell a named individual ("Paris", "Clinton") from a kind
("city", "sheriff"). Each line is `word<TAB>flags`: `L`, `G`, `P`, `O` for a named
location, a named continent, island, river or mountain, a named person or other
individual; `l`, `r`, `n`, `o` for a kind of location, a role ("sheriff"), a people or
party's members ("Maricopa", "Democrat") or any other kind; `h` when the word's most
frequent sense is a kind of site (a location, a structure, a facility, a road, a
geological formation, a body of water), `a` when any of its senses is a built site. Words are
lower-cased, without dots, underscores read as spaces ("new york", "us"); a name of
several words is kept only when it names a location, the only use the engine makes of it.

Run on a machine with Debian's `wordnet-base` package (read from /usr/share/wordnet):
`python -m evaluation.wordnet_kinds [WORDNET_DIR] [OUT]`. Nothing reads WordNet at run
time but the committed table.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from evaluation.wordnet_table import write_table

NOTICE = (
    "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
    "# Derived table: each noun's kinds (location, person, other; named or a kind).\n"
    "# See comparer/data/NOTICE.md for the licence.\n"
)
# Lexicographer files: noun.location, noun.object (named ones are
# continents, islands, rivers, mountains: places too, though many bear a person's or a
# party's name), noun.person.
LOCATION_FILE, OBJECT_FILE, PERSON_FILE = 15, 17, 18
SITE_ROOTS = frozenset(
    ("00027167", "04341686", "03315023", "04564698", "09287968", "09225146", "09334396")
)
"""Kinds of site: location, structure, facility, way (a road, a street), geological
formation, body of water, land (an island). A word first meaning one of their kinds can
end a place's name."""
BUILT_ROOTS = frozenset(("04341686", "03315023", "04564698"))
"""Built sites (structure, facility, way): "school" is first an institution, also its
building, so "Yuma High School" is a place; "department" has no such sense."""


def _flag(lexfile: int, named: bool, word: str) -> str:
    if named:
        return {LOCATION_FILE: "L", OBJECT_FILE: "G", PERSON_FILE: "P"}.get(lexfile, "O")
    if lexfile == PERSON_FILE:  # a people or party's member is spelt with a capital
        return "n" if word[:1].isupper() else "r"
    return "l" if lexfile == LOCATION_FILE else "o"


def synsets(directory: Path) -> Iterator[tuple[str, str, str, list[str]]]:
    """Each noun synset's offset with each of its words, its flag (one of ``LGPOlnro``)
    and the synset's hypernyms (none for a named one)."""
    for line in (directory / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        lexfile, word_count = int(fields[1]), int(fields[3], 16)
        words = fields[4 : 4 + 2 * word_count : 2]
        at = 4 + 2 * word_count
        pointers = list(zip(fields[at + 1 :: 4], fields[at + 2 :: 4], strict=False))
        pointers = pointers[: int(fields[at])]
        named = any(symbol == "@i" for symbol, _ in pointers)
        parents = [] if named else [offset for symbol, offset in pointers if symbol == "@"]
        for word in words:
            yield fields[0], word, _flag(lexfile, named, word), parents


def _is_site(
    offset: str,
    parents: dict[str, list[str]],
    seen: dict[str, bool],
    roots: frozenset[str] = SITE_ROOTS,
) -> bool:
    """Whether a kind of thing is under one of ``roots`` (``seen`` remembers answers)."""
    if offset not in seen:
        seen[offset] = False  # WordNet's hypernyms form no cycle; this only guards
        seen[offset] = offset in roots or any(
            _is_site(parent, parents, seen, roots) for parent in parents.get(offset, [])
        )
    return seen[offset]


def senses(directory: Path) -> Iterator[tuple[str, list[str]]]:
    """Each noun lemma with its senses' offsets, the most frequent first."""
    for line in (directory / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        fields = line.split()
        yield fields[0], fields[6 + int(fields[3]) :]


def key(word: str) -> str:
    """A word as the table spells it: lower case, spaces for underscores, no dots."""
    return word.replace("_", " ").replace(".", "").lower()


def table_lines(directory: Path) -> Iterator[str]:
    """The table's lines, in word order; ``h`` marks a word whose most frequent sense is a
    kind of site (the head of "Maricopa County", "Trump Tower", not "Defense Department"),
    ``a`` one with any sense a built site (:data:`BUILT_ROOTS`)."""
    flags: dict[str, set[str]] = defaultdict(set)
    parents: dict[str, list[str]] = {}
    for offset, word, flag, hypernyms in synsets(directory):
        flags[key(word)].add(flag)
        parents[offset] = hypernyms
    seen: dict[str, bool] = {}
    built: dict[str, bool] = {}
    for lemma, offsets in senses(directory):
        if parents.get(offsets[0]) and _is_site(offsets[0], parents, seen):
            flags[key(lemma)].add("h")
        if any(_is_site(offset, parents, built, BUILT_ROOTS) for offset in offsets):
            flags[key(lemma)].add("a")
    for word in sorted(flags):
        found = flags[word]
        if " " not in word or found & {"L", "G", "l"}:
            yield f"{word}\t{''.join(sorted(found))}"


def main(argv: list[str]) -> None:
    """Write the table (default: from /usr/share/wordnet into comparer/data)."""
    directory = Path(argv[0] if argv else "/usr/share/wordnet")
    out = Path(argv[1] if len(argv) > 1 else "comparer/data/wordnet_kinds.tsv.gz")
    write_table(NOTICE, table_lines(directory), out)


if __name__ == "__main__":
    main(sys.argv[1:])
