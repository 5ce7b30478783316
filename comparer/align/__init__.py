"""Sentence alignment across reports, event grouping and word-level differences."""
