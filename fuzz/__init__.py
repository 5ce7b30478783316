"""``make fuzz``: mutated inputs of every format through the real import path.

Seeds of each format (:mod:`fuzz.seeds`) are mutated with a fixed seed (:mod:`fuzz.mutate`),
written to disk under hostile file names, and imported by worker processes with
:func:`comparer.importing.import_one` into a real library (:mod:`fuzz.worker`). The driver
(:mod:`fuzz.run`) counts tracebacks, slow and memory-hungry inputs and checks the library's
integrity at the end; pytest runs a short version of the same run.
"""
