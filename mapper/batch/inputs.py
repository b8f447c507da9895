"""Read the documents of a batch from its inputs: folders, JSONL, CSV and Parquet files.

Each input is told by what it is: a folder (its ``.txt``, ``.html`` and ``.htm`` files,
found recursively, hidden ones skipped, each with its path relative to the folder as its
id), a single ``.txt`` or ``.html`` file (its name is its id), a ``.jsonl`` file (one
JSON object a line), a ``.csv`` file (a header row) or a ``.parquet`` file. A table has a
``text`` column, and optionally ``id`` (else the file's name and the row's number),
``title``, ``date`` and ``url``.

:func:`open_inputs` checks every input before anything is read (it exists, its format
is known, a table has a text column) and raises :class:`~mapper.errors.DataError` naming
the input and the fix. A document that cannot be read is not an error of the batch: it
comes out as a :class:`~.records.SourceDoc` with its ``problem`` set, and goes to the
errors table.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "trip.jsonl").write_text('{"id": "t1", "text": "Khasan to Tumangang."}\\n')
>>> [(d.id, d.data) for d in read_documents(open_inputs([folder / "trip.jsonl"]))]
[('t1', 'Khasan to Tumangang.')]
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..errors import DataError, not_utf8
from ..html_text import HTML_SUFFIXES
from .records import MAX_DOCUMENT_BYTES, SourceDoc

__all__ = [
    "FORMATS",
    "Input",
    "count_documents",
    "open_inputs",
    "read_documents",
    "too_big",
]

#: The kinds of input, told by a file's suffix (a folder is "folder").
FORMATS = {
    ".txt": "text",
    **dict.fromkeys(HTML_SUFFIXES, "html"),
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
#: The columns of a table input that mapper reads (``text`` is required).
COLUMNS = ("id", "text", "title", "date", "url")
_WHAT = "give a folder of .txt/.html files, or a .jsonl, .csv or .parquet file"
_TABLE = "give a table with columns id, text and optionally title, date, url"


@dataclass(frozen=True, slots=True)
class Input:
    """An input of a batch, checked: its path and its format (one of :data:`FORMATS`'
    values, or "folder")."""

    path: Path
    format: str

    @property
    def label(self) -> str:
        """Return the input as the user gave it, for messages and the errors table."""
        return str(self.path)


def open_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[Input]:
    """Check the inputs of a batch and tell each one's format.

    Raises
    ------
    DataError
        When an input does not exist, has an unknown format, is a folder with no text
        or HTML file, or is a table without a ``text`` column; naming it and the fix.
    """
    inputs = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = _folder_files(path)
            if next(found, None) is None:
                raise DataError(str(path), f"holds no .txt or .html file; {_WHAT}")
            inputs.append(Input(path, "folder"))
            continue
        if not path.exists():
            raise DataError(str(path), f"no such file or folder; {_WHAT}")
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            shown = repr(path.suffix) if path.suffix else "(no suffix)"
            raise DataError(str(path), f"unknown format {shown}; {_WHAT}")
        found_input = Input(path, fmt)
        if fmt in ("csv", "parquet"):
            _check_columns(found_input, _columns(found_input))
        inputs.append(found_input)
    if not inputs:
        raise DataError("INPUT", f"no input given; {_WHAT}")
    return inputs


def read_documents(
    inputs: Sequence[Input], *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[SourceDoc]:
    """Yield the documents of the inputs in order; one bigger than ``max_bytes`` (in
    bytes of UTF-8) comes with its problem set and no data."""
    readers = {
        "folder": _folder,
        "text": _single,
        "html": _single,
        "jsonl": _jsonl,
        "csv": _csv,
        "parquet": _parquet,
    }
    for item in inputs:
        yield from readers[item.format](item, max_bytes)


def count_documents(inputs: Sequence[Input]) -> int:
    """Return how many documents the inputs hold (for the progress bar), cheaply: files
    in folders, lines of JSONL, rows of CSV (parsed) and of Parquet (its metadata)."""
    total = 0
    for item in inputs:
        if item.format == "folder":
            total += sum(1 for _ in _folder_files(item.path))
        elif item.format in ("text", "html"):
            total += 1
        elif item.format == "jsonl":
            with item.path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif item.format == "csv":
            with _open_csv(item.path) as fh:
                total += max(sum(1 for _ in csv.reader(fh)) - 1, 0)
        else:
            import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

            total += pq.ParquetFile(item.path).metadata.num_rows
    return total


def too_big(size_bytes: int, max_bytes: int) -> str:
    """Return the problem of a document over the size limit.

    >>> too_big(2_000_001, 2_000_000)
    'over the size limit (more than 2,000,000 bytes); split it into its articles'
    """
    return f"over the size limit (more than {max_bytes:,} bytes); split it into its articles"


# -- folders and single files


def _folder_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and FORMATS.get(Path(name).suffix.lower()) in (
                "text",
                "html",
            ):
                yield Path(root) / name


def _folder(item: Input, max_bytes: int) -> Iterator[SourceDoc]:
    for path in _folder_files(item.path):
        yield _file_doc(path, path.relative_to(item.path).as_posix(), item.label, max_bytes)


def _single(item: Input, max_bytes: int) -> Iterator[SourceDoc]:
    yield _file_doc(item.path, item.path.name, item.label, max_bytes)


def _file_doc(path: Path, doc_id: str, label: str, max_bytes: int) -> SourceDoc:
    html = FORMATS.get(path.suffix.lower()) == "html"
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        problem = f"cannot read it ({exc.strerror or exc}); check the file's permissions"
        return SourceDoc(doc_id, b"", label, html=html, problem=problem)
    if len(data) > max_bytes:
        return SourceDoc(doc_id, b"", label, html=html, problem=too_big(len(data), max_bytes))
    return SourceDoc(doc_id, data, label, html=html)


# -- tables


def _row_doc(
    item: Input, number: int, row: dict[str, object], max_bytes: int, where: str
) -> SourceDoc:
    """Make a document of a table's row (``where``: "line" or "row", for default ids)."""
    raw_id = row.get("id")
    doc_id = _clean(raw_id) if raw_id not in (None, "") else f"{item.path.name}:{where} {number}"
    text = row.get("text")
    title, date, url = (_clean(row.get(key)) for key in ("title", "date", "url"))
    if isinstance(text, bytes | bytearray):  # a binary Parquet column: decoded by the worker
        text = bytes(text)
    elif text is None:
        text = ""
    elif not isinstance(text, str):
        problem = f"its text is a {type(text).__name__}, not a string; give text"
        return SourceDoc(doc_id, "", item.label, problem=problem, title=title, date=date, url=url)
    problem = _text_problem(text) if isinstance(text, str) else ""
    if problem:
        return SourceDoc(doc_id, "", item.label, problem=problem, title=title, date=date, url=url)
    size = len(text) if isinstance(text, bytes) else _utf8_size(text, max_bytes)
    if size > max_bytes:
        return SourceDoc(
            doc_id,
            "",
            item.label,
            problem=too_big(size, max_bytes),
            title=title,
            date=date,
            url=url,
        )
    return SourceDoc(doc_id, text, item.label, title=title, date=date, url=url)


