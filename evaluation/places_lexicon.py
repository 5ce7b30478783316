"""Rebuild ``comparer/data/places_sy.tsv`` from the GeoNames Syrian alternate-names file.

Run ``python -m evaluation.places_lexicon LEXICON_JSON OUT_TSV``. It keeps Latin-script
spellings that start like the place's own name (so codes such as "DAM" and unrelated
historic names such as "Berea" stay out) and drops spellings two places share. The data is
GeoNames, CC BY 4.0: the NOTICE next to the output file carries the attribution.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from comparer.align.normalise import name_key, strip_accents

_LATIN = re.compile(r"^[A-Za-z][A-Za-z' \-]{3,}$")


def _usable(variant: str, head: str) -> bool:
    plain = strip_accents(variant).replace("ʿ", "'").replace("ʼ", "'")
    if not _LATIN.match(plain) or (plain.isupper() and len(plain) <= 4):
        return False
    key = name_key(plain)
    return bool(key) and key[0][:1] == head


def build(places: list[dict[str, object]]) -> list[tuple[str, list[str]]]:
    """Each place's name with its usable spellings, ambiguous spellings removed."""
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    rows = []
    for place in places:
        name = str(place["name"])
        head = name_key(name)[0][:1] if name_key(name) else ""
        raw = place.get("alternatenames") or []
        assert isinstance(raw, list)
        variants = sorted({strip_accents(str(v)) for v in raw if _usable(str(v), head)})
        for v in [name, *variants]:
            owners[name_key(v)].add(name)
        rows.append((name, variants))
    return [(n, [v for v in vs if len(owners[name_key(v)]) == 1]) for n, vs in rows]


def main(argv: list[str]) -> None:
    """Read the GeoNames JSON at argv[0], write the TSV at argv[1]."""
    places = json.loads(Path(argv[0]).read_text("utf-8"))
    lines = ["# Syrian places (GeoNames, CC BY 4.0; see NOTICE.md): name<TAB>spellings"]
    lines += [f"{n}\t{'|'.join(vs)}" for n, vs in build(places) if vs]
    Path(argv[1]).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
