"""A short run of ``make fuzz``: a few hundred mutated inputs of every format through the
real import path into real libraries, with the same targets as the full run."""

from __future__ import annotations

from pathlib import Path

from fuzz.run import run
from fuzz.seeds import FORMATS


def test_a_short_fuzz_run_meets_the_targets(tmp_path: Path) -> None:
    figures = run(per_format=40, seed=7, workdir=tmp_path, workers=1)
    assert figures.failures == []
    assert figures.integrity == ["ok"]
    assert {kind: sum(figures.counts[kind].values()) for kind in FORMATS} == dict.fromkeys(
        FORMATS, 40
    )
    assert figures.articles > 0
