"""What the reviewer was looking at, as JSON data a session keeps, and back again.

The columns shown, the filters of the differences table, the tab below, the furniture
and minor-findings switches, how far the columns were scrolled, how wide each column and
how high the tabs were, the selected difference (by its anchor, so it is found again after
an engine upgrade), the key difference picked in the Summary (by its line), whose
findings in every column are marked again, and the caret the reader moved with the arrow
keys (its column, sentence and place in it). The view comes from a file the user may have
edited or that an older version wrote, so reading it takes what makes sense and ignores
the rest.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from comparer.model import Difference, Kind
from comparer.sessions import DifferenceAnchor
from ui.compare.area import ComparisonArea

if TYPE_CHECKING:
    from comparer.sessions.attach import Attached

ANCHOR_FIELDS = {f.name for f in fields(DifferenceAnchor)}


def capture(area: ComparisonArea, attached: Attached | None) -> dict[str, Any]:
    """The view of ``area`` as plain JSON data."""
    kind, article, state = area.filters()
    view: dict[str, Any] = {
        "columns": list(area.shown_keys),
        "filters": {"kind": str(kind) if kind else None, "article": article, "state": state},
        "tab": area.tab_index(),
        "furniture": area.show_furniture(),
        "minor": area.show_minor,
        "scroll": area.scroll_position(),
        "sizes": area.splitter_sizes(),
        "selected": None,
        "key": area.picked_key_explanation(),
        "caret": _caret_data(area.caret()),
    }
    chosen = area.current_difference()
    if attached is not None and chosen is not None:
        view["selected"] = asdict(attached.anchor_of(chosen))
    return view


def restore(area: ComparisonArea, attached: Attached, view: dict[str, Any]) -> None:
    """Bring ``area`` back to ``view`` (what is missing or malformed keeps its default)."""
    keys = {c.key for c in attached.comparison.articles}
    # First: the switch decides which findings the columns and the table hold.
    area.set_show_minor(view.get("minor") is True)
    columns = [k for k in _list(view.get("columns")) if k in keys]
    if len(columns) >= 2:
        area.show_columns(columns)
    area.set_show_furniture(view.get("furniture") is True)
    _restore_filters(area, view.get("filters"))
    area.set_splitter_sizes(_sizes(view.get("sizes")))
    tab = view.get("tab")
    if isinstance(tab, int):
        area.set_tab_index(tab)
    selected = _selected(attached, view.get("selected"))
    scroll = view.get("scroll")
    key = view.get("key")
    caret = _caret(view.get("caret"), keys)

    def settle() -> None:  # once the columns are laid out, so the heights are known
        if caret is not None:  # first: placing it scrolls its column, the scroll comes after
            area.put_caret(*caret)
        if selected is not None:
            area.select_difference(selected)
            area.show_difference(selected, reveal=False)
        if isinstance(key, str):
            area.pick_key(key)
        if isinstance(scroll, int):
            area.set_scroll_position(scroll)

    QTimer.singleShot(0, settle)


def _restore_filters(area: ComparisonArea, raw: Any) -> None:
    filters = raw if isinstance(raw, dict) else {}
    kind = filters.get("kind")
    article = filters.get("article")
    state = filters.get("state")
    area.set_filter(
        Kind(kind) if kind in {k.value for k in Kind} else None,
        article if isinstance(article, str) else None,
        state if isinstance(state, str) else None,
    )


def _selected(attached: Attached, raw: Any) -> Difference | None:
    if not isinstance(raw, dict) or set(raw) != ANCHOR_FIELDS:
        return None
    if not all(isinstance(raw[f], int if f == "occurrence" else str) for f in ANCHOR_FIELDS):
        return None
    return attached.difference_for(DifferenceAnchor(**raw))


def _caret_data(caret: tuple[str, int, int] | None) -> dict[str, Any] | None:
    if caret is None:
        return None
    column, sentence, into = caret
    return {"column": column, "sentence": sentence, "into": into}


def _caret(raw: Any, keys: set[str]) -> tuple[str, int, int] | None:
    if not isinstance(raw, dict) or raw.get("column") not in keys:
        return None
    sentence, into = raw.get("sentence"), raw.get("into")
    if type(sentence) is not int or type(into) is not int:  # bool is an int: not a place
        return None
    return raw["column"], sentence, into


def _sizes(raw: Any) -> dict[str, list[int]]:
    sizes = raw if isinstance(raw, dict) else {}
    return {
        name: [n for n in wanted if isinstance(n, int) and n >= 0]
        for name, wanted in sizes.items()
        if name in ("columns", "below") and isinstance(wanted, list)
    }


def _list(raw: Any) -> list[str]:
    return [item for item in raw if isinstance(item, str)] if isinstance(raw, list) else []
