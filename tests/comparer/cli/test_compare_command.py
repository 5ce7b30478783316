"""``comparer compare``: imports what is new and prints the comparison in three formats."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from comparer.cli.main import main
from tests.angles import write_angles


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    return code, capsys.readouterr().out


def test_json_offsets_point_at_the_words_they_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    code, out = run(capsys, tmp_path / "lib.sqlite3", "compare", str(samples[0]), str(samples[1]),
                    "--format", "json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["format"] == 1
    texts = {a["key"]: a["text"] for a in data["articles"]}
    assert [a["published"] for a in data["articles"]] == [None, "2017-11-12"]
    for difference in data["differences"]:
        assert (
            texts[difference["article"]][difference["start"] : difference["end"]]
            == (difference["text"])
        )
    figures = {(d["kind"], d["type"], d["text"]) for d in data["differences"]}
    assert ("number", "qualifier", "at least 10 civilians") in figures
    assert [e["articles"] for e in data["events"]] == [["A", "B"]]


def test_ids_from_the_library_and_files_mix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "lib.sqlite3"
    run(capsys, db, "import", str(samples[0]))
    listing = json.loads(run(capsys, db, "list", "--format", "json")[1])
    code, out = run(capsys, db, "compare", str(listing[0]["id"]), str(samples[1]))
    assert code == 0
    assert "Fort Russ News" in out
    assert len(json.loads(run(capsys, db, "list", "--format", "json")[1])) == 2


def test_the_text_summary_opens_with_key_differences_and_the_headlines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    code, out = run(capsys, tmp_path / "lib.sqlite3", "compare", str(samples[0]), str(samples[1]))
    assert code == 0
    lines = out.splitlines()
    start = lines.index("Key differences:")
    assert lines[start + 1].startswith("  1. Same figure, different qualifier: “more than 10")
    assert lines.index("Aligned sentences:") > start
    # the words only one headline has, in brackets, without the quote mark or dash beside them
    assert "  B: “[International] coalition could be [helping ISIS]” – [Syria]" in lines
    assert (
        "  A: [U.S.-Led] Coalition [Attacks Aim] at [Derailing Syrian Army Victories]: "
        "[Damascus]" in lines
    )


def test_html_output_is_a_whole_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    code, out = run(capsys, tmp_path / "lib.sqlite3", "compare", str(samples[0]),
                    str(samples[1]), "--format", "html")  # fmt: skip
    tags: list[str] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.append(tag)

    Collector().feed(out)
    assert code == 0
    assert tags[0] == "html" and "mark" in tags


def test_unknown_id_and_single_input_fail_clearly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "compare", "999", str(samples[0])]) == 1
    assert "no article 999" in capsys.readouterr().err
    assert main(["--db", str(db), "compare", str(samples[0])]) == 2


@pytest.mark.parametrize("command", [["compare"], ["session", "create", "Self"]])
@pytest.mark.parametrize("second", ["1", "file"])
def test_an_article_compared_with_itself_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    samples: list[Path],
    second: str,
    command: list[str],
) -> None:
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "import", str(samples[0])]) == 0
    capsys.readouterr()
    again = str(samples[0]) if second == "file" else second
    assert main(["--db", str(db), *command, "1", again]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    said = "comparer: article #1 is given twice: compare it with another report"
    assert captured.err.strip() == said
    assert main(["--db", str(db), "session", "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # no session was stored


def test_same_event_compares_reports_the_engine_splits_as_one_event(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, (vote, defence) = tmp_path / "lib.sqlite3", write_angles(tmp_path)
    code, out = run(capsys, db, "compare", str(vote), str(defence), "--format", "json")
    assert code == 0
    assert [e["articles"] for e in json.loads(out)["events"]] == [["A"], ["B"]]
    code, out = run(capsys, db, "compare", str(vote), str(defence), "--format", "json",
                    "--same-event", "a, B")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert [e["articles"] for e in data["events"]] == [["A", "B"]]
    assert any(d["kind"] == "wording" for d in data["differences"])


@pytest.mark.parametrize("keys", ["A,C", "A", "B,B"])
def test_same_event_refuses_keys_that_name_no_two_inputs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path], keys: str
) -> None:
    code = main(["--db", str(tmp_path / "lib.sqlite3"), "compare", str(samples[0]),
                 str(samples[1]), "--same-event", keys])  # fmt: skip
    assert code == 2
    assert "--same-event" in capsys.readouterr().err
