#!/usr/bin/env bash
# Install the Debian libraries Qt (PySide6) needs on a bare machine, and PostgreSQL 15's
# server programs, which the tests run a throwaway cluster with (tests/pg_cluster.py), and
# strace, with which a test checks that no markup in an article makes Qt open a file,
# iproute2, with which a test gives a child its own network (a name server that never answers),
# and secret-tool with a GNOME Keyring on a private D-Bus, where a test keeps a server password.
# As root the missing ones are installed; otherwise the exact apt command is printed.
set -euo pipefail
needed=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core postgresql-15 strace iproute2 libsecret-tools gnome-keyring dbus wordnet-base)
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; install Qt's runtime libraries yourself"; exit 0; }
missing=()
for pkg in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "system-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "system-deps: Qt needs these packages; run:"
    echo "  sudo apt-get install -y ${missing[*]}"
fi
