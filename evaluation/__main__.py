"""``python -m evaluation CORPORA_DIR --out eval.json``: run every corpus module.

Corpus modules are :data:`CORPORA` plus any module of this package that defines
``evaluate(root: Path) -> dict[str, float] | None`` (so the analysis step adds its own).
A module may set ``SECTION`` to add its figures to another corpus's section (the framing
figures on BASIL go under ``basil``). Prints one ``corpus.metric: value`` line per figure
and writes them all as JSON; a corpus whose folder is missing is skipped with a note, so
the harness runs on any split or subset with the documented layout.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from pathlib import Path

import evaluation

CORPORA = ("msrp", "ecbplus", "basil", "speed")


def corpus_modules() -> list[str]:
    """:data:`CORPORA` first, then any other module of this package with ``evaluate``."""
    found = [m.name for m in pkgutil.iter_modules(evaluation.__path__) if m.name not in CORPORA]
    extra = [n for n in sorted(found) if n != "__main__" and _has_evaluate(n)]
    return [*CORPORA, *extra]


def _has_evaluate(name: str) -> bool:
    return hasattr(importlib.import_module(f"evaluation.{name}"), "evaluate")


def main(argv: list[str] | None = None) -> int:
    """Run the corpus modules and write the results."""
    parser = argparse.ArgumentParser(prog="python -m evaluation")
    parser.add_argument("corpora", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--only", default="", help="comma-separated corpus names")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, float]] = {}
    for name in corpus_modules():
        if args.only and name not in args.only.split(","):
            continue
        module = importlib.import_module(f"evaluation.{name}")
        figures = module.evaluate(args.corpora)
        if figures is None:
            print(f"# {name}: skipped (no data)")
            continue
        section = getattr(module, "SECTION", name)
        results.setdefault(section, {}).update(figures)
        for metric, value in figures.items():
            print(f"{section}.{metric}: {value:.4f}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
