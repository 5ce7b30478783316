"""The comparison side of the window: articles side by side with their differences.

:class:`~ui.compare.area.ComparisonArea` is the right side of the window: the guide or one
article, or a comparison with its tabs (Summary, Differences, Numbers, Framing, Events) and
the bar offering to compare the selected articles (:mod:`.compare_bar`).
:class:`~ui.compare.controller.ComparisonController` runs comparisons off the GUI thread and
hands each result on. :class:`ComparisonView` paints 2–6 columns joined by link maps;
:func:`bind_panel` joins it to the :class:`DifferencesPanel`; :mod:`.columns_menu` chooses
the columns and :class:`FindBar` searches them. Everything here only paints what the
engine's :class:`~comparer.model.Comparison` says; words and non-colour cues live in
:mod:`ui.compare.palette`, colours in :mod:`comparer.colours`.
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
