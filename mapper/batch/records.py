"""The values that travel between the reader of the inputs, the workers and the writer.

Every one is a frozen dataclass of plain values, so it pickles to a worker process or a
Dask worker and back unchanged.

Examples
--------
>>> doc = SourceDoc("a.txt", b"The train left Khasan.", input="articles")
>>> Chunk(number=1, docs=(doc,)).ids
('a.txt',)
"""

from __future__ import annotations

from dataclasses import dataclass

from .defaults import MAX_DOCUMENT_BYTES

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "TABLES",
    "Chunk",
    "ChunkOutput",
    "SourceDoc",
]

#: The tables a batch writes, each a folder of part files in the output folder.
TABLES = ("documents", "mentions", "claims", "stops", "legs", "errors")


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """One document as an input gave it, not yet read."""

    id: str  #: Unique in the batch: a relative path, or the input's id column.
    data: bytes | str  #: Bytes from a file (decoded as UTF-8 by the worker), or text.
    input: str  #: The input it came from (a folder or a file), for the errors table.
    html: bool = False  #: Whether ``data`` is an HTML page (its text is extracted).
    title: str = ""  #: A title the input gives (a column), else empty.
    date: str = ""  #: A date the input gives (a column), kept in the documents table.
    url: str = ""  #: A URL the input gives (a column), kept in the documents table.
    #: Why it cannot be read, found while reading the input (then ``data`` is empty).
    problem: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("a document needs a non-empty id")


@dataclass(frozen=True, slots=True)
class Chunk:
    """Documents read together by one worker, and written together as part files."""

    number: int  #: Numbers the part files (``part-00003.parquet``), from 1.
    docs: tuple[SourceDoc, ...]
    #: Where the worker appends each document's rows as it reads it (an absolute
    #: path in the output folder, see :mod:`mapper.batch.journal`); empty: nowhere.
    journal: str = ""

    def __post_init__(self) -> None:
        if self.number < 1:
            raise ValueError(f"chunk numbers start at 1, got {self.number}")

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the ids of the chunk's documents, in order."""
        return tuple(doc.id for doc in self.docs)


@dataclass(frozen=True, slots=True)
class ChunkOutput:
    """What a worker made of a chunk: each table as the bytes of a GeoParquet file."""

    number: int  #: The chunk's number.
    ids: tuple[str, ...]  #: Every document of the chunk, read or recorded as an error.
    parts: dict[str, bytes]  #: Table name (one of :data:`TABLES`) to a Parquet file's bytes.
    rows: dict[str, int]  #: Table name to its number of rows in this chunk.
    seconds: float  #: Time the worker spent on the chunk.
    worker: str = ""  #: Which worker read it: host and process id.
    rss_mb: float = 0.0  #: The worker's resident memory after the chunk, in MB.
    peak_rss_mb: float = 0.0  #: The worker's peak resident memory so far, in MB.
