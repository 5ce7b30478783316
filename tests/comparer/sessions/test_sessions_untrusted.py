"""Hostile .comparer files are refused in one line, by the engine and the command line,
and the library they were imported into stays exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from comparer.cli.main import main
from comparer.export.bundle import BadBundle, export_session, import_bundle
from comparer.storage import Library, SessionStore
from tests.comparer.sessions.hostile_bundles import CASES, fingerprint, read_members, rebuilt
from tests.comparer.sessions.seed_session import import_seeds, reviewed


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """A library holding a reviewed session "Strike", and the members of its export."""
    folder = tmp_path_factory.mktemp("genuine")
    path = folder / "library.sqlite3"
    with Library.open(path) as library:
        SessionStore(library).create(reviewed(import_seeds(library)))
        export_session(library, "Strike", folder / "strike.comparer")
    return path, read_members(folder / "strike.comparer")


@pytest.mark.parametrize(("build", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_hostile_file_is_refused_in_one_line_and_changes_nothing(
    genuine: tuple[Path, dict[str, bytes]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    build: Callable[[dict[str, bytes], Path], Path],
    message: str,
) -> None:
    library_path, members = genuine
    bundle = build(members, tmp_path / "hostile.comparer")
    before = fingerprint(library_path)
    with Library.open(library_path) as library, pytest.raises(BadBundle, match=message):
        import_bundle(library, bundle)
    assert main(["--db", str(library_path), "session", "import", str(bundle)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("comparer: hostile.comparer")
    assert len(err) < 300
    assert fingerprint(library_path) == before


def test_the_same_rewriting_without_an_attack_imports(
    genuine: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    bundle = rebuilt(genuine[1], tmp_path / "rebuilt.comparer")
    with Library.open(tmp_path / "other.sqlite3") as other:
        assert import_bundle(other, bundle).name == "Strike"
        assert len(other.list()) == 2


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("   ", "a session needs a name"),
        ("Red \x1b[31malert", "a session name cannot hold control characters"),
        ("Bad \udcff bytes", "a session name cannot hold text that is not valid Unicode"),
        ("x" * 201, "a session name has at most 200 characters (this one has 201)"),
    ],
)
def test_the_command_line_holds_names_to_the_same_rule(
    genuine: tuple[Path, dict[str, bytes]],
    capsys: pytest.CaptureFixture[str],
    name: str,
    message: str,
) -> None:
    library_path = genuine[0]
    before = fingerprint(library_path)
    assert main(["--db", str(library_path), "session", "create", name, "1", "2"]) == 1
    assert capsys.readouterr().err == f"comparer: {message}\n"
    assert fingerprint(library_path) == before
