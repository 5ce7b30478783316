"""Hostile ``.comparer`` files made from a real one, for the engine, CLI and window tests.

Each case rewrites a genuine export with zipfile (and, for a forged size, by patching the
zip's headers), redoing the manifest's checksums where the attack needs them to pass, so
only the check under test can catch it. ``fingerprint`` reads a library with plain sqlite3
to show a refusal left it exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

Members = list[tuple[zipfile.ZipInfo, bytes]]


def read_members(path: Path) -> dict[str, bytes]:
    """The members of a genuine ``.comparer`` file."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _info(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = mode << 16
    return info


def write_zip(path: Path, members: Members, listed: dict[str, bytes] | None = None) -> Path:
    """Write ``members`` (duplicates allowed) with a manifest listing the sums of ``listed``."""
    genuine = {i.filename: d for i, d in members if i.filename != "manifest.json"}
    sums = listed if listed is not None else genuine
    manifest = {
        "format": 1,
        "app": "comparer",
        "app_version": "test",
        "created": "2024-01-01T00:00:00+00:00",
        "files": {n: hashlib.sha256(d).hexdigest() for n, d in sums.items()},
    }
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w") as archive:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate we write on purpose
        archive.writestr(_info("manifest.json"), json.dumps(manifest))
        for info, data in members:
            archive.writestr(info, data)
    return path


def _plain(members: dict[str, bytes]) -> Members:
    return [(_info(n), d) for n, d in members.items() if n != "manifest.json"]


def _with_session(members: dict[str, bytes], **changes: object) -> dict[str, bytes]:
    document = json.loads(members["session.json"]) | changes
    return members | {"session.json": json.dumps(document).encode()}


def _forge_size(path: Path, name: str, size: int) -> None:
    """Declare ``size`` bytes for ``name`` in both of the zip's headers."""
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(name).header_offset
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, offset + 22, size)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == name.encode():
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 46)
    path.write_bytes(bytes(data))


def rebuilt(m: dict[str, bytes], p: Path) -> Path:
    """The genuine file, rewritten the way the hostile ones are: it must still import."""
    return write_zip(p, _plain(m))


def duplicate(m: dict[str, bytes], p: Path) -> Path:
    second = m["session.json"].replace(b"Strike", b"Other")
    return write_zip(p, [*_plain(m), (_info("session.json"), second)])


def unlisted(m: dict[str, bytes], p: Path) -> Path:
    return write_zip(p, [*_plain(m), (_info("notes.txt"), b"hello")], listed=m)


def _extra(name: str, mode: int = stat.S_IFREG | 0o644) -> Callable[[dict[str, bytes], Path], Path]:
    def build(m: dict[str, bytes], p: Path) -> Path:
        return write_zip(p, [*_plain(m), (_info(name, mode), b"/etc/hostname")])

    return build


def nul_name(m: dict[str, bytes], p: Path) -> Path:
    """A member whose stored name is "session.json", a NUL, then ".txt" (zipfile cuts it)."""
    _extra("session.json@.txt")(m, p)
    p.write_bytes(p.read_bytes().replace(b"session.json@.txt", b"session.json\0.txt"))
    return p


def bzip2(m: dict[str, bytes], p: Path) -> Path:
    members = _plain(m)
    members[-1][0].compress_type = zipfile.ZIP_BZIP2
    return write_zip(p, members)


def inflates_too_far(m: dict[str, bytes], p: Path) -> Path:
    return write_zip(p, _plain(m | {"session.json": b" " * 21_000_000 + b"{}"}))


def forged_size(m: dict[str, bytes], p: Path) -> Path:
    """An article declared as 1 kB that inflates to 60 MB of zeros."""
    write_zip(p, _plain(m | {"articles/0.bin": bytes(60_000_000)}))
    _forge_size(p, "articles/0.bin", 1_000)
    return p


def deep_json(m: dict[str, bytes], p: Path) -> Path:
    return write_zip(p, _plain(m | {"session.json": b"[" * 100_000 + b"]" * 100_000}))


def named(name: str) -> Callable[[dict[str, bytes], Path], Path]:
    return lambda m, p: write_zip(p, _plain(_with_session(m, name=name)))


def surrogate(m: dict[str, bytes], p: Path) -> Path:
    """A lone surrogate, which json.dumps writes as the escape ``\\ud800``."""
    return write_zip(p, _plain(_with_session(m, view={"label": "\ud800"})))


def repeated_article(m: dict[str, bytes], p: Path) -> Path:
    """The article list naming one original 5,000 times, each to be imported afresh."""
    entries = json.loads(m["articles.json"])
    raw = json.dumps(entries + [entries[0]] * 5_000).encode()
    return write_zip(p, _plain(m | {"articles.json": raw}))


def nan_view(m: dict[str, bytes], p: Path) -> Path:
    raw = json.dumps(json.loads(m["session.json"]) | {"view": {"scroll": float("nan")}})
    return write_zip(p, _plain(m | {"session.json": raw.encode()}))


CASES: list[tuple[str, Callable[[dict[str, bytes], Path], Path], str]] = [
    ("duplicate entry", duplicate, "twice"),
    ("unlisted member", unlisted, "manifest does not list"),
    ("absolute path", _extra("/tmp/comparer-evil"), "absolute path"),
    ("dot-dot path", _extra("articles/../../evil.bin"), r"points outside it \(\.\.\)"),
    ("symbolic link", _extra("articles/9.bin", stat.S_IFLNK | 0o777), "symbolic link"),
    ("NUL in a name", nul_name, "impossible name"),
    ("bzip2 member", bzip2, "compressed in a way"),
    ("inflates past the cap", inflates_too_far, "inflates to more than 20 MB"),
    ("forged small size", forged_size, "not a readable .comparer file"),
    ("100k-deep JSON", deep_json, "nested more than 32 levels"),
    ("blank name", named("   "), "needs a name"),
    ("NUL in the name", named("Strike\0"), "control characters"),
    ("newline in the name", named("Strike\nInjected"), "line breaks"),
    ("2 MB name", named("x" * 2_000_000), "at most 200 characters"),
    ("lone surrogate", surrogate, "not valid Unicode"),
    ("NaN in the view", nan_view, "damaged JSON"),
    ("one original listed 5,000 times", repeated_article, "more articles than it holds"),
]


def fingerprint(library: Path) -> tuple[str, dict[str, int]]:
    """A digest of every row of the library file, and its tables' row counts."""
    with sqlite3.connect(library) as raw:
        digest = hashlib.sha256("\n".join(raw.iterdump()).encode()).hexdigest()
        tables = [t for (t,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    raw.close()
    return digest, counts
