"""An article printed as loose text between empty break elements is read whole.

The page is The Times of India's, saved in Fundus's set (committed under tests/pages): its
paragraphs stand directly in one ``<div>``, parted by ``<span class="id-r-component br">``,
a subheading in ``<span class="strong">``; the lines are its own.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from comparer.ingest import extract_bytes

PARAGRAPHS = [
    "BHOPAL: Madhya Pradesh continues to report the highest number of infant abandonment "
    "cases in the country, highlighting a serious concern. According to data released by the "
    "National Crime Records Bureau (NCRB), the state has consistently topped the list for "
    "several years.",
    "A series of incidents from across the state have emerged in which newborns were "
    "abandoned in unsafe conditions, putting their lives at immediate risk. Some infants "
    "miraculously survived due to timely intervention by locals or authorities, while "
    "others were not as fortunate.",
    "The NCRB’s “Crime in India 2023” report shows that Madhya Pradesh has consistently "
    "recorded the highest number of infant abandonment cases in the country over the past "
    "five years.",
    "Despite fluctuations in the national figures, Madhya Pradesh remained at the top from "
    "2019 to 2023. Even in 2023, when overall cases across India declined to 653, the state "
    "alone accounted for 140 cases — the highest in the country.",
    "The 22-year-old mother was later identified and arrested. The incident sent shockwaves "
    "across the region, highlighting the extreme measures some individuals resort to when "
    "abandoning newborns.",
]
HEADING = "Newborn Buried Alive: Fear of Job Loss Drives Extreme Act"
AFTER = [
    "Another disturbing case from Chhindwara district exposed how fear and policy-related "
    "pressures can lead to extreme actions.",
    "A government school teacher and his wife buried their three-day-old son alive in a "
    "forest in Nandanwadi village. According to police, the couple feared that having a "
    "fourth child would cost the teacher his job under Madhya Pradesh’s two-child policy for "
    "government employees.",
]


PAGE = Path(__file__).resolve().parents[2] / "pages" / "fundus" / "ind_TimesOfIndia"


def test_loose_paragraphs_are_kept_whole_and_apart() -> None:
    # trafilatura kept about two thirds of this page's words and joined its paragraphs
    data = gzip.decompress((PAGE / "source.html.gz").read_bytes())
    text = extract_bytes(data, source="toi.html", filename="source.html").text
    paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    for expected in [*PARAGRAPHS, HEADING, *AFTER]:
        assert expected in paragraphs


def test_an_article_in_paragraph_elements_is_left_to_the_extraction() -> None:
    page = "".join(f"<p>{text}</p>" for text in PARAGRAPHS + AFTER)
    html = f"<html><head><title>T</title></head><body><article>{page}</article></body></html>"
    text = extract_bytes(html.encode(), source="p.html", filename="p.html").text
    assert all(" ".join(p.split()) in " ".join(text.split()) for p in PARAGRAPHS + AFTER)


RBB_TODAY = Path(__file__).resolve().parents[2] / "pages" / "postlight" / "www.rbbtoday.com"


def test_the_paragraph_before_the_first_break_opens_the_article() -> None:
    # RBB Today's <article> holds its first paragraph as its own text, before a <br/>:
    # trafilatura kept every paragraph after it, and the review opened on its second
    data = gzip.decompress((RBB_TODAY / "source.html.gz").read_bytes())
    text = extract_bytes(data, source="rbbtoday.html", filename="source.html").text
    paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("もっぱら映画は映画館で"))
    assert paragraphs[first + 1].startswith("スマホやパソコンなどで視聴できる")


def test_an_articles_own_leading_text_is_put_back_once() -> None:
    # trafilatura leaves out the <article>'s own text before its first <br/> here too
    page = "<br/><br/>".join(PARAGRAPHS + AFTER)
    html = f"<html><head><title>T</title></head><body><article>{page}</article></body></html>"
    text = extract_bytes(html.encode(), source="p.html", filename="p.html").text
    assert text.count(PARAGRAPHS[0][:60]) == 1


PLEDGES = [
    f"{n}. Pledge number {n} of the party: the state funds {word} for every citizen, "
    "and the councils decide on it with their residents in open meetings."
    for n, word in enumerate(
        ("schools", "broadband", "buses", "libraries", "clinics", "parks", "pools", "stations",
         "bridges", "theatres", "kindergartens", "archives", "museums", "harbours"),
        start=1,
    )
]  # fmt: skip


def test_a_sidebar_of_loose_text_does_not_replace_another_article() -> None:
    # Modelled on a party's blog post (trafilatura's test pages): the post in <p> elements
    # read right, and a sidebar of election pledges printed as loose text between <br/>s,
    # longer than the post, took its place
    post = "".join(f"<p>{text}</p>" for text in AFTER)
    sidebar = "<br/><br/>".join(PLEDGES)
    html = (
        "<html><head><title>T</title></head><body>"
        f"<article><h1>Basic income is a human right</h1>{post}</article>"
        f"<aside><div class='widget'>{sidebar}</div></aside></body></html>"
    )
    text = " ".join(extract_bytes(html.encode(), source="p.html", filename="p.html").text.split())
    assert all(paragraph in text for paragraph in AFTER)
    assert PLEDGES[0] not in text
