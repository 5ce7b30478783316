"""The Events tab lists only real places: the words the issue saw listed are not places."""

from __future__ import annotations

from comparer.align.events import find_events
from comparer.align.prepared import prepare
from evaluation.articles import from_text

TEXT = (
    "Sen. Smith spoke in New York on Friday. Officers from Police headquarters said that in "
    "Friday's raid near Aleppo the men were hauling weapons. He told him in North Carolina to "
    "tell them. Residents in Dallas were safe, Federal agents in Federal Way said."
)


def test_an_event_lists_only_places() -> None:
    [event] = find_events([prepare("a", from_text(1, TEXT))])
    assert set(event.places) == {"New York", "Aleppo", "North Carolina", "Dallas"}