def _clean(value: object) -> str:
    """Return a column's value as text (bytes that are not UTF-8 shown escaped)."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", "backslashreplace")
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # an unpaired surrogate
        data = text.encode("utf-8", "backslashreplace")
    return data.decode("utf-8", "backslashreplace")


def _utf8_size(text: str, max_bytes: int) -> int:
    if len(text) * 4 <= max_bytes:  # no character takes more than 4 bytes
        return len(text)
    return len(text.encode("utf-8"))


def _text_problem(text: str) -> str:
    """Return why a table's text is not text (bytes that were not UTF-8), or ''."""
    try:
        text.encode("utf-8")
        return ""
    except UnicodeEncodeError:
        pass
    try:
        data = text.encode("utf-8", "surrogateescape")
        data.decode("utf-8")
    except UnicodeEncodeError:  # an unpaired surrogate from a JSON escape ("\\ud83d")
        return "holds an unpaired surrogate (a broken \\u escape), which is not text; fix it"
    except UnicodeDecodeError as exc:  # bytes a CSV held that are not UTF-8
        return not_utf8(data, exc)
    return ""  # pragma: no cover - text that fails to encode is one of the two


def _jsonl(item: Input, max_bytes: int) -> Iterator[SourceDoc]:
    with item.path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            fallback = f"{item.path.name}:line {number}"
            try:
                row = json.loads(line.decode("utf-8-sig"))
            except UnicodeDecodeError as exc:
                yield SourceDoc(fallback, "", item.label, problem=not_utf8(line, exc))
                continue
            except ValueError as exc:
                problem = f"line {number} is not JSON ({exc}); give one JSON object a line"
                yield SourceDoc(fallback, "", item.label, problem=problem)
                continue
            if not isinstance(row, dict) or "text" not in row:
                problem = f"line {number} has no 'text' field; {_TABLE}"
                yield SourceDoc(fallback, "", item.label, problem=problem)
                continue
            yield _row_doc(item, number, row, max_bytes, "line")


