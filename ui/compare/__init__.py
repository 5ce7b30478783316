"""The comparison view: articles side by side with their differences highlighted.

The lead window embeds :class:`ComparisonView` and :class:`DifferencesPanel` and joins them
with :func:`bind_panel`; :class:`NumbersView`, :class:`FramingView` and :class:`EventsView`
summarise the comparison beside them and :class:`FindBar` searches its columns. Everything
here only paints what the engine's :class:`~comparer.model.Comparison` says; colours and
words live in :mod:`ui.compare.palette`.
"""

from ui.compare.differences import DifferencesPanel
from ui.compare.events_view import EventsView
from ui.compare.find_bar import FindBar
from ui.compare.framing_view import FramingView
from ui.compare.numbers_view import NumbersView
from ui.compare.view import ComparisonView, bind_panel

__all__ = [
    "ComparisonView",
    "DifferencesPanel",
    "EventsView",
    "FindBar",
    "FramingView",
    "NumbersView",
    "bind_panel",
]
