"""Entry script of the bundled command line: PyInstaller freezes this file as ``comparer``.

It only hands over to ``comparer.cli.main.main``, the same function the ``comparer``
console script runs.
"""

import sys

from comparer.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
