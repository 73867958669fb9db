"""``python -m newsfacts``: the ``newsfacts`` command."""

import sys

from .cli import main

sys.exit(main())
