"""Framing markers in one sentence, and the classic false positives they must avoid."""

from __future__ import annotations

import pytest

from comparer.analysis import framing_markers


def kinds(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in framing_markers(text)}


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("the so-called coalition", ("distancing", "so-called")),
        ("the alleged international coalition", ("distancing", "alleged")),
        ("the coalition purportedly fighting Daesh", ("distancing", "purportedly")),
        (
            "airstrikes against what are said to be Daesh targets",
            ("distancing", "what are said to be"),
        ),
        ("under the pretext of fighting terrorism", ("distancing", "under the pretext of")),
        ("states that claim to advocate human rights", ("distancing", "claim to")),
        ("the coalition’s feverish quest", ("emotive", "feverish")),
        ("its heinous crimes", ("emotive", "heinous")),
        ("stop the brutal crimes", ("emotive", "brutal")),
        ("a new massacre by the alliance", ("loaded", "massacre")),
        ("tens of civilians were martyred", ("loaded", "martyred")),
        ("some of these states could be considered participants", ("hedge", "could")),
        ("it is clearly a war crime", ("booster", "clearly")),
        ("the Washington-led alliance", ("label", "Washington-led alliance")),
        ("the U.S.-Led Coalition", ("label", "U.S.-Led Coalition")),
        ("back SDF militants", ("label", "SDF militants")),
        ("Daesh Takfiri terrorists", ("label", "Daesh Takfiri terrorists")),
        ("crimes committed by the “illegal” coalition", ("scare_quote", "“illegal”")),
        ("the Ministry said the raid was illegal", ("attribution", "said")),
        ("the Ministry slammed the “frantic” efforts", ("attribution", "slammed")),
        ("Syria affirmed that the massacres continue", ("attribution", "affirmed")),
        ("the letters pointed out.", ("attribution", "pointed out")),
        ("according to local sources", ("attribution", "according to")),
        ("a spokeswoman for the hospital confirmed to HuffPost", ("attribution", "confirmed")),
        ("the Foreign Ministry claimed the strike missed", ("attribution", "claimed")),
        ("Ten civilians were killed in the village.", ("agentless", "were killed")),
    ],
)
def test_markers_are_found(text: str, marker: tuple[str, str]) -> None:
    assert marker in kinds(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("the strike claimed the lives of 14 civilians", "attribution"),
        ("The photo shows damaged buildings in Raqqah", "attribution"),
        ("to shoulder its responsibilities in maintaining international peace", "attribution"),
        ("when US-led fighter aircraft struck army sites", "label"),
        ("airstrikes against what are said to be Daesh targets", "attribution"),
        ("Ten civilians were killed by coalition warplanes.", "agentless"),
        (
            'a statement saying the US has wiped Raqqah "off the face of the earth" with',
            "scare_quote",
        ),
        ("He said: “We will not leave.”", "scare_quote"),
        ("the alleged international coalition", "attribution"),
        ("the rebels claimed to be neutral", "attribution"),
        # the words of the spokeswoman the sentence names, not the outlet's scare quotes
        (
            "His condition was upgraded from “critical” to “serious” on Thursday, a "
            "spokeswoman for the hospital confirmed to HuffPost.",
            "scare_quote",
        ),
        ("It is the state of the union.", "label"),
        # a loaded word in a speaker's quote is the speaker's
        ("“It was no strike,” Ryan said, “it was a massacre.”", "loaded"),
    ],
)
def test_false_positives_are_avoided(text: str, not_expected: str) -> None:
    assert not_expected not in {m.type for m in framing_markers(text)}


def test_labels_carry_their_family_so_swaps_can_be_seen() -> None:
    first = [m for m in framing_markers("ISIS attacked") if m.type == "label"]
    second = [m for m in framing_markers("Daesh Takfiri terrorists attacked") if m.type == "label"]
    assert first[0].detail == second[0].detail
    assert first[0].key != second[0].key


def test_attribution_tone_tells_said_from_slammed_and_claimed() -> None:
    tones = {
        m.text: m.detail
        for text in ("the ministry said it", "the ministry slammed it", "he claimed it was")
        for m in framing_markers(text)
        if m.type == "attribution"
    }
    assert tones == {"said": "neutral", "slammed": "charged", "claimed": "doubt"}


def test_marker_offsets_point_into_the_text() -> None:
    text = "the so-called “anti-ISIS” coalition"
    for marker in framing_markers(text):
        assert text[marker.start : marker.end] == marker.text


@pytest.mark.parametrize(
    ("text", "distancing"),
    [
        ("A self-described dirty trickster, Stone began as a campaign aide.", "self-described"),
        ("The self-titled toughest sheriff backed the governor.", "self-titled"),
        ("The self-declared caliph spoke from the mosque.", "self-declared"),
        ("The self-styled sheriff spoke.", "self-styled"),  # the lexicon's, found once
        ("He met the self-imposed deadline on Friday.", ""),
        ("She is a self-made businesswoman.", ""),
        ("The shooter died of a self-inflicted wound.", ""),
        ("A SELF-DESCRIBED “dirty trickster”, Stone began.", "SELF-DESCRIBED"),
        ("The ſelf-titled — toughest — sheriff.", "ſelf-titled"),  # "ſ" is an "s" to it
    ],
)
def test_self_naming_is_distancing(text: str, distancing: str) -> None:
    """ "Self-" before a verb of naming or saying is the subject's own name for himself,
    which the outlet keeps at a distance; "self-imposed" names no one."""
    found = [m.text for m in framing_markers(text) if m.type == "distancing"]
    assert found == ([distancing] if distancing else [])
