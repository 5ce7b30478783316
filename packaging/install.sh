#!/bin/sh
# Install the unpacked Comparer bundle for one user (or, as root with PREFIX=/usr/local, for all):
# the folder goes to $PREFIX/lib/comparer, launchers to $PREFIX/bin, and the menu entry,
# icons and AppStream metadata to $PREFIX/share, so the desktop lists Comparer like any app.
# Usage: ./install.sh [--uninstall]   (PREFIX defaults to ~/.local)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app_id=org.comparer.Comparer
target=$prefix/lib/comparer
share=$prefix/share

remove() {
    rm -rf "$target"
    rm -f "$prefix/bin/comparer-app" "$prefix/bin/comparer"
    rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
    find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    echo "Comparer removed from $prefix"
    exit 0
fi

if [ "$here" = "$(cd "$target" 2>/dev/null && pwd || true)" ]; then
    echo "install.sh: run the copy in the unpacked tarball, not the installed one" >&2
    exit 1
fi
remove
mkdir -p "$target" "$prefix/bin" "$share/applications" "$share/metainfo"
cp -R "$here/." "$target/"
ln -s "$target/comparer-app" "$prefix/bin/comparer-app"
ln -s "$target/comparer" "$prefix/bin/comparer"
# An absolute Exec= works even where ~/.local/bin is not on the desktop session's PATH.
sed -e "s|^Exec=comparer-app|Exec=$target/comparer-app|" -e "s|^TryExec=comparer-app|TryExec=$target/comparer-app|" \
    "$here/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
cp -R "$here/share/icons" "$share/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Comparer installed in $target; start it from the menu or with $prefix/bin/comparer-app"
