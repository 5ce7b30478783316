"""``comparer edit ID --removed/--keep-removed/--drop-removed`` on a real library file:
furniture shown with its reason, put back into the text and taken out again, with search
and the sentences following, and a saved session over the article still finding its notes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from comparer.cli.main import main
from comparer.sessions import edit
from comparer.sessions.anchors import anchor_sentence, find_sentence
from comparer.sessions.attach import begin, compare_session, resolve_links
from comparer.storage import Library, SessionStore


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _show(capsys: pytest.CaptureFixture[str], db: Path, article_id: int) -> dict[str, object]:
    code, out = run(capsys, db, "show", str(article_id), "--format", "json")
    assert code == 0
    shown: dict[str, object] = json.loads(out)
    return shown


def test_removed_blocks_are_listed_with_their_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[4]))
    code, out = run(capsys, db, "edit", "1", "--removed")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "#1: 2 blocks removed as page furniture"
    assert lines[1].split()[:3] == ["1", "removed", "headline"]
    assert lines[2].split()[:5] == ["2", "removed", "teaser", "Check", "Also"]


def test_a_block_put_back_is_text_and_taken_out_again_exactly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[4]))
    before = _show(capsys, db, 1)
    teaser = "More than 256 thousand students"  # the "Check Also" teaser of the page
    assert teaser not in str(before["text"])
    assert run(capsys, db, "search", "thousand", "--format", "json")[1].strip() == "[]"

    code, out = run(capsys, db, "edit", "1", "--keep-removed", "2")
    assert code == 0 and "2  put back  teaser" in out
    now = _show(capsys, db, 1)
    assert teaser in str(now["text"])
    assert any(teaser in s["text"] for s in now["sentences"])  # type: ignore[attr-defined]
    assert [r["kept"] for r in now["removed"]] == [False, True]  # type: ignore[attr-defined]
    hits = json.loads(run(capsys, db, "search", "thousand", "--format", "json")[1])
    assert [hit["id"] for hit in hits] == [1]

    assert run(capsys, db, "edit", "1", "--drop-removed", "2")[0] == 0
    again = _show(capsys, db, 1)
    assert (again["text"], again["sentences"], again["removed"], again["captions"]) == (
        before["text"], before["sentences"], before["removed"], before["captions"],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["edit", "1", "--keep-removed", "3"], "no removed block 3 (it has 2: 1 to 2)"),
        (["edit", "1", "--keep-removed", "0"], "no removed block 0"),
        (["edit", "9", "--keep-removed", "1"], "no article 9"),
        (["edit", "1", "--drop-removed", "3"], "no removed block 3 (it has 2: 1 to 2)"),
        (["edit", "1", "--drop-removed", "0"], "no removed block 0"),
        (["edit", "1", "--keep-removed", "1", "--drop-removed", "7"], "no removed block 7"),
    ],
)
def test_a_wrong_block_number_says_why_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path],
    args: list[str], words: str,
) -> None:  # fmt: skip
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[4]))
    before = _show(capsys, db, 1)
    code, out = run(capsys, db, *args)
    assert code == 1
    assert words in out and len(out.strip().splitlines()) == 1
    assert _show(capsys, db, 1) == before


def test_a_saved_session_still_finds_its_sentences_after_a_block_goes_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[0]), str(samples[1]))
    with Library.open(db) as library:
        articles = [library.get(1), library.get(2)]
        assert articles[0].removed[0].text == "Search"  # stood before the whole article
        attached = begin("Strike", articles)
        noted = anchor_sentence(articles[0], 3)
        linked = (anchor_sentence(articles[0], 1), anchor_sentence(articles[1], 1))
        session = edit.add_note(attached.session, noted, "check the figure")
        session = edit.link(session, *linked, True)
        SessionStore(library).create(session)

    assert run(capsys, db, "edit", "1", "--keep-removed", "1")[0] == 0

    with Library.open(db) as library:
        fresh = [library.get(1), library.get(2)]
        stored = SessionStore(library).get("Strike")
        reopened = compare_session(stored, fresh)
        links, lost = resolve_links(stored, fresh)
    assert fresh[0].sentences[0].text == "Search"  # every sentence moved down by one
    assert find_sentence(fresh[0], noted) == 4
    assert fresh[0].sentences[4].text == articles[0].sentences[3].text
    assert reopened.orphans == ()
    assert [n.text for n in reopened.session.notes] == ["check the figure"]
    assert lost == ()
    assert [(link.sentence_a, link.sentence_b) for link in links] == [(2, 1)]
