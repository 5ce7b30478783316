"""The library side of the window: the sidebar of articles and what brings articles in.

:class:`~ui.library.panel.LibraryPanel` lists the library through the paged SQL model of
:mod:`ui.library.model`; :mod:`ui.library.article_view` shows one article and
:mod:`ui.library.metadata_edit` corrects its details. Articles arrive through
:mod:`ui.library.import_controller` (drops, pastes, files, URLs), and when they report
different events :mod:`ui.library.event_grouping` and :mod:`ui.library.event_choice` ask
where they belong. Nothing here imports the comparison panes.
"""
