"""Entry script of the bundled desktop app: PyInstaller freezes this file as ``comparer-app``.

It only hands over to ``ui.app.main`` so the frozen app and the ``comparer-app`` console
script start exactly the same code.
"""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
