"""Comparer's engine: import news articles, align their sentences and explain how they differ.

This package never imports Qt or the ``ui`` package; the desktop shell in ``ui/`` and the
``comparer`` command line are both thin clients of it.
"""

__version__ = "0.1.0"
