"""Lexicons: bundled lists load with their licence notes, and a user's file extends them."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.analysis import framing_markers, load_lexicons
from comparer.analysis.framing import compiled
from comparer.analysis.framing_rank import telling_swap
from comparer.analysis.lexicons import CATEGORIES, ENV_VARIABLE, parse

DATA = Path(__file__).resolve().parents[3] / "comparer" / "data" / "lexicons"


def test_every_category_the_engine_reads_is_bundled() -> None:
    lexicons = load_lexicons()
    assert lexicons.families
    for category in CATEGORIES:
        if category != "label":
            assert lexicons.get(category), category


def test_every_bundled_file_is_named_in_the_sources_note() -> None:
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for path in DATA.glob("*.txt"):
        if not path.name.startswith("LICENSE"):
            assert f"`{path.name}`" in sources


def test_no_list_without_a_shipping_licence_is_bundled() -> None:
    names = " ".join(p.name.lower() for p in DATA.iterdir())
    assert "mpqa" not in names
    assert "subjclues" not in names
    assert "bias-lexicon" not in names


def test_the_format_has_sections_comments_and_families() -> None:
    text = "# note\n[distancing]\nso-called  # inline\n\n[label]\nISIS | Daesh\n"
    assert parse(text) == {"distancing": ["so-called"], "label": ["ISIS | Daesh"]}


def test_a_user_file_adds_and_removes_entries(tmp_path: Path) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text(
        "[label]\nBashar al-Assad | Assad | the tyrant\n[emotive]\nghastly\n-brutal\n",
        encoding="utf-8",
    )
    lexicons = load_lexicons(extra)
    types = {(m.type, m.text) for m in framing_markers("a ghastly and brutal act", lexicons)}
    assert ("emotive", "ghastly") in types
    assert ("emotive", "brutal") not in types
    assert any("the tyrant" in family for family in lexicons.families)


def test_the_environment_variable_names_a_user_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = tmp_path / "env.txt"
    extra.write_text("[loaded]\nwarmonger\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VARIABLE, str(extra))
    assert "warmonger" in load_lexicons().get("loaded")


def test_a_user_loaded_word_makes_a_label_swap_telling(tmp_path: Path) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text("[loaded]\njunta\n", encoding="utf-8")
    bundled, mine = compiled(load_lexicons()), compiled(load_lexicons(extra))
    assert not telling_swap("Syrian junta", "Syrian government", bundled)
    assert telling_swap("Syrian junta", "Syrian government", mine)
