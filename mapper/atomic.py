"""Write files atomically: a reader sees the old file or the complete new one, never part.

Every file mapper writes (maps, GeoJSON, GeoParquet, the gazetteer index, caches) goes
through :func:`atomic_write`: the content is written to a temporary file in the target's
folder, flushed to disk, then renamed over the target. A failure at any point removes the
temporary file and leaves the target as it was.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write(folder / "note.txt", "complete or absent\\n").read_text()
'complete or absent\\n'
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["atomic_write"]


def atomic_write(
    path: str | os.PathLike[str],
    content: str | bytes | Callable[[Path], object],
    *,
    encoding: str = "utf-8",
    mode: int = 0o644,
) -> Path:
    """Write ``content`` to ``path`` atomically and return the path written.

    Parameters
    ----------
    path : str or path-like
        The file to write; its folder is created when missing.
    content : str, bytes or callable
        Text (written with ``encoding``), bytes, or a function that is given the path of
        the temporary file and writes it itself (for writers that want a file name, such
        as ``GeoDataFrame.to_parquet`` or :mod:`sqlite3`).
    encoding : str
        The encoding of text content.
    mode : int
        The permission bits of the new file (temporary files start private).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        if callable(content):
            os.close(fd)
            content(tmp)
        else:
            data = content.encode(encoding) if isinstance(content, str) else content
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
