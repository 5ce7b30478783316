"""Sessions whose text a backend cannot store as it is are kept, on SQLite and PostgreSQL
alike: a ``.comparer`` file from an engine with a long version imports, and a note holding
a lone surrogate (or a NUL) is saved and kept as a draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from comparer.cli.main import main
from comparer.export.bundle import export_session
from comparer.model import Article
from comparer.sessions.codec import session_from_json
from comparer.sessions.edit import add_note
from comparer.storage import DraftStore, Library, SessionStore
from comparer.storage.session_models import DraftRow
from tests.comparer.sessions.hostile_bundles import read_members, rebuilt
from tests.comparer.sessions.seed_session import reviewed

ELSEWHERE = "2.0.0+" + "fork." * 39  # 201 characters; the row's column holds 64


def test_a_session_file_from_an_engine_with_a_long_version_imports(
    library: Library,
    library_location: str,
    articles: list[Article],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = SessionStore(library)
    store.create(reviewed(articles))
    export_session(library, "Strike", tmp_path / "strike.comparer")
    members = read_members(tmp_path / "strike.comparer")
    document = json.loads(members["session.json"])
    document |= {"name": "From the desk", "engine_version": ELSEWHERE}
    members["session.json"] = json.dumps(document).encode()
    bundle = rebuilt(members, tmp_path / "desk.comparer")
    assert main(["--db", library_location, "session", "import", str(bundle)]) == 0
    assert capsys.readouterr().err == ""
    imported = store.get("From the desk")
    assert imported.engine_version == ELSEWHERE  # the body keeps it whole; the column, cut
    assert "From the desk" in [s.name for s in store.list()]
    assert imported.notes == store.get("Strike").notes  # the review came across whole


def test_a_note_holding_a_lone_surrogate_or_a_nul_is_kept(
    library: Library, articles: list[Article]
) -> None:
    # A note pasted from a file read with surrogateescape, with a NUL from a PDF.
    noted = add_note(reviewed(articles), None, "Toll \udce9 per OCHA\x00 (check)")
    store = SessionStore(library)
    stored = store.create(noted)
    assert store.get("Strike").notes[-1].text == "Toll \ufffd per OCHA\x00 (check)"
    DraftStore(library, owner="gone").keep(stored)
    with library.transaction(write=False) as db:
        body = db.scalar(select(DraftRow.body).where(DraftRow.owner == "gone"))
    assert session_from_json(json.loads(body)).notes[-1].text == "Toll \ufffd per OCHA\x00 (check)"
