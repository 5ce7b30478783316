"""Help → About: Comparer's version and the licences of everything it ships.

Three tabs: the app itself (version, licence, Python and Qt versions), the bundled data (the
sample articles and the lexicons, whose sources and licences are read from the ``SOURCES.md``
or ``README`` that ships beside them) and the software it runs on. Package versions and
licences are read from the installed metadata (``importlib.metadata``) at run time, so the
dialog tells what is really there — in a PyInstaller bundle too, which ships that metadata.
"""

from __future__ import annotations

import html
import platform
import re
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.resources.abc import Traversable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from comparer import __version__
from ui.resources import resources_dir, sample_articles

APP_DISTRIBUTION = "comparer"
# The licences the project chose its dependencies for; shown only where the installed
# metadata cannot be read (e.g. running from a source tree that was never installed).
EXPECTED_LICENCES = {
    "PySide6-Essentials": "LGPL-3.0-only",
    "SQLAlchemy": "MIT",
    "alembic": "MIT",
    "diff-match-patch": "Apache-2.0",
    "pysbd": "MIT",
    "trafilatura": "Apache-2.0",
    "python-docx": "MIT",
    "pypdf": "BSD-3-Clause",
    "cryptography": "Apache-2.0 OR BSD-3-Clause",
    "lxml_html_clean": "BSD-3-Clause",
    "charset-normalizer": "MIT",
    "platformdirs": "MIT",
    "numpy": "BSD-3-Clause",
    "rapidfuzz": "MIT",
    "psycopg": "LGPL-3.0-only",
    "psycopg-binary": "LGPL-3.0-only",
}
SAMPLES_NOTE = (
    "News reports on strikes by the US-led coalition in Syria (2017–2018), published by "
    "The Syrian Observer, Fort Russ News, Press TV and SANA. They are quoted unchanged for "
    "research and to demonstrate the app; copyright stays with their publishers."
)
REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
CLASSIFIER_PREFIX = "License :: "


@dataclass(frozen=True)
class Package:
    """One installed distribution: its name, version and licence as its metadata states."""

    name: str
    version: str
    licence: str


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution declares: SPDX expression, short field, or classifier."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    short = _field(meta, "License")
    if short and "\n" not in short and len(short) <= 60:
        return short
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith(CLASSIFIER_PREFIX)]
    if classifiers:
        return "; ".join(c.rsplit(" :: ", 1)[-1] for c in classifiers)
    return "not stated in its metadata"


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    # get_all, not meta[key]: a missing key in item access is deprecated since Python 3.12.
    values = meta.get_all(key) or []
    return str(values[0]).strip() if values else ""


def package_info(name: str) -> Package | None:
    """Name, version and licence of an installed distribution; None if it is not there."""
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return None
    return Package(_field(meta, "Name"), _field(meta, "Version"), licence_of(meta))


def runtime_requirements(name: str) -> list[str]:
    """Names of what ``name`` needs at run time (requirements behind an extra are left out)."""
    try:
        requirements = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return []
    found = (REQUIREMENT_NAME.match(r) for r in requirements if "extra ==" not in r)
    return [match.group(1) for match in found if match]


def dependencies() -> tuple[list[Package], list[Package]]:
    """Direct dependencies of Comparer, then the packages those pull in, as installed."""
    direct_names = runtime_requirements(APP_DISTRIBUTION) or list(EXPECTED_LICENCES)
    direct = [
        package_info(n) or Package(n, "?", EXPECTED_LICENCES.get(n, "?")) for n in direct_names
    ]
    seen = {_key(n) for n in direct_names} | {_key(APP_DISTRIBUTION)}
    indirect: list[Package] = []
    queue = [r for n in direct_names for r in runtime_requirements(n)]
    while queue:
        name = queue.pop(0)
        if _key(name) in seen:
            continue
        seen.add(_key(name))
        info = package_info(name)
        if info:  # an optional requirement whose marker excludes this platform is absent
            indirect.append(info)
            queue.extend(runtime_requirements(name))
    return direct, sorted(indirect, key=lambda p: p.name.lower())


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lexicon_folder() -> Traversable:
    return resources.files("comparer").joinpath("data", "lexicons")


def lexicon_notes(folder: Traversable | None = None) -> tuple[str, str]:
    """The file name and text of the lexicons' sources note (SOURCES.md, or a README)."""
    folder = folder or lexicon_folder()
    if not folder.is_dir():
        return "", ""
    notes = sorted(
        (entry for entry in folder.iterdir() if _is_note(entry.name)),
        key=lambda entry: not entry.name.upper().startswith("SOURCES"),
    )
    return (notes[0].name, notes[0].read_text(encoding="utf-8")) if notes else ("", "")


