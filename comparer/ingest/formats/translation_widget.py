"""Google Translate's pop-up cut out of a page saved while the browser translated it.

A page saved from Chrome with translation on carries the translator's hidden tooltip
(``<div id="goog-gt-tt">`` with an ``<h1>`` "Original text" and "Contribute a better
translation") and its banner frame (ids starting ``goog-te-``). trafilatura took that lone
``<h1>`` for the headline of two Japanese pages of Postlight's set (JVN iPedia's, Elecom's).
These elements are the browser's, never the site's, so they go before extraction; they are
known by Google's ids alone, not by the class ``skiptranslate``, which sites also put on
their own language menus.
"""

from __future__ import annotations

from typing import Any

_WIDGET_IDS = ("goog-gt-", "goog-te-")


def drop_translation_widget(tree: Any) -> None:
    """Take Google Translate's elements out of ``tree`` (None is left)."""
    if tree is None:
        return
    widgets = [e for e in tree.iter() if str(e.get("id") or "").startswith(_WIDGET_IDS)]
    for element in widgets:
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
