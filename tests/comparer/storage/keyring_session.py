"""A private system keyring for a test: its own D-Bus session and GNOME Keyring daemon.

The session bus and the keyring daemon are started in a temporary folder (the keyring's
files under a temporary ``$HOME``), the keyring unlocked with a throwaway password, and
both stopped at the end by the process ids this fixture started. Skipped, with the reason,
where ``secret-tool``, ``dbus-daemon`` or ``gnome-keyring-daemon`` is missing (Debian:
``apt-get install libsecret-tools gnome-keyring dbus``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

_PROGRAMS = ("secret-tool", "dbus-daemon", "gnome-keyring-daemon")
# A session bus that starts no service by itself: a request reaching it before our daemon
# took its name would otherwise start a second, locked keyring daemon.
_BUS_CONFIG = """<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This test's environment points at a running, unlocked, empty keyring."""
    missing = [p for p in _PROGRAMS if shutil.which(p) is None]
    if missing:
        pytest.skip(f"no {', '.join(missing)}: apt-get install libsecret-tools gnome-keyring dbus")
    home = tmp_path / "home"
    home.mkdir()
    config = tmp_path / "bus.conf"
    config.write_text(_BUS_CONFIG.format(folder=tmp_path))
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"keyring-test-password")
    daemon.stdin.close()
    try:
        _wait_for_keyring()
        yield
    finally:
        for process in (daemon, bus):
            process.terminate()
            process.wait(timeout=10)
        bus.stdout.close()


def _wait_for_keyring() -> None:
    """Until the keyring takes a secret (its collection made and unlocked), or fail."""
    deadline = time.monotonic() + 30
    errors = ""
    while time.monotonic() < deadline:
        probe = subprocess.run(
            ["secret-tool", "store", "--label=probe", "service", "comparer-probe"],
            input="probe",
            capture_output=True,
            text=True,
        )
        if probe.returncode == 0:
            return
        errors = probe.stderr
        time.sleep(0.2)
    pytest.fail(f"the test keyring did not start: {errors}")
