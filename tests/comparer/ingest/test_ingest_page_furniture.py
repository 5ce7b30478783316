"""Issue 16's furniture, on a page shaped like a US paper's: each line goes, with its reason.

The lines are the ones quoted in the issue, set in the markup papers use (a related-story
line and a "continue reading" link inside the body's column, a promotional line in bold).
Line by line, the rules are tested in :mod:`test_ingest_furniture`; here they are seen to
run on what the page reader gives them.
"""

from __future__ import annotations

from comparer.ingest import extract_bytes
from comparer.model import Furniture

PARAGRAPHS = (
    "WASHINGTON — The Senate passed the spending bill early Sunday after a night of debate, "
    "with 51 senators voting in favour and the vice president breaking no tie.",
    "The measure now goes to the House, where leaders said a vote could come within days, "
    "though several members said they wanted changes to the farm provisions.",
    "“We did our job,” the majority leader told reporters at the Capitol, adding that the "
    "House should take it up without delay.",
    "Democrats said the bill cut too deeply into programmes for the poor and promised to "
    "fight it in the House, where the margin is narrower.",
)
FURNITURE = {
    "Related: House leaders split over farm bill": Furniture.READ_MORE,
    "Continue reading the main story": Furniture.NAVIGATION,
    "Also on rt.com Kiev regime 'shelled its own people' – Moscow": Furniture.TEASER,
    "CLICK HERE TO GET THE FOX NEWS APP": Furniture.BOILERPLATE,
}
PAGE = f"""<html><head><title>Senate passes spending bill - The New York Times</title></head>
<body><header><nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav></header>
<article id='story'><h1>Senate passes spending bill</h1><section name='articleBody'>
<div class='StoryBodyCompanionColumn'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>
<div class='StoryBodyCompanionColumn'><p>Related: House leaders split over farm bill</p>
<p>{PARAGRAPHS[2]}</p><p><a href='#after'>Continue reading the main story</a></p>
<p>Also on rt.com Kiev regime 'shelled its own people' – Moscow</p>
<p><strong>CLICK HERE TO GET THE FOX NEWS APP</strong></p><p>{PARAGRAPHS[3]}</p>
<div class='newsletter'><p>Thanks for signing up!</p></div></div></section></article>
<footer><p>© 2019 The New York Times Company</p></footer></body></html>"""


def test_the_issues_furniture_leaves_a_page_with_its_reasons() -> None:
    article = extract_bytes(PAGE.encode(), source="nyt.html", filename="nyt.html")
    assert article.text.split("\n\n") == list(PARAGRAPHS)
    removed = {block.text: block.reason for block in article.removed}
    assert {line: removed.get(line) for line in FURNITURE} == FURNITURE
    assert article.meta.title == "Senate passes spending bill"
