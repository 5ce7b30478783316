"""The ``comparer`` command line: a stable, scriptable interface to the engine."""
