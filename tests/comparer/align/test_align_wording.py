"""Word-level differences inside aligned groups: types, minor changes and exact offsets."""

from __future__ import annotations

import pytest
from diff_match_patch import diff_match_patch

from comparer.align.house_style import house_style
from comparer.align.normalise import _analysed
from comparer.align.wording import Word, coded, is_minor, side, word_diff
from comparer.compare import compare
from comparer.model import Difference, Kind, Member
from tests.comparer.align.conftest import ArticleMaker

OTHER = "The mayor promised compensation to every shop owner within two weeks."


def wording(left: str, right: str, make_article: ArticleMaker) -> list[Difference]:
    a = make_article(f"{left} {OTHER}", 1)
    b = make_article(f"{right} {OTHER}", 2)
    return [d for d in compare([a, b]).differences if d.kind is Kind.WORDING]


def test_replaced_words_point_at_both_texts(make_article: ArticleMaker) -> None:
    a = make_article(f"More than 10 civilians were killed in the strike on the village. {OTHER}", 1)
    b = make_article(f"At least 10 civilians were killed in the strike on the village. {OTHER}", 2)
    diffs = [d for d in compare([a, b]).differences if d.kind is Kind.WORDING]
    assert len(diffs) == 1
    d = diffs[0]
    assert (d.type, d.article, d.minor, d.group) == ("replaced", "B", False, "G1")
    assert b.text[d.start : d.end] == d.text == "At least"
    assert d.counterpart is not None
    assert a.text[d.counterpart.start : d.counterpart.end] == d.counterpart.text == "More than"


def test_inserted_and_deleted_words(make_article: ArticleMaker) -> None:
    a = make_article(f"Warplanes struck the old bridge over the river at dawn. {OTHER}", 1)
    b = make_article(f"Warplanes struck the bridge over the river at dawn on Sunday. {OTHER}", 2)
    diffs = [d for d in compare([a, b]).differences if d.kind is Kind.WORDING]
    by_type = {d.type: d for d in diffs}
    assert set(by_type) == {"inserted", "deleted"}
    inserted, deleted = by_type["inserted"], by_type["deleted"]
    assert b.text[inserted.start : inserted.end] == "on Sunday"
    assert deleted.start == deleted.end and deleted.counterpart is not None
    assert deleted.counterpart.text == "old"
    assert b.text[deleted.start :].startswith("bridge")


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Officials said the convoy reached Homs late on Friday night.",
            "Officials said the Convoy reached Homs late on Friday night.",
            "Convoy",
        ),
        (
            "Officials said the convoy reached Homs late on Friday night.",
            "Officials said the convoy reached Homs, late on Friday night.",
            ",",
        ),
        (
            "Officials said the convoy reached Deir-ez-Zor late on Friday night.",
            "Officials said the convoy reached Dayr al-Zawr late on Friday night.",
            "Dayr al-Zawr",
        ),
        (
            "The ministry sent a letter to the Secretary-General of United Nations on Friday.",
            "The ministry sent a letter to the Secretary-General of the United Nations on Friday.",
            "the",
        ),
    ],
)
def test_case_punctuation_and_spelling_changes_are_minor(
    left: str, right: str, expected: str, make_article: ArticleMaker
) -> None:
    diffs = wording(left, right, make_article)
    assert [(d.text, d.minor) for d in diffs] == [(expected, True)]


@pytest.mark.parametrize(
    ("marks", "words", "minor"),
    [
        (["”"], ["but"], True),  # BASIL 1e41e98b: a closing quote paired with a "but"
        (['"'], ["was"], True),  # BASIL 7f9c83f7
        (["&"], ["and"], True),
        ([","], ["not"], False),  # a negation turns the fact around
        (["“"], ["should"], False),  # a modal, a quantifier, a time: each carries a fact
        (["“"], ["only"], False),
        (["”"], ["before"], False),
        (["”"], ["against"], False),
        (['"'], ["Obama"], False),
        ([], ["but"], False),  # a word inserted alone is no punctuation change
    ],
)
def test_a_lone_mark_against_function_words_is_minor(
    marks: list[str], words: list[str], minor: bool
) -> None:
    assert is_minor(words, marks)[0] is minor
    assert is_minor(marks, words)[0] is minor


