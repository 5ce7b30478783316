"""The arrows between the rooms of the code point one way (docs/architecture.md).

Every ``import`` in ``comparer/`` and ``ui/`` is read with :mod:`ast` (nothing is imported)
and the module's room is looked up in the layers below: a module may use its own room and
the rooms listed before it, never one after it. That keeps the rooms free of cycles and
says where a new module belongs; a test failing here names the import to move.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The engine, lowest first. Top-level modules of ``comparer`` are rooms of their own.
ENGINE = (
    # The records and small shared rules every room may use.
    {
        "comparer",
        "model",
        "errors",
        "progress",
        "numwords",
        "dates",
        "colours",
        "identity",
        "wordnet",
        "one_line",
        "casefold",
        "sentence_memo",
        "database_files",
        "saying",
        "quoting",
    },
    {"unmatched"},  # a rule over the model's groups, light enough for the window's start
    {"importing_inputs", "analyser", "key_differences"},
    {"ingest"},  # files, pages and text -> clean articles with sentences
    {"align"},  # sentences of several articles -> groups, events, wording differences
    {"analysis"},  # numbers, framing, omissions on top of the alignment
    {"compare"},  # the pipeline: articles -> Comparison
    {"sessions"},  # a reviewer's work over a comparison (no library, no files)
    {"storage"},  # the library (the only room that uses SQLAlchemy)
    {"importing"},  # ingest into the library
    {"export"},  # reports, JSON, the .comparer file
    {"cli"},
    {"__main__"},
)
# The desktop shell, lowest first: helpers, the two sides of the window, the session, the window.
UI = (
    {
        "ui",
        "plain_text",
        "resources",
        "settings",
        "folders",
        "notices",
        "tasks",
        "task_status",
        "theme",
    },
    {"engine", "action_set", "about", "shortcuts", "preferences", "report_pdf"},
    {"library"},  # the sidebar and what brings articles in
    {"compare"},  # the comparison area, its panes and controller
    {"session"},  # the session under review: controller, menus, notes
    {"main_window", "window_actions", "app"},
)


def _room(package: str, dotted: str) -> str | None:
    parts = dotted.split(".")
    if parts[0] != package:
        return None
    return parts[1] if len(parts) > 1 else package


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            # "from ui import engine" names a module in the package's own namespace.
            yield from ((node.lineno, f"{node.module}.{a.name}") for a in node.names)


def _wrong_way(package: str, layers: tuple[set[str], ...]) -> list[str]:
    level = {room: i for i, rooms in enumerate(layers) for room in rooms}
    wrong: set[str] = set()
    for path in sorted((ROOT / package).rglob("*.py")):
        dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        here = _room(package, dotted)
        if here not in level:
            continue  # not placed yet: test_every_room_has_a_layer names it
        for line, name in _imports(path):
            there = _room(package, name)
            if there is not None and there in level and level[there] > level[here]:
                wrong.add(f"{path.relative_to(ROOT)}:{line} {here} -> {there}")
    return sorted(wrong)


@pytest.mark.parametrize(("package", "layers"), [("comparer", ENGINE), ("ui", UI)])
def test_every_import_points_down_the_layers(package: str, layers: tuple[set[str], ...]) -> None:
    assert _wrong_way(package, layers) == []


def test_every_room_has_a_layer() -> None:
    for package, layers in (("comparer", ENGINE), ("ui", UI)):
        placed = {room for layer in layers for room in layer}
        top = (ROOT / package).iterdir()
        rooms = {p.stem for p in top if p.suffix == ".py" or (p / "__init__.py").exists()}
        assert rooms - placed - {"__init__"} == set(), f"add these rooms of {package}/ to a layer"


def test_the_layers_name_each_room_once() -> None:
    for layers in (ENGINE, UI):
        rooms = [room for layer in layers for room in layer]
        assert len(rooms) == len(set(rooms))
