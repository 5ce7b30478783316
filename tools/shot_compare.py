"""Save pictures of the comparison view for two seed reports, in a light and a dark theme.

A developer's check that layout, colours and highlight positions look right without opening
the app: ``python tools/shot_compare.py [OUT_DIR]`` writes ``compare-light.png`` and
``compare-dark.png`` (offscreen). The comparison is the hand-built one the UI tests use
(seeds 000 and 001, the same strike), so the picture shows every kind of highlight; with
``--engine`` the same two reports go through the real engine instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui" / "compare")]

from compare_seeds import strike_articles, strike_builder  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QSplitter, QWidget  # noqa: E402

from comparer.compare import compare  # noqa: E402
from comparer.model import Comparison  # noqa: E402
from ui.compare import ComparisonView, DifferencesPanel, bind_panel  # noqa: E402


def dark_palette() -> QPalette:
    """A plain dark palette, standing in for a system dark theme."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fa8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    return pal


def comparison(engine: bool) -> Comparison:
    """The hand-built comparison of the strike reports, or the engine's."""
    if not engine:
        return strike_builder().comparison()
    articles = strike_articles()
    return compare([articles["A"], articles["B"]])


def build(data: Comparison) -> QWidget:
    """The view and its differences panel, as the main window would stack them."""
    box = QSplitter(Qt.Orientation.Vertical)
    view = ComparisonView()
    panel = DifferencesPanel()
    box.addWidget(view)
    box.addWidget(panel)
    view.set_comparison(data)
    panel.set_comparison(data)
    bind_panel(view, panel)
    view.set_show_furniture(True)
    box.resize(1200, 820)
    box.setSizes([600, 220])
    box.show()
    panel.next_difference()
    return box


def shoot(app: QApplication, data: Comparison, path: Path) -> Path:
    widget = build(data)
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    widget.close()
    return path


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--engine"]
    engine = "--engine" in sys.argv
    out = Path(args[0]) if args else Path.cwd()
    out.mkdir(parents=True, exist_ok=True)
    data = comparison(engine)
    stem = "compare-engine" if engine else "compare"
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    print(shoot(app, data, out / f"{stem}-light.png"))
    app.setPalette(dark_palette())
    print(shoot(app, data, out / f"{stem}-dark.png"))


if __name__ == "__main__":
    main()
