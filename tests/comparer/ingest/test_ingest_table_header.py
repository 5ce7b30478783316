"""A table's header row is the table's, not a menu, though its cells are words between bars.

Modelled on a Peruvian paper's school-holiday report: a table "Vacaciones | Duración |
Fecha" over rows of dates. The page reader writes a table a row a line, cells between bars,
and the menu rule took the header row (words only) for a bar of links. A lone bar of links
is still a menu.
"""

from __future__ import annotations

from comparer.ingest import extract_bytes
from comparer.model import Furniture

PARAGRAPHS = (
    "El Ministerio de Educación publicó el calendario escolar de 2022, que incluye tres "
    "periodos de vacaciones para los alumnos de los colegios públicos del país.",
    "Las clases presenciales comenzarán el 14 de marzo y terminarán el 23 de diciembre, "
    "según la resolución publicada el lunes en el diario oficial.",
)
HEADER = ("Vacaciones", "Duración", "Fecha")
ROWS = (
    ("Primeras vacaciones", "Una semana", "Del 16 al 20 de mayo"),
    ("Vacaciones de medio año", "Dos semanas", "Del 25 de julio al 5 de agosto"),
    ("Últimas vacaciones", "Una semana", "Del 10 al 14 de octubre"),
)
MENU = "Política | Economía | Deportes | Mundo"


def _cells(tag: str, cells: tuple[str, ...]) -> str:
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"


PAGE = (
    "<html><head><title>Calendario escolar 2022</title></head><body>"
    f"<header><p>{MENU}</p></header><article><h1>Calendario escolar 2022</h1>"
    f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
    f"<table><thead>{_cells('th', HEADER)}</thead>"
    f"<tbody>{''.join(_cells('td', row) for row in ROWS)}</tbody></table>"
    f"<p>{MENU}</p></article></body></html>"
)


def test_a_tables_header_row_is_kept_and_a_menu_is_not() -> None:
    article = extract_bytes(PAGE.encode(), source="lr.html", filename="lr.html")
    rows = [" | ".join(cells) for cells in (HEADER, *ROWS)]
    assert article.text.split("\n\n") == [*PARAGRAPHS, *rows]
    assert {block.text: block.reason for block in article.removed}.get(MENU) == (
        Furniture.NAVIGATION
    )
