"""Everything the engine writes for people and other programs to read.

Comparisons: :mod:`.json_format` (the stable, versioned JSON of ``docs/json-format.md``),
:mod:`.text_format` (a terminal summary) and :mod:`.html_format` (one self-contained page).
A session's review: :mod:`.reports` writes it as HTML (:mod:`.report_html`, and the print
variant :mod:`.report_print` that Qt turns into a PDF), CSV or JSON. The ``.comparer``
file, a session with its articles for another machine, is written and read back by
:mod:`.bundle`, which checks every untrusted byte with :mod:`.bundle_checks`. Shared
pieces: :mod:`.marking` (one rule for differences that overlap in HTML), :mod:`.key_html`,
:mod:`.sentence_json` and :mod:`.atomic` (a file is written whole or not at all). Nothing
here is imported when the library opens; the writers load on first use.
"""