def _open_csv(path: Path) -> TextIO:
    # surrogateescape: a row whose bytes are not UTF-8 is found and reported, row by row
    return path.open(newline="", encoding="utf-8-sig", errors="surrogateescape")


def _columns(item: Input) -> list[str]:
    if item.format == "csv":
        with _open_csv(item.path) as fh:
            header = next(csv.reader(fh), [])
        return [name.strip().lower() for name in header]
    import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

    try:
        return [name.lower() for name in pq.ParquetFile(item.path).schema_arrow.names]
    except Exception as exc:  # pyarrow raises its own errors for a damaged file
        raise DataError(
            item.label, f"is not a Parquet file pyarrow can read ({exc}); {_TABLE}"
        ) from None


def _check_columns(item: Input, columns: list[str]) -> None:
    if "text" not in columns:
        listed = ", ".join(columns) if columns else "none"
        raise DataError(item.label, f"has no 'text' column (its columns: {listed}); {_TABLE}")


def _csv(item: Input, max_bytes: int) -> Iterator[SourceDoc]:
    # A field may be as long as a document may be; the csv module's default is 128 KB.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes * 4 + 1))
    with _open_csv(item.path) as fh:
        reader = csv.reader(fh)
        header = [name.strip().lower() for name in next(reader, [])]
        number = 0  # rows are numbered from 1, the header apart
        while True:
            number += 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                problem = f"row {number} is not valid CSV ({exc}); check its quotes"
                yield SourceDoc(f"{item.path.name}:row {number}", "", item.label, problem=problem)
                continue
            if not any(v.strip() for v in values):
                continue
            row = {k: v for k, v in zip(header, values, strict=False) if k in COLUMNS}
            yield _row_doc(item, number, dict(row), max_bytes, "row")


def _parquet(item: Input, max_bytes: int) -> Iterator[SourceDoc]:
    import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

    parquet = pq.ParquetFile(item.path)
    by_lower = {name.lower(): name for name in parquet.schema_arrow.names}
    wanted = [by_lower[c] for c in COLUMNS if c in by_lower]
    number = 0
    for batch in parquet.iter_batches(batch_size=1_000, columns=wanted):
        columns = {name.lower(): batch.column(name).to_pylist() for name in wanted}
        for i in range(batch.num_rows):
            number += 1
            row = {name: values[i] for name, values in columns.items()}
            yield _row_doc(item, number, row, max_bytes, "row")
