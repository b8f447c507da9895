"""``mapper serve``: a local web page where a person pastes a story, sees its map, its
claims and its journey, corrects a place and downloads the results.

Built on FastAPI (typed routes checked by pydantic, OpenAPI documentation at ``/docs``)
served by uvicorn, on 127.0.0.1 unless told otherwise. The page and its script are
files of this package (``static/``); the map is the same self-contained page
``mapper map --offline`` writes, so nothing is fetched beyond loopback.

=============  ==================================================================
``app``        the routes: the page, ``/api/story``, ``/api/map``, exports, upload,
               gazetteer search
``models``     the request shapes (a session: text or itinerary, and corrections)
``session``    a story read once, then the reader's corrections applied
``shapes``     the story as JSON (the CLI's ``--json`` shapes), CSV, GeoJSON, KML
``upload``     an uploaded article or itinerary, read in memory
``limits``     the request body cap (413)
``run``        :func:`serve`: start the server, open the browser
=============  ==================================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import create_app
    from .run import serve

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> object:
    # FastAPI is imported only when the app is made, and the server's own modules only
    # when it runs: the command line builds the ``serve`` options from ``cli`` alone.
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "serve":
        from .run import serve

        return serve
    raise AttributeError(f"module 'mapper.serve' has no attribute {name!r}")