@pytest.mark.parametrize("negation", ["Not", "Never", "No"])
def test_a_capitalised_negation_is_no_speaker_name(negation: str) -> None:
    assert is_minor([negation, ",", "she", "said"], ["she", "said"]) == (False, "")


def test_word_diff_ranges() -> None:
    a = ["the", "army", "took", "the", "town"]
    b = ["the", "rebels", "took", "the", "old", "town"]
    assert word_diff(a, b) == [(1, 2, 1, 2), (4, 4, 4, 5)]


def test_a_pair_diffed_again_gives_the_same_ranges_in_a_list_of_its_own() -> None:
    a = ["the", "army", "took", "the", "town"]
    b = ["rebels", "took", "the", "old", "town"]
    first = word_diff(a, b)
    first.append((9, 9, 9, 9))  # a caller may change its list; the next one is untouched
    assert word_diff(tuple(a), b) == [(0, 2, 0, 1), (4, 4, 3, 4)]


def test_words_are_coded_as_latin_letters_and_digits_first() -> None:
    # one character per distinct word; Latin-1's are strings CPython keeps, read for free
    ca, cb = coded(["the", "army", "took", "the", "town"], ["the", "rebels", "took", "it"])
    assert len(set(ca + cb)) == 6 and ca[0] == ca[3] == cb[0] and ca[2] == cb[2]
    assert all(ord(ch) < 256 and ch.isalnum() for ch in ca + cb)


def test_words_past_latin_codes_are_coded_from_u0100() -> None:
    words = [f"w{n}" for n in range(500)]
    ca, cb = coded(words[:300], words[250:])
    assert len(set(ca + cb)) == 500 and ca[:10] == "0123456789"
    assert (ca + cb)[133] == chr(0x100 + 133) and cb[-1] == chr(0x100 + 499)


def _edits_coded_from_u0100(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """What diff-match-patch gives for words coded from U+0100 (a letter each, as before)."""
    table: dict[str, str] = {}
    ca = "".join(table.setdefault(w, chr(0x100 + len(table))) for w in a)
    cb = "".join(table.setdefault(w, chr(0x100 + len(table))) for w in b)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(ca, cb, False)
    dmp.diff_cleanupSemantic(diffs)
    return [(op, len(text)) for op, text in diffs]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the army took the town , and the army held it .", "rebels took the old town ."),
        (", , , . . the the a a", "the . , a the , . the"),
        (" ".join(f"w{n % 170}" for n in range(400)), " ".join(f"w{n % 140}" for n in range(350))),
    ],
)
def test_latin_codes_diff_as_the_u0100_codes_did(a: str, b: str) -> None:
    left, right = a.split(), b.split()
    expected = _edits_coded_from_u0100(left, right)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(*coded(left, right), False)
    dmp.diff_cleanupSemantic(diffs)
    assert [(op, len(text)) for op, text in diffs] == expected


@pytest.mark.parametrize(
    ("left", "right", "texts"),
    [
        (
            "Speaker Nancy Pelosi, D-Calif., rejected the wall funding bill on Friday.",
            "Speaker Nancy Pelosi (D-Calif.) rejected the wall funding bill on Friday.",
            [("(D-Calif.)", ", D-Calif.,")],
        ),
        (
            "Senator John Smith (R-Texas) cast the lone vote against the bill.",
            "Senator John Smith, a Texan, cast the lone vote against the bill.",
            [(", a Texan,", "(R-Texas)")],
        ),
    ],
)
def test_a_change_never_cuts_inside_brackets(
    make_article: ArticleMaker, left: str, right: str, texts: list[tuple[str, str]]
) -> None:
    found = wording(left, right, make_article)
    assert [(d.text, d.counterpart.text if d.counterpart else "") for d in found] == texts


