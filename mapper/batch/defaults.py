"""The batch's defaults, apart from its machinery so the command line reads them cheaply.

``mapper --help`` and every other subcommand build the ``batch`` options; importing
this module costs nothing beyond ``os``.

Examples
--------
>>> default_workers() >= 1
True
"""

from __future__ import annotations

import os

__all__ = ["DEFAULT_CHUNK_SIZE", "MAX_DOCUMENT_BYTES", "default_workers"]

#: A document is read whole: a bigger one goes to the errors table. The same limit as
#: ``mapper.cli.MAX_ARTICLE_BYTES`` (one article read by ``mapper map``), in bytes.
MAX_DOCUMENT_BYTES = 50_000_000

#: Documents per chunk by default: a chunk takes a few seconds to read on one core, so
#: an interruption loses little, and its part files are few enough.
DEFAULT_CHUNK_SIZE = 250


def default_workers() -> int:
    """Return the number of cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # pragma: no cover - not Linux
        return max(os.cpu_count() or 1, 1)
