"""Allow ``python -m comparer`` as a synonym of the ``comparer`` command."""

import sys

from comparer.cli.main import main

sys.exit(main())
