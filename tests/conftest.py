"""Shared test settings: Qt runs offscreen and the sample articles are easy to reach."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture
def samples() -> list[Path]:
    """The five bundled seed reports, in order (000 ... 004)."""
    return sorted(SAMPLES.glob("*.txt"))