def _is_note(name: str) -> bool:
    return name.upper().startswith(("SOURCES", "README"))


def markdown_table(text: str) -> list[list[str]]:
    """Rows of the first Markdown table in ``text`` (header first, separator row dropped)."""
    rows = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [_plain(cell) for cell in stripped[1:-1].split("|")]
            if not all(set(cell) <= set("-: ") for cell in cells):
                rows.append(cells)
        elif rows:
            break
    return rows


def _plain(cell: str) -> str:
    """A Markdown table cell without its inline code and emphasis marks."""
    return re.sub(r"[`*]", "", cell).strip()


def html_table(rows: list[list[str]], header: list[str] | None = None) -> str:
    head = "".join(f"<th align='left'>{html.escape(c)}</th>" for c in header or [])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def about_html() -> str:
    """The first tab: what Comparer is, its version and licence, what it runs on."""
    own = package_info(APP_DISTRIBUTION)
    licence = own.licence if own else "MIT"
    return (
        f"<h2>Comparer {html.escape(__version__)}</h2>"
        "<p>Compare how different outlets report the same event: Comparer cleans news "
        "reports of page furniture, aligns their sentences and shows what differs.</p>"
        f"<p>Licence: {html.escape(licence)}. Your library stays on this computer.</p>"
        f"<p><small>Python {html.escape(platform.python_version())} · Qt {html.escape(qVersion())}"
        f" · PySide6 {html.escape(pyside_version)}</small></p>"
    )


PLACES_NOTE = (
    "Spellings of Syrian place names are derived from GeoNames (geonames.org), licensed "
    "under Creative Commons Attribution 4.0; see comparer/data/NOTICE.md."
)


def data_html() -> str:
    """The second tab: the sample articles and the lexicons, with their licences."""
    samples = sample_articles()
    parts = [
        f"<h3>Sample articles ({len(samples)})</h3><p>{html.escape(SAMPLES_NOTE)}</p>",
        "<h3>Lexicons</h3>",
    ]
    name, text = lexicon_notes()
    rows = markdown_table(text)
    if rows:
        parts.append(html_table(rows[1:], rows[0]))
        parts.append(f"<p><small>From {html.escape(name)} beside the lexicon files.</small></p>")
    elif text:
        parts.append(f"<pre>{html.escape(text)}</pre>")
    else:
        parts.append("<p>No notes about the lexicons' sources were found.</p>")
    parts.append(f"<h3>Place names</h3><p>{html.escape(PLACES_NOTE)}</p>")
    return "".join(parts)


def software_html() -> str:
    """The third tab: every package Comparer runs on, with version and licence."""
    direct, indirect = dependencies()
    runtime = [
        Package("Python", platform.python_version(), "PSF-2.0"),
        Package("Qt", qVersion(), "LGPL-3.0-only"),
    ]
    header = ["package", "version", "licence"]
    return (
        "<h3>Comparer is built on</h3>"
        + html_table([[p.name, p.version, p.licence] for p in runtime + direct], header)
        + "<h3>which bring along</h3>"
        + html_table([[p.name, p.version, p.licence] for p in indirect], header)
        + "<p><small>As stated by each package's installed metadata. Qt and PySide6 are used "
        "under the GNU LGPL v3: they are linked dynamically and can be replaced.</small></p>"
    )


def app_icon() -> QIcon:
    """Comparer's icon, drawn from the SVG shipped in ``resources/icons``."""
    return QIcon(str(resources_dir() / "icons" / "comparer.svg"))


class AboutDialog(QDialog):
    """Version and licences, in tabs: About, Data, Software."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Comparer")
        self.tabs = QTabWidget()
        for title, text in (
            ("About", about_html()),
            ("Data", data_html()),
            ("Software", software_html()),
        ):
            self.tabs.addTab(_browser(text), title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(_header())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)


def _browser(text: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    browser.setHtml(text)
    return browser


def _header() -> QHBoxLayout:
    icon = QLabel()
    icon.setPixmap(app_icon().pixmap(QSize(64, 64)))
    title = QLabel(f"<b>Comparer</b> {html.escape(__version__)}")
    title.setTextFormat(Qt.TextFormat.RichText)
    row = QHBoxLayout()
    row.addWidget(icon)
    row.addWidget(title, 1)
    return row


def show_about(parent: QWidget | None) -> None:
    """Open the About dialog and wait until it is closed."""
    AboutDialog(parent).exec()
