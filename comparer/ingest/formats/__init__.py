"""One reader per file format; each turns bytes into a :class:`comparer.ingest.raw.Raw`."""
