"""Who is working: the name recorded on the sessions a person creates and saves.

A newsroom's journalists share one library, so each save says who made it. The name is
the one configured (the window's Preferences pass it in, the command line reads
``$COMPARER_USER``), else the operating system's login name, else "unknown".
"""

from __future__ import annotations

import getpass
import os

ENV_VAR = "COMPARER_USER"


def current_user() -> str:
    """The configured user name, else the OS login name."""
    configured = " ".join(os.environ.get(ENV_VAR, "").split())
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name and no passwd entry (some containers)
        return "unknown"
