"""Writers that turn a :class:`~comparer.model.Comparison` into JSON, plain text or HTML."""
