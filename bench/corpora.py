"""Readers for the geoparsing evaluation corpora and the stored EUPEG outputs.

The corpora are other people's texts, kept outside the project in ``../shared/eval/``
(see its README): this module only reads them at run time and nothing here names a
place from them.

Two XML schemas are read, detected from the file:

* the **LGL schema** (LGL, TR-News): ``<article docid>`` with ``<text>`` and
  ``<toponyms><toponym>`` holding ``<start> <end> <phrase>`` and, when resolved,
  ``<gaztag geonameid>`` with ``<name> <fclass> <fcode> <lat> <lon> <country> <admin1>``;
  offsets are 0-based into ``<text>``;
* the **GeoVirus schema**: ``<article>`` with ``<source> <text>`` and
  ``<locations><location>`` holding ``<name> <start> <end> <lat> <lon> <page>``;
  offsets are 1-based (the surface is ``text[start - 1:end - 1]``).

Every span is checked against its text: a span whose offsets do not cover its phrase is
snapped to the nearest exact occurrence of the phrase within :data:`SNAP_CHARS`
characters (TR-News has 117 such spans, shifted by 1 to 10 characters) and dropped,
with a count kept in :attr:`Corpus.dropped_per_doc`, when there is none.

Gold answers live in :class:`Gold` objects kept apart from the :class:`Document`: a
resolver under test receives ``doc.text`` and ``doc.spans`` only.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "SNAP_CHARS",
    "Corpus",
    "Document",
    "Gold",
    "Output",
    "read_corpus",
    "read_outputs",
    "snap_span",
]

#: How far (in characters) a gold span may be moved to cover its phrase exactly.
SNAP_CHARS = 60


@dataclass(frozen=True, slots=True)
class Gold:
    """The gold annotation of one span: where it is and, when resolved, what it is."""

    start: int  #: 0-based offset of the first character in the document text.
    end: int  #: 0-based offset just past the last character.
    surface: str  #: ``text[start:end]``.
    lat: float | None = None  #: Gold latitude in degrees, None when the span is unresolved.
    lon: float | None = None  #: Gold longitude in degrees.
    geonameid: str = ""  #: GeoNames id (LGL schema), empty when the corpus has none.
    name: str = ""  #: The gold entry's name ("United States" for "U.S.").
    fclass: str = ""  #: GeoNames feature class (LGL schema), e.g. "P" or "A".
    fcode: str = ""  #: GeoNames feature code (LGL schema), e.g. "PPL", "ADM2", "PCLI".
    country: str = ""  #: Country name of the gold entry (LGL schema).
    page: str = ""  #: Wikipedia page of the gold entry (GeoVirus schema).
    shift: int = 0  #: Characters the span was moved by to cover its phrase (0 when exact).

    @property
    def resolved(self) -> bool:
        """Return True when the span has gold coordinates."""
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text and the gold spans a resolver may be given."""

    docid: str
    text: str
    spans: tuple[tuple[int, int], ...]  #: Spans with gold coordinates, as (start, end).


@dataclass(slots=True)
class Corpus:
    """Documents and, beside them, their gold annotations (``gold[i]`` for ``docs[i]``)."""

    name: str
    path: Path
    schema: str  #: "lgl" or "geovirus".
    docs: list[Document] = field(default_factory=list)
    #: Every gold span of each document, resolved or not, sorted by start.
    gold: list[tuple[Gold, ...]] = field(default_factory=list)
    #: Per document: spans moved to cover their phrase.
    snapped_per_doc: list[int] = field(default_factory=list)
    #: Per document: spans dropped because their phrase was not found nearby.
    dropped_per_doc: list[int] = field(default_factory=list)

    @property
    def snapped(self) -> int:
        """Return how many spans were moved to cover their phrase."""
        return sum(self.snapped_per_doc)

    @property
    def dropped(self) -> int:
        """Return how many spans were dropped for want of their phrase nearby."""
        return sum(self.dropped_per_doc)

    def limit(self, n: int | None) -> Corpus:
        """Return the corpus cut to its first ``n`` documents (all when ``n`` is None)."""
        if n is None:
            return self
        return Corpus(
            self.name,
            self.path,
            self.schema,
            self.docs[:n],
            self.gold[:n],
            self.snapped_per_doc[:n],
            self.dropped_per_doc[:n],
        )

    def resolved_gold(self, i: int) -> tuple[Gold, ...]:
        """Return the gold spans of document ``i`` that have coordinates."""
        return tuple(g for g in self.gold[i] if g.resolved)


@dataclass(frozen=True, slots=True)
class Output:
    """One toponym of a stored system output (or of the stored gold) in EUPEG's format."""

    surface: str
    start: int
    end: int
    lat: float | None  #: None when the system recognised the span but did not resolve it.
    lon: float | None
    name: str = ""  #: The system's gazetteer name.


