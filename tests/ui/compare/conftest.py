"""Fixtures of the comparison-view tests: the strike reports compared by hand."""

from __future__ import annotations

import pytest
from compare_seeds import strike_builder

from comparer.model import Comparison


@pytest.fixture
def strike() -> Comparison:
    """Seeds 000 and 001 with hand-placed groups and differences of every kind."""
    return strike_builder().comparison()
