"""The Preferences dialog: location and user name kept in the settings, a password never
(it goes to ~/.pgpass), and a Test connection that answers in one line."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.pg_cluster import free_port
from ui.app import library_location
from ui.preferences import PreferencesDialog, settings, stored_location, stored_user
from ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings and the password file in this test's folder, never the user's."""
    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    # No keyring answers here, so a password takes the ~/.pgpass path (the keyring path is
    # tested in tests/comparer/storage/test_storage_passwords.py), never the user's keyring.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    monkeypatch.delenv("COMPARER_DB", raising=False)
    settings().clear()
    yield folder
    settings().clear()


def _dialog(qtbot: QtBot) -> PreferencesDialog:
    runner = TaskRunner()
    dialog = PreferencesDialog(runner)
    qtbot.addWidget(dialog)
    return dialog


def test_a_password_goes_to_pgpass_and_never_into_the_settings(
    qtbot: QtBot, tmp_path: Path, own_settings: Path
) -> None:
    dialog = _dialog(qtbot)
    dialog.location.setText("postgresql://ann:s3cr:et@db.example:5433/news")
    dialog.user.setText("  Ann   Lee ")
    dialog.accept()
    assert stored_location() == "postgresql+psycopg://ann@db.example:5433/news"
    assert stored_user() == "Ann Lee"
    settings().sync()
    written = "".join(p.read_text() for p in own_settings.rglob("*") if p.is_file())
    assert "news" in written and "s3cr" not in written
    pgpass = tmp_path / "pgpass"
    assert pgpass.read_text() == "db.example:5433:news:ann:s3cr\\:et\n"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600


def test_the_preferences_location_is_used_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings().setValue("library/location", str(tmp_path / "shared.sqlite3"))
    assert library_location(None) == str(tmp_path / "shared.sqlite3")
    assert library_location("given.sqlite3") == "given.sqlite3"
    monkeypatch.setenv("COMPARER_DB", "postgresql://x@h/d")
    assert library_location(None) == "postgresql://x@h/d"


@pytest.mark.parametrize("reachable", [True, False])
def test_test_connection_answers_in_one_line(qtbot: QtBot, tmp_path: Path, reachable: bool) -> None:
    pytest.importorskip("psycopg")
    dialog = _dialog(qtbot)
    target = tmp_path / "lib.sqlite3" if reachable else f"postgresql://a@127.0.0.1:{free_port()}/n"
    dialog.location.setText(str(target))
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=20_000)
    line = dialog.result.text()
    expected = "✓ connected: 0 articles" if reachable else "✗ cannot reach the library server"
    assert line.startswith(expected)
    assert "\n" not in line
