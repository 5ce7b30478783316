"""The Events tab lists only real places: the words the issue saw listed are not places."""

from __future__ import annotations

from comparer.align.event_signature import LEDE_WEIGHT, signature
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


def test_an_arabic_place_name_is_listed_whole_with_its_article() -> None:
    text = (  # seeds 000 and 001, and a place known on its own ("Tal") kept whole
        "The letter cited the attacks committed on Saturday against residential sites in "
        "Tal al-Shaer and Al-Duwaiji in Deir-ez-Zor. A new massacre in Al Duwaiji village "
        "followed an airstrike in the western al-Daraiya neighborhood."
    )
    [event] = find_events([prepare("a", from_text(1, text))])
    assert {"Tal al-Shaer", "Al Duwaiji", "Daraiya"} <= set(event.places)
    assert "Tal" not in event.places


def test_the_headline_is_read_with_the_text_but_names_no_place() -> None:
    # The importer keeps the headline out of the text, as the title; it names the event,
    # but in title case every word looks like a name (a BASIL headline).
    body = "Rescuers dug through the rubble near Aleppo all night. Families slept outside."
    title = "Trump Signs Bill Reopening Government in Surprise Retreat From Wall"
    prepared = prepare("a", from_text(1, body, title=title))
    [event] = find_events([prepared])
    assert event.places == ("Aleppo",)
    headline = prepare("h", from_text(2, title)).tokens[0]
    assert {t.key for t in headline if t.content} <= set(signature(prepared).terms)


def test_the_top_of_a_report_weighs_more_than_its_background() -> None:
    lede = "Rescuers searched the rubble."
    later = " ".join(f"Background sentence number {n} ran long." for n in range(4))
    sig = signature(prepare("a", from_text(1, f"{lede} {later} Rescuers searched the rubble.")))
    [rubble] = [t.key for t in prepare("w", from_text(2, "rubble")).tokens[0]]
    weights = [w for t, w in zip(sig.terms, sig.weights, strict=True) if t == rubble]
    assert weights == [LEDE_WEIGHT, 1.0]
    assert LEDE_WEIGHT > 1
