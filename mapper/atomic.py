"""Write files atomically: a reader sees the old file or the complete new one, never part.

Every file mapper writes (maps, GeoJSON, GeoParquet, the gazetteer index, caches) goes
through :func:`atomic_write`: the content is written to a temporary file in the target's
folder, flushed to disk, then renamed over the target. A failure at any point removes the
temporary file and leaves the target as it was.

What is not a regular file is never replaced: a symbolic link is written through (its
target is replaced, atomically); a device, a FIFO or a socket (``/dev/stdout``,
``/dev/null``) is written to directly. A new file gets the permissions the umask allows
(``0o666 & ~umask``, as ``open`` gives); a replaced file keeps its own.

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
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import MapperError

__all__ = ["atomic_write", "umask"]


def umask() -> int:
    """Return the process's umask (read from /proc where it can be, without changing it)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # pragma: no cover - not Linux
    os.umask(mask)  # pragma: no cover
    return mask  # pragma: no cover


def atomic_write(
    path: str | os.PathLike[str],
    content: str | bytes | Callable[[Path], object],
    *,
    encoding: str = "utf-8",
    mode: int | None = None,
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
    mode : int, optional
        The permission bits of the file; by default those of the file it replaces, or
        ``0o666`` less the umask for a new one.

    Raises
    ------
    MapperError
        When the path cannot be written (a folder, a missing or read-only folder, a full
        disk), naming the path and the cause.
    """
    if not str(path):
        raise MapperError("no output file given (an empty path); give a file name")
    target = Path(path)
    try:
        if target.is_symlink():
            target = target.resolve()  # write through the link, never replace it
        existing = target.stat() if target.exists() else None
        if existing is not None and stat.S_ISDIR(existing.st_mode):
            raise MapperError(f"{path}: is a folder; give a file name to write")
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            _write_through(target, content, encoding)  # a device, a FIFO, a socket
            return Path(path)
        if mode is None:
            mode = stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~umask()
        _replace(target, content, encoding, mode)
    except MapperError:
        raise
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise MapperError(f"{path}: cannot write it ({reason}); {_hint(exc)}") from None
    return Path(path)


def _replace(
    target: Path, content: str | bytes | Callable[[Path], object], encoding: str, mode: int
) -> None:
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


def _write_through(
    target: Path, content: str | bytes | Callable[[Path], object], encoding: str
) -> None:
    if not callable(content):
        data = content.encode(encoding) if isinstance(content, str) else content
        with open(target, "wb") as out:
            out.write(data)
        return
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch) / target.name
        content(tmp)
        with open(tmp, "rb") as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out)


def _hint(exc: OSError) -> str:
    import errno

    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "choose a folder you can write to"
    if exc.errno == errno.ENOSPC:
        return "free some disk space or write elsewhere"
    if exc.errno in (errno.ENOTDIR, errno.ENOENT):
        return "check the folders of the path"
    return "check the path"
