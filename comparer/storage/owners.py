"""Who left a session draft behind, and whether that run of Comparer is still going.

An owner token names one run of Comparer: ``host:pid:start:space``. ``start`` is when the
process started (clock ticks since boot from ``/proc/<pid>/stat`` on Linux, the creation
time on Windows, empty elsewhere), so a pid the system has since handed to another program
does not pass for the crashed run. ``space`` is the Linux pid namespace: two sandboxed
copies (Flatpak, containers) on one host each number their processes from 1 and cannot see
the other's, so a token from another namespace is as unknowable as one from another host.
:func:`running` answers True, False, or None when this process cannot tell; every doubt
counts as running, because restoring a live window's draft lets two windows carry on the
same work, while a dead one's draft that waits is merely offered later.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass

# What a probe of a pid finds: whether it runs, and its start time when that can be read.
Probe = tuple[bool, str | None]


@dataclass(frozen=True, slots=True)
class Owner:
    """The parts of an owner token."""

    host: str
    pid: int
    start: str
    space: str

    def token(self) -> str:
        """The owner as stored in the library."""
        return f"{self.host}:{self.pid}:{self.start}:{self.space}"


def parse(token: str) -> Owner | None:
    """The owner a token names, or None for a token this version did not write."""
    parts = token.rsplit(":", 3)  # from the right: the host name is the one free-form part
    if len(parts) != 4 or not parts[1].isdigit():
        return None
    return Owner(parts[0], int(parts[1]), parts[2], parts[3])


def this_process() -> str:
    """The owner token of the running process."""
    pid = os.getpid()
    return Owner(socket.gethostname(), pid, _probe(pid)[1] or "", _pid_space()).token()


def running(token: str) -> bool | None:
    """Whether the process a token names still runs; None if it is not ours to check."""
    owner = parse(token)
    if owner is None or owner.host != socket.gethostname() or owner.space != _pid_space():
        return None
    alive, start = _probe(owner.pid)
    if not alive:
        return False
    # A start time we cannot read (hidden /proc) leaves only the pid: assume it is the owner.
    return not owner.start or start is None or start == owner.start


def _pid_space() -> str:
    try:
        link = os.readlink("/proc/self/ns/pid")  # "pid:[4026531836]"
    except OSError:
        return ""
    return "".join(c for c in link if c.isdigit())


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _QUERY_LIMITED_INFORMATION = 0x1000
    _ACCESS_DENIED = 5
    _STILL_ACTIVE = 259

    def _probe(pid: int) -> Probe:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            # Another user's process may refuse us, but it does exist.
            return ctypes.get_last_error() == _ACCESS_DENIED, None
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True, None
            times = [wintypes.FILETIME() for _ in range(4)]
            if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
                return code.value == _STILL_ACTIVE, None
            created = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
            return code.value == _STILL_ACTIVE, str(created)
        finally:
            kernel32.CloseHandle(handle)

elif sys.platform == "linux":

    def _probe(pid: int) -> Probe:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
                stat = handle.read()
        except FileNotFoundError:
            return False, None
        except OSError:
            return True, None
        # The command name (field 2) may hold spaces and parentheses: count from its end.
        fields = stat[stat.rindex(")") + 2 :].split()
        # A killed process nobody has reaped yet is a zombie: it will never write again.
        return fields[0] not in ("Z", "X"), fields[19]

else:

    def _probe(pid: int) -> Probe:
        try:
            os.kill(pid, 0)  # signal 0 only asks whether the pid exists
        except ProcessLookupError:
            return False, None
        except PermissionError:
            return True, None
        return True, None
