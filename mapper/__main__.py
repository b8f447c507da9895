"""Run the command line as ``python -m mapper``."""

import sys

from .cli import main

sys.exit(main())
