"""The comparison view: articles side by side with their differences highlighted.

The lead window embeds :class:`ComparisonView` and :class:`DifferencesPanel` and joins them
with :func:`bind_panel`. Everything here only paints what the engine's
:class:`~comparer.model.Comparison` says; colours and words live in :mod:`ui.compare.palette`.
"""

from ui.compare.differences import DifferencesPanel
from ui.compare.view import ComparisonView, bind_panel

__all__ = ["ComparisonView", "DifferencesPanel", "bind_panel"]
