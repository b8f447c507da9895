"""Find the places a text names and resolve them with the whole document as context.

Recognition (:mod:`mapper.geoparse.recognise`) needs no model download: capitalised
runs of words are matched against the gazetteer's names (longest first), with rules for
sentence starts, possessives ("Russia's"), hyphenated and multi-word names, kind words
("the Vostochny spaceport"), people ("President Vladimir Putin", and "Putin" later on),
organisations ("the group Wagner") and demonyms ("North Korean" is recorded as an
adjective of North Korea, not as a place).

Resolution (:mod:`mapper.geoparse.resolve`) looks every name up on its own, then
re-ranks each name's candidates by how well they fit the other names of the document
(nearness, a shared region or country), and honours "X, Y" and "X in Y" where Y is a
country or region.

Examples
--------
>>> doc = parse_document("The train left Vladivostok for Ussuriysk, a North Korean envoy said.")
>>> [(m.surface, m.place.name) for m in doc.mentions]
[('Vladivostok', 'Vladivostok'), ('Ussuriysk', 'Ussuriysk')]
>>> [(d.surface, d.adjective_of) for d in doc.demonyms]
[('North Korean', 'KP')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mapper.document import Document
from mapper.model import Mention

from .capitals import capital_readings
from .given import resolve_spans
from .points import find_points
from .recognise import recognise
from .resolve import resolve

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["geoparse", "parse_document", "resolve_spans"]


def parse_document(text: str, *, gazetteer: Gazetteer | None = None) -> Document:
    """Recognise and resolve every place a text names; return a :class:`Document`."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if gazetteer is None:
        from mapper.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    found, sentences, people = recognise(text, gazetteer)
    mentions = resolve(found, gazetteer)
    places = tuple(m for m in mentions if not m.adjective_of)
    demonyms = tuple(m for m in mentions if m.adjective_of)
    return Document(
        text,
        tuple(sentences),
        places,
        demonyms,
        people,
        recognised=True,
        points=tuple(find_points(text)),
        capitals=capital_readings(text, places, demonyms, gazetteer),
    )


def geoparse(
    text: str, *, gazetteer: Gazetteer | None = None, demonyms: bool = False
) -> list[Mention]:
    """Return every place mention in a text, in order, resolved where possible.

    Parameters
    ----------
    text : str
        Any English text.
    demonyms : bool
        Also return demonyms ("North Korean") as mentions of their country, marked
        with ``adjective_of``. Off by default: a demonym is not a place. Adjectives of
        continents and world regions ("European", "Kurdish") stay in the document
        (:attr:`Document.demonyms <mapper.document.Document.demonyms>`) but are not
        returned here: on the two geoparsing corpora that mark demonyms (LGL, TR-News)
        12 of 26 of them were marked as places, against 450 of 595 country demonyms.

    Examples
    --------
    >>> [m.surface for m in geoparse("Putin flew from Moscow to Vladivostok.")]
    ['Moscow', 'Vladivostok']
    """
    doc = parse_document(text, gazetteer=gazetteer)
    if not demonyms:
        return list(doc.mentions)
    countries = [d for d in doc.demonyms if d.adjective_country]
    return sorted([*doc.mentions, *countries], key=lambda m: m.start)
