"""The web application: the page, its assets, and the JSON API under ``/api``.

FastAPI builds the API from typed functions, checks each request against its pydantic
model before any work starts, and documents every route (``/docs``, ``/openapi.json``).
The routes that read a story are plain functions, which FastAPI runs in a thread pool:
a long story never blocks the event loop, so the server keeps answering meanwhile.
Stories are cached by their session (text, itinerary and corrections), so the page's
calls for the same session (its JSON, then its map) read the story once.
"""

from __future__ import annotations

import importlib.resources
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from ..errors import MapperError
from .limits import BodyLimit
from .models import SessionIn
from .session import corrected_story
from .shapes import claims_csv, story_geojson, story_json, story_kml, story_map
from .upload import read_upload

if TYPE_CHECKING:
    from ..story import Story

__all__ = ["MAX_BODY", "create_app"]

#: The largest request body the server reads (an article is rarely over 100 kB).
MAX_BODY = 2_000_000
_STATIC = importlib.resources.files("mapper.serve") / "static"
#: Content-Security-Policy of the page: its own scripts, and the map's inline ones.
_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; frame-src 'self' blob: data:; "
    "object-src 'none'; base-uri 'none'; form-action 'none'"
)
_EXPORTS = {
    "map.html": "text/html; charset=utf-8",
    "story.geojson": "application/geo+json",
    "story.kml": "application/vnd.google-earth.kml+xml",
    "claims.csv": "text/csv; charset=utf-8",
}


class _Stories:
    """The last few stories read, by session, so the map and the JSON share one reading."""

    def __init__(self, size: int = 16) -> None:
        self._items: OrderedDict[str, Story] = OrderedDict()
        self._lock = threading.Lock()
        self._size = size

    def get(self, session: SessionIn) -> Story:
        key = session.model_dump_json()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        story = _read(session)
        with self._lock:
            self._items[key] = story
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return story


def _read(session: SessionIn) -> Story:
    from ..errors import DataError

    itinerary = None
    if session.itinerary is not None:
        from ..journey.itinerary import parse_itinerary

        itinerary = parse_itinerary(
            session.itinerary.text, session.itinerary.format, label="the itinerary",
            title=session.title,
        )  # fmt: skip
    elif not session.text.strip():
        raise DataError("the story", "is empty; paste an article or upload a file")
    return corrected_story(
        session.text, session.corrections.corrections(), title=session.title, itinerary=itinerary
    )


def create_app() -> FastAPI:
    """Return the application (see the module docstring); ``mapper serve`` runs it.

    Examples
    --------
    >>> sorted(r.path for r in create_app().routes if r.path.startswith("/api"))[:3]
    ['/api/export/{name}', '/api/health', '/api/map']
    """
    app = FastAPI(
        title="mapper",
        summary="Read a story's places, journey and distance claims; correct them; export.",
        version=_version(),
    )
    stories = _Stories()
    app.add_middleware(BodyLimit, limit=MAX_BODY)

    @app.middleware("http")
    async def headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(MapperError)
    async def mapper_error(request: Request, exc: MapperError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'the request'}: "
            f"{e.get('msg', 'is not valid')}"
            for e in exc.errors()
        ]
        return JSONResponse(
            {"error": "the request is not a session mapper reads: " + "; ".join(problems[:5])},
            status_code=422,
        )

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(
            {
                "error": f"mapper failed on this request ({type(exc).__name__}); "
                "the server's log has the details"
            },
            status_code=500,
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse((_STATIC / "index.html").read_text(encoding="utf-8"))

    with importlib.resources.as_file(_STATIC) as static_dir:
        app.mount("/static", StaticFiles(directory=static_dir), name="static")

    @app.get("/api/health")
    def health() -> dict[str, bool]:
        """Say the server is up."""
        return {"ok": True}

    @app.post("/api/story")
    def story(session: SessionIn) -> dict[str, object]:
        """Read a story: its places (with other readings), journey and checked claims,
        in the shapes of ``mapper places/journey/check --json``."""
        return story_json(stories.get(session))

    @app.post("/api/map", response_class=HTMLResponse)
    def story_page(session: SessionIn) -> HTMLResponse:
        """The story's map as one self-contained page (no network)."""
        return HTMLResponse(story_map(stories.get(session)))

    @app.post("/api/export/{name}")
    def export(
        name: Literal["map.html", "story.geojson", "story.kml", "claims.csv"], session: SessionIn
    ) -> Response:
        """Download the map, the GeoJSON, the KML or the claims' CSV."""
        read = stories.get(session)
        makers = {"map.html": story_map, "story.geojson": story_geojson,
                  "story.kml": story_kml, "claims.csv": claims_csv}  # fmt: skip
        return Response(
            makers[name](read),
            media_type=_EXPORTS[name],
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @app.post("/api/upload")
    async def upload(file: Annotated[UploadFile, File()]) -> dict[str, str]:
        """Read an uploaded article (.txt, .html) or itinerary (.csv, .yaml, .geojson)."""
        data = await file.read(MAX_BODY + 1)
        read = read_upload(file.filename or "", data)
        return {"kind": read.kind, "text": read.text, "title": read.title, "format": read.format}

    @app.get("/api/search")
    def search(
        q: Annotated[str, Query(min_length=1, max_length=200)],
        limit: Annotated[int, Query(ge=1, le=25)] = 10,
    ) -> list[dict[str, object]]:
        """Search the gazetteer for a name or the start of one (a reader correcting a
        place, as they type): the name's own readings first, then names that begin so."""
        from ..gazetteer import default_gazetteer
        from ..gazetteer.complete import complete

        gazetteer = default_gazetteer()
        found = [c.place for c in gazetteer.search(q, limit=limit)]
        found += [p for p in complete(gazetteer, q, limit=limit) if p not in found]
        return [{**p.to_dict(), "label": p.label} for p in found[:limit]]

    return app


def _version() -> str:
    from .. import __version__

    return __version__