def test_a_changed_word_that_carries_meaning_is_not_minor(make_article: ArticleMaker) -> None:
    diffs = wording(
        "Officials said the convoy reached Homs late on Friday night.",
        "Officials said the convoy never reached Homs late on Friday night.",
        make_article,
    )
    assert [(d.text, d.minor) for d in diffs] == [("never", False)]


PRESS = "“I will no longer speak to the press ever again after today"
QUOTE = "“For the record, I love my sister, but she is dead wrong on the issue of marriage"


@pytest.mark.parametrize(
    ("left", "right", "minor"),
    [
        (f"{QUOTE}.”", f"{QUOTE},” she wrote.", True),  # a tag added
        (f"{QUOTE},” Mary Cheney wrote.", f"{QUOTE}.”", True),  # a tag dropped
        (f"{QUOTE},” Ms. Cheney said.", f"{QUOTE},” she wrote on Friday.", True),  # reworded
        (f"{QUOTE},” Mary Cheney said.", f"{QUOTE},” Liz Cheney said.", False),  # who said it
        (f"{QUOTE},” she said.", f"{QUOTE},” she claimed.", False),  # a doubting verb
        # BASIL 7a97de89 (LePage): a saying verb with its audience and day
        (f"{PRESS},” he told reporters Wednesday.", f"{PRESS},” he said.", True),
    ],
)
def test_a_speaker_tag_around_a_quote_is_minor_unless_the_speaker_changes(
    left: str, right: str, minor: bool, make_article: ArticleMaker
) -> None:
    diffs = wording(left, right, make_article)
    assert diffs and all(d.minor is minor for d in diffs), [(d.text, d.minor) for d in diffs]


# BASIL 0c78e748 (Flynn plea, 4 Dec 2017): nyt, fox and hpo sentences
CLINTON = "Hillary Clinton lied many times to the F.B.I. Nothing happened to her."
PLEA = (
    "Michael T. Flynn pleaded guilty on Friday to lying to the F.B.I. when he was questioned "
    "early this year about his conversations with the Russian ambassador."
)

LETTER = (
    "We sent the letter from the mayor to Mr. Ruiz, who had given them money and land "
    "for the clinic of Dr. Ford. It was signed on Monday."
)


@pytest.mark.parametrize(
    ("left", "right", "minor"),
    [
        (f"WASHINGTON — {PLEA}", PLEA, True),  # a dateline
        (f"NEW YORK (AP) — {PLEA}", PLEA, True),
        (CLINTON, CLINTON.replace("F.B.I. Nothing", "FBI, and nothing"), True),  # house style
        (PLEA, PLEA.replace("Michael T. Flynn", "Gen. Flynn"), False),  # not a spelling
        (  # BASIL 1b96a5db (nyt): a veto of the Sept. 11 bill
            "Congress overrode a veto of a bill allowing families of those killed in the Sept. "
            "11 attacks to sue Saudi Arabia.",
            "Congress overrode a veto of a bill allowing families of those killed in the "
            "September 11 attacks to sue Saudi Arabia.",
            True,
        ),
        (PLEA, PLEA.replace("guilty on Friday to lying", "guilty on Friday for lying"), True),
        (  # fox / hpo, quoting Trump
            "“Nothing happened to her. Flynn lied and it’s like they ruined his life.”",
            "“Nothing happened to her. Flynn lied and it’s like, it ruined his life.”",
            True,
        ),
        (PLEA, PLEA.replace("to lying", "to not lying"), False),  # a negation
        (PLEA, PLEA.replace("about his", "about her"), False),  # someone else
        (PLEA, PLEA.replace("early this year", "before this year"), False),  # time
        (LETTER, LETTER.replace("from the", "to the"), False),  # direction
        (LETTER, LETTER.replace("We sent", "They sent"), False),  # person
        (LETTER, LETTER.replace("It was", "It is"), False),  # tense
        (LETTER, LETTER.replace("money and", "money or"), False),
        (LETTER, LETTER.replace("given them", "given us"), False),
        (LETTER, LETTER.replace("given them", "given the US"), False),  # the country
        (LETTER, LETTER.replace("Mr. Ruiz", "Mrs. Ruiz"), False),  # someone else
        (LETTER, LETTER.replace("Dr. Ford", "Ford"), False),  # a doctorate is a fact
        (LETTER, LETTER.replace("Mr. Ruiz, who", "Mr. Ruiz, that"), True),
        (  # the subject of the sentence, not where it was filed
            f"NATO Secretary General Jens Stoltenberg — {PLEA}",
            PLEA,
            False,
        ),
        (f"WASHINGTON, D.C. — {PLEA}", PLEA, True),
    ],
)
def test_a_dateline_house_style_or_function_word_is_minor(
    left: str, right: str, minor: bool, make_article: ArticleMaker
) -> None:
    diffs = wording(left, right, make_article)
    assert diffs and all(d.minor is minor for d in diffs), [(d.text, d.minor) for d in diffs]


