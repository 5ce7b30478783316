"""Posts embedded in a report stay in its text as quotes, however the page wraps them."""

from __future__ import annotations

from comparer.ingest import extract_bytes

BODY = (
    "The council voted on Tuesday to close the old river bridge to lorries from next month, "
    "after engineers found cracks in two of its stone piers during the spring inspection.",
    "The mayor said a new bridge would be built within five years if the money could be "
    "found, and that buses would still be allowed to cross at walking pace.",
    "Residents of both banks have asked for a ferry while the bridge is closed, saying the "
    "detour adds half an hour to every journey into the centre.",
)
POST = "The bridge is closed to lorries from Monday. Buses can still cross."
# WordPress's embed block, as its editor saves a pasted tweet address.
TWEET = (
    '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter">'
    '<div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet" data-width="550">'
    f'<p lang="en" dir="ltr">{POST}</p>&mdash; City Council (@citycouncil) '
    '<a href="https://twitter.com/citycouncil/status/1">May 1, 2023</a></blockquote>'
    "</div></figure>"
)
INSTAGRAM = (
    '<div class="embed embed--instagram"><blockquote class="instagram-media" '
    'data-instgrm-permalink="https://www.instagram.com/p/x/"><div>'
    '<a href="https://www.instagram.com/p/x/">View this post on Instagram</a>'
    f"<p>{POST}</p></div></blockquote></div>"
)


def _paragraphs(embed: str, around: str = "{}") -> list[str]:
    inner = f"<p>{BODY[0]}</p>{embed}<p>{BODY[1]}</p><p>{BODY[2]}</p>"
    page = (
        "<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>"
        f"<div class='entry-content'>{around.format(inner)}</div></article></body></html>"
    )
    found = extract_bytes(page.encode(), source="bridge.html", filename="bridge.html")
    return found.text.split("\n\n")


def test_a_tweet_in_an_embed_block_is_kept_as_a_quote() -> None:
    paragraphs = _paragraphs(TWEET)
    assert paragraphs[0] == BODY[0] and paragraphs[-2:] == list(BODY[1:])
    assert f"“{POST}" in paragraphs[1] and "@citycouncil" in "".join(paragraphs[1:3])


def test_an_instagram_post_is_kept_without_its_link() -> None:
    assert _paragraphs(INSTAGRAM) == [BODY[0], f"“{POST}”", *BODY[1:]]


def test_a_container_named_embed_around_the_whole_article_is_not_lifted() -> None:
    around = '<div class="embedded-content">{}</div>'
    paragraphs = _paragraphs(TWEET, around)
    assert paragraphs[0] == BODY[0] and paragraphs[-2:] == list(BODY[1:])


# CNN's 2015 page of an Instagram post (the fifth dev set, GoOse's tests): the captioned
# embed writes the caption as a link to the post, the whole of its paragraph.
CAPTION = (
    "Dear TeamLH, just wanted to let you know why things have been quiet on social media "
    "the past few days. I've not been well with a fever but I also had a road accident in "
    "Monaco on Monday night."
)
CAPTIONED = (
    '<div class="el__leafmedia el__leafmedia--instagram"><div id="insembed" '
    'class="el-embed-instagram"><blockquote class="instagram-media" data-instgrm-captioned '
    'data-instgrm-version="5"><div style="padding:8px;"> <p style=" margin:8px 0 0 0;">'
    f'<a href="https://instagram.com/p/99kB_8L00w/" target="_blank">{CAPTION}</a></p> '
    '<p style=" color:#c9c8cd;">A photo posted by Lewis Hamilton (@lewishamilton) on <time '
    'datetime="2015-11-11T22:50:35+00:00">Nov 11, 2015 at 2:50pm PST</time></p></div>'
    "</blockquote></div></div>"
)


def test_an_instagram_caption_written_as_a_link_is_kept_as_a_quote() -> None:
    paragraphs = _paragraphs(CAPTIONED)
    assert paragraphs[0] == BODY[0] and paragraphs[-2:] == list(BODY[1:])
    assert f"“{CAPTION}" in paragraphs[1]