def snap_span(text: str, start: int, end: int, phrase: str) -> tuple[int, int] | None:
    """Return ``(start, end)`` moved to the nearest exact occurrence of ``phrase``.

    The span is returned unchanged when it already covers ``phrase``; otherwise the
    occurrence whose start is nearest to ``start`` within :data:`SNAP_CHARS` characters
    wins (the earlier one on a tie). Returns None when there is none.

    Examples
    --------
    >>> snap_span("at Ankara today", 0, 6, "Ankara")
    (3, 9)
    >>> snap_span("at Ankara today", 3, 9, "Ankara")
    (3, 9)
    >>> snap_span("at Ankara today", 3, 9, "Izmir") is None
    True
    """
    if text[start:end] == phrase:
        return start, end
    if not phrase:
        return None
    lo = max(start - SNAP_CHARS, 0)
    hi = min(start + SNAP_CHARS + len(phrase), len(text))
    best: int | None = None
    for m in re.finditer(re.escape(phrase), text[lo:hi]):
        pos = lo + m.start()
        if abs(pos - start) > SNAP_CHARS:
            continue
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
    return None if best is None else (best, best + len(phrase))


def _float(text: str | None) -> float | None:
    if text is None or not text.strip():
        return None
    return float(text)


def read_corpus(path: str | Path, name: str | None = None) -> Corpus:
    """Read a corpus in the LGL or the GeoVirus schema (detected from the file).

    ``name`` defaults to the file name without its extension.
    """
    path = Path(path)
    root = ET.parse(path).getroot()
    articles = root.findall("article") if root.tag != "article" else [root]
    schema = "geovirus" if any(a.find("locations") is not None for a in articles) else "lgl"
    corpus = Corpus(name or path.stem, path, schema)
    for n, art in enumerate(articles):
        text = art.findtext("text") or ""
        docid = art.get("docid") or art.findtext("source") or str(n)
        if schema == "lgl":
            raw = [_lgl_gold(t) for t in art.iterfind("toponyms/toponym")]
        else:
            raw = [_geovirus_gold(loc) for loc in art.iterfind("locations/location")]
        golds = []
        n_snapped = n_dropped = 0
        for g in raw:
            snapped = snap_span(text, g.start, g.end, g.surface)
            if snapped is None:
                n_dropped += 1
                continue
            if snapped != (g.start, g.end):
                n_snapped += 1
                shift = snapped[0] - g.start
                g = _replace_span(g, *snapped, shift)
            golds.append(g)
        golds.sort(key=lambda g: (g.start, g.end))
        corpus.gold.append(tuple(golds))
        corpus.snapped_per_doc.append(n_snapped)
        corpus.dropped_per_doc.append(n_dropped)
        spans = tuple((g.start, g.end) for g in golds if g.resolved)
        corpus.docs.append(Document(docid, text, spans))
    return corpus


def _replace_span(g: Gold, start: int, end: int, shift: int) -> Gold:
    return Gold(
        start,
        end,
        g.surface,
        g.lat,
        g.lon,
        g.geonameid,
        g.name,
        g.fclass,
        g.fcode,
        g.country,
        g.page,
        shift,
    )


def _lgl_gold(el: ET.Element) -> Gold:
    start, end = int(el.findtext("start", "0")), int(el.findtext("end", "0"))
    phrase = el.findtext("phrase") or ""
    tag = el.find("gaztag")
    if tag is None:
        return Gold(start, end, phrase)
    return Gold(
        start,
        end,
        phrase,
        lat=_float(tag.findtext("lat")),
        lon=_float(tag.findtext("lon")),
        geonameid=tag.get("geonameid") or "",
        name=tag.findtext("name") or "",
        fclass=tag.findtext("fclass") or "",
        fcode=tag.findtext("fcode") or "",
        country=tag.findtext("country") or "",
    )


def _geovirus_gold(el: ET.Element) -> Gold:
    # 1-based offsets: the surface is text[start - 1:end - 1].
    start, end = int(el.findtext("start", "1")) - 1, int(el.findtext("end", "1")) - 1
    return Gold(
        start,
        end,
        el.findtext("name") or "",
        lat=_float(el.findtext("lat")),
        lon=_float(el.findtext("lon")),
        page=el.findtext("page") or "",
    )


def _valid(lat: float | None, lon: float | None) -> bool:
    return lat is not None and lon is not None and -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


def read_outputs(path: str | Path) -> list[list[Output]]:
    """Read a stored EUPEG output: one line per document, toponyms separated by ``||``.

    Each toponym is ``gazetteer_name,,surface,,lat,,lon,,start,,end`` (the gold files of
    LGL carry a seventh field, ignored). Empty coordinates ("No Gaz" answers) and
    coordinates out of range (a few of DBpedia's) read as None.
    """
    docs: list[list[Output]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            items = [it for it in line.rstrip("\r\n").split("||") if it.strip()]
            docs.append([_output(it, path) for it in items])
    return docs


def _output(item: str, path: str | Path) -> Output:
    parts = item.split(",,")
    # Fields from the right are numbers: find the start field so that a surface holding
    # ",," (none seen so far) cannot shift the numbers.
    for k in (2, 3):  # k = index of lat; optional trailing field after end
        for tail in (0, 1):
            if len(parts) == k + 4 + tail:
                try:
                    start, end = int(parts[k + 2]), int(parts[k + 3])
                    lat, lon = _float(parts[k]), _float(parts[k + 1])
                except ValueError:
                    continue
                surface = ",,".join(parts[1:k])
                if not _valid(lat, lon):  # e.g. DBpedia's "Michigan,,...,,1080.0,,1500.0"
                    lat = lon = None
                return Output(surface, start, end, lat, lon, parts[0])
    raise ValueError(
        f"{path}: cannot read toponym {item!r}; expected name,,surface,,lat,,lon,,start,,end"
    )