@pytest.mark.parametrize(
    ("mine", "theirs", "minor"),
    [
        ("Mr. Trump", "Mrs. Trump", False),  # someone else
        ("Dr. Ford", "Ford", False),
        ("Dr. Ford", "Doctor Ford", True),
        ("Mr. Trump", "Trump", True),
        ("the US", "them", False),  # the country
        ("from", "to", False),
        ("to", "for", True),
        ("it", "they", True),
        ("in to", "into", True),
        ("was", "of", False),
        ("MR. Trump", "Trump", True),  # an honorific in capitals
        ("ms. Smith", "Smith", True),
        ("it it it", "they", False),  # three words a side: no swap
        ("it", "they they they", False),
    ],
)
def test_house_style_and_function_words_keep_facts(mine: str, theirs: str, minor: bool) -> None:
    assert is_minor(mine.split(), theirs.split())[0] is minor


def test_a_passage_with_its_own_quote_marks_is_not_quoted_twice(
    make_article: ArticleMaker,
) -> None:
    """'B leaves out ““We will respond,” the” (A)' read as a doubled quote: a passage that
    holds double quotes is put in single ones, as a nested quotation is written."""
    said = "“We will respond to this attack,” the minister told reporters in the capital."
    found = wording(said, "The minister told reporters in the capital.", make_article)
    assert [d.explanation for d in found] == [
        "B has “The” where A has ‘“We will respond to this attack,” the’"
    ]
    plain = wording("Jets struck the old bridge.", "Jets struck the bridge.", make_article)
    assert [d.explanation for d in plain] == ["B leaves out “old” (A)"]


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ("Mr. Smith said", "Mrs. Smith said", False),  # two titles, two people
        ("Mr. Smith said", "Smith said", True),  # one title dropped: house style
        ("the U.S. Senate", "US Senate", True),
        ("the", "a", False),  # nothing but articles: no words to read alike
        ("Senate", "House", False),
    ],
)
def test_house_style_reads_words_alike(mine: str, theirs: str, same: bool) -> None:
    assert house_style(mine.split(), theirs.split()) is same


def test_house_style_reads_no_words_when_the_titles_clash() -> None:
    # Tokenising the sides is most of its cost: two different titles answer at once.
    mine = ["Mr.", "Smith", "of", "Ohio", "said", "it"]
    theirs = ["Ms.", "Smith", "of", "Iowa", "said", "it"]
    before = _analysed.cache_info()
    assert house_style(mine, theirs) is False
    after = _analysed.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)


def test_a_sides_words_are_named_spans_of_its_sentences(make_article: ArticleMaker) -> None:
    article = make_article("U.S. troops (and tanks) left.", 1)
    words = side("A", article, Member("A", (0,))).words
    assert [w.text for w in words] == ["U.S.", "troops", "(", "and", "tanks", ")", "left", "."]
    assert all(isinstance(w, Word) and article.text[w.start : w.end] == w.text for w in words)
    assert words[1] == Word(5, 11, "troops")
