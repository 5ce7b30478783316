"""A name server that never answers cannot hold a URL import past its deadline.

The child runs in its own user, mount and network namespace (``unshare -rmn``): a UDP
socket on 127.0.0.1:53 swallows every query, and ``/etc/resolv.conf`` points there with a
30-second resolver timeout. Before the lookup was bounded, the import waited those 30 s.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent(
    """
    import socket, subprocess, threading, time
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 53))
    swallow = lambda: [silent.recvfrom(2048) for _ in iter(int, 1)]
    threading.Thread(target=swallow, daemon=True).start()
    from comparer.errors import ImportFailed
    from comparer.ingest import fetch_url
    started = time.monotonic()
    try:
        fetch_url("http://news.example.org/story", timeout=1.5)
    except ImportFailed as error:
        print(error)
    print(f"{time.monotonic() - started:.2f}")
    """
)


def test_a_silent_name_server_times_out_within_the_deadline(tmp_path: Path) -> None:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.skip("needs unshare and ip to give the child its own network namespace")
    resolv = tmp_path / "resolv.conf"
    resolv.write_text("nameserver 127.0.0.1\noptions timeout:30 attempts:1\n")
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    setup = f"mount --bind {resolv} /etc/resolv.conf"
    command = ["unshare", "-rmn", "sh", "-c", f'{setup} && exec "$0" "$@"']
    done = subprocess.run(
        [*command, sys.executable, str(script)], capture_output=True, text=True, timeout=60
    )
    if done.returncode != 0 and "unshare" in done.stderr:
        pytest.skip(f"this kernel refuses the namespaces: {done.stderr.strip()}")
    message, elapsed = done.stdout.strip().splitlines()
    assert message == "http://news.example.org/story: timed out: no complete answer within 1.5 s"
    assert float(elapsed) < 5.0
