"""Comparer's desktop shell: Qt widgets over the engine in ``comparer``."""
