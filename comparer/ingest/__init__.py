"""Turn what a journalist has (files, pages, pasted text, URLs) into clean articles."""
