"""Names after "in", "near", "at", "from" are listed as places only when they are places."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from comparer.align import place_names
from comparer.align.events import find_events
from comparer.align.prepared import prepare
from evaluation import wordnet_kinds
from evaluation.articles import from_text

WORDNET = Path("/usr/share/wordnet")


def _places(text: str) -> set[str]:
    [event] = find_events([prepare("a", from_text(1, text))])
    return set(event.places)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        (  # a body, a party's members, a network, a programme
            "The bill died in Congress after criticism from Republicans, first reported at "
            "CNN. Cuts in Medicare were debated in Washington.",
            {"Congress", "Republicans", "CNN", "Medicare"},
        ),
        (  # people: after a title, a given name, or saying something
            "President Barack Obama spoke on Monday. Protesters gathered near Obama as he "
            "left. Sheriff Joe Arpaio said the raids would go on; in Arpaio's county the jail "
            "is full. Robert Mueller said nothing, and in Mueller's office nobody answered.",
            {"Obama", "Arpaio", "Mueller"},
        ),
        (  # a title inside the name, a person's full name, an office
            "The vote came in House Speaker Paul Ryan's chamber. A message from Donald Trump "
            "arrived; Trump said it was final. Staff at Defense Department offices agreed.",
            {"House Speaker Paul Ryan", "Donald Trump", "Defense Department"},
        ),
        (  # a person WordNet knows who shares a town's name
            "Hillary Clinton said on Tuesday she would run. Donors in Clinton were pleased.",
            {"Clinton"},
        ),
    ],
)
def test_names_that_are_not_places_are_not_listed(text: str, not_places: set[str]) -> None:
    places = _places(text)
    assert not places & not_places
    if "Washington" in text:
        assert "Washington" in places


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (  # BASIL: a New York Times report on Chris Christie's lawyers
            "Mr. Sheridan is representing the campaign along with Robert D. Luskin; both men "
            "are partners at Patton Boggs. The hearing was held in Trenton.",
            "Patton Boggs",
        ),
        (  # BASIL: a Fox News report on Facebook and Twitter before Congress
            "“We badly mishandled our communications with them,” Monika Bickert, head of "
            "Global Policy Management at Facebook, said at a House Judiciary Committee "
            "hearing in Washington.",
            "Facebook",
        ),
    ],
)
def test_where_someone_works_is_no_place(text: str, employer: str) -> None:
    """A name after a person's role and "at" is where the person works."""
    places = _places(text)
    assert employer not in places
    assert places & {"Trenton", "Washington"}


def test_a_verb_before_at_names_no_workplace() -> None:
    """The Gun Violence Corpus: "shot" and "back" are people's nouns to WordNet too."""
    text = (
        "A toddler is recovering after being shot at Whitehaven apartment complex. They "
        "wanted to get back at him, police said."
    )
    assert "Whitehaven" in _places(text)


def test_places_wordnet_knows_or_does_not_know_are_listed() -> None:
    text = (
        "Deputies in Maricopa County met the governor at Trump Tower. Fighters in Raqqa "
        "and Brownsville residents, aid workers in Africa and crowds in New York City "
        "watched. Stations in South Florida reported it."
    )
    assert {
        "Maricopa County", "Trump Tower", "Raqqa", "Africa", "New York City", "South Florida",
    } <= _places(text)  # fmt: skip


def test_towns_named_after_people_and_buildings_that_are_institutions_are_places() -> None:
    text = (
        "The gunman opened fire in Hawthorne on Monday. Students at Yuma High School "
        "were kept inside, and deputies in Wayne County closed roads near Sacred Heart "
        "Catholic Church. He appeared in Rock County Circuit Court in Evanston Monday."
    )
    assert {
        "Hawthorne", "Yuma High School", "Wayne County", "Sacred Heart Catholic Church",
        "Rock County Circuit Court", "Evanston",
    } <= _places(text)  # fmt: skip


def test_a_syrian_spelling_that_is_an_english_name_is_a_place_only_after_in() -> None:
    assert "Dana" not in _places("Dana said on Monday that the talks had failed.")
    assert "Dana" in _places("Shelling hit homes in Dana on Monday, residents said.")


@pytest.mark.skipif(not WORDNET.is_dir(), reason="Debian's wordnet-base is not installed")
def test_the_shipped_kinds_table_is_what_the_builder_makes(tmp_path: Path) -> None:
    out = tmp_path / "wordnet_kinds.tsv.gz"
    wordnet_kinds.main([str(WORDNET), str(out)])
    shipped = Path(place_names.__file__).parents[1] / "data" / "wordnet_kinds.tsv.gz"
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped.read_bytes())


def test_a_name_stops_at_a_comma_so_town_and_state_are_both_listed() -> None:
    text = (
        "He grew up in Hope, Arkansas, and lived in Fort Lee, N.J., before a spell in "
        "St. Louis and in Washington D.C. at the end."
    )
    places = _places(text)
    assert {"Hope", "Fort Lee", "St. Louis", "Washington D.C."} <= places
    assert "Hope, Arkansas" not in places


def test_a_town_before_a_us_state_abbreviation_is_a_place() -> None:
    # WordNet knows "Aurora" as a dawn goddess and "Auburn" as a colour; the state after
    # the comma, as AP style or a postal code writes it, says they are towns here.
    text = (
        "A gunman opened fire in a cinema in Aurora, Colo., on Friday. A year later a man "
        "shot children at a school in Newtown, Conn., and police in Auburn, WA, found a car."
    )
    assert {"Aurora", "Newtown", "Auburn"} <= _places(text)


def test_capitals_after_a_comma_that_spell_no_state_add_no_place() -> None:
    text = "The talks in Aurora, UN officials said, went nowhere; in Auburn, Mr. Day spoke."
    places = _places(text)
    assert "Aurora" not in places
    assert "Auburn" not in places


def test_an_article_listing_thousands_of_towns_is_read_in_seconds() -> None:
    """Each town's name was looked for as a person's across the whole text: 2,000 took
    ~13 s of CPU. The made-up names are unknown to WordNet, so each is a place."""
    syllables = ("zor", "vak", "tel", "mun", "bri", "osk", "dag", "lep")
    towns = [
        f"{a}{b}{c}{d}".capitalize()
        for a in syllables
        for b in syllables
        for c in syllables
        for d in syllables[:4]
    ]
    text = " ".join(f"The bridge in {town} was shut on Tuesday." for town in towns)
    started = time.process_time()
    places = _places(text)
    assert time.process_time() - started < 3
    assert len(towns) == 2048 and places >= set(towns[:50])
