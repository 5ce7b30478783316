"""Places the Events tab lists for US gun-violence reports, against each report's city.

The Gun Violence Corpus (:mod:`evaluation.casualties_us`) gives every report its
incident's ``location`` ("Alturas, California"). Each report is compared alone, as the
window would show it, and ``city_listed`` is the share of reports whose city is among the
places its event lists (a town named after a person, a county, a school are places; a
name the report uses for a person, an organisation, a headline's weekday are not);
``places_per_report`` says how many names are listed, so a rule that lists everything
shows. The same figures on half ``b`` of the incidents (see :func:`half`) were never
looked at while the place rules were written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from comparer.align.events import find_events
from comparer.align.prepared import prepare
from evaluation.articles import from_text
from evaluation.casualties import folder, load
from evaluation.casualties_us import NAME, half

SECTION = NAME


def listed_places(record: dict[str, Any]) -> tuple[str, ...]:
    """The places the one event of a report, compared alone, lists."""
    article = from_text(1, f"{record['title']}\n\n{record['text']}")
    [event] = find_events([prepare("a", article)])
    return event.places


def figures(records: list[dict[str, Any]]) -> dict[str, float]:
    """The share of reports whose city is listed, and the names listed a report."""
    found = listed = 0
    for record in records:
        places = listed_places(record)
        city = str(record["location"]).split(",")[0].strip().lower()
        found += any(city in place.lower() for place in places)
        listed += len(places)
    return {"city_listed": found / len(records), "places_per_report": listed / len(records)}


def evaluate(root: Path) -> dict[str, float] | None:
    """The figures on every report with a location, and on half ``b``."""
    base = folder(root, NAME)
    if base is None:
        return None
    records = [r for r in load(base) if r.get("location")]
    if not records:
        return None
    results = figures(records)
    half_b = [r for r in records if half(r) == "b"]
    if half_b:
        results |= {f"{key}_half_b": value for key, value in figures(half_b).items()}
    return results
