"""Make a map page self-contained: inline its scripts and styles.

Nothing here imports folium (:mod:`mapper.maps.page` hands it a rendered page and
:mod:`mapper.maps.basemap` draws the basemap); this module works on HTML text and on
data read from installed packages:

* Leaflet 1.9.3 from ``xstatic-leaflet`` (script, stylesheet, and its images as
  ``data:`` URIs) and jQuery 3.7.1 from ``xstatic-jquery``, the versions folium 0.20
  links to. When the page uses jQuery only to turn popup markup into an element (as
  folium's popups do), a six-line stand-in replaces its 87 kB.

The offline basemap's data comes from :mod:`mapper.maps.basemap_data`.

Examples
--------
>>> problems("<script src='https://cdn.example.org/x.js'></script>")
["script src 'https://cdn.example.org/x.js'"]
"""

from __future__ import annotations

import base64
import functools
import importlib.resources
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from importlib.resources.abc import Traversable

from ..errors import MapperError

__all__ = [
    "OfflineError",
    "drop_unused_assets",
    "inline_assets",
    "jquery_js",
    "leaflet_css",
    "leaflet_js",
    "needs_jquery",
    "problems",
]


class OfflineError(MapperError, ValueError):
    """A map cannot be made self-contained (it needs a resource with no offline copy)."""

    def __init__(self, resource: str, problem: str) -> None:
        super().__init__(resource, problem)
        self.resource, self.problem = resource, problem

    def __str__(self) -> str:
        return f"cannot save {self.resource!r} offline: {self.problem}"


def _xstatic_data(package: str, name: str) -> Traversable:
    return importlib.resources.files(f"xstatic.pkg.{package}") / "data" / name


def _strip_source_map(js: str) -> str:
    # A source-map comment makes developer tools fetch a file that is not there.
    return re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)


@functools.cache
def leaflet_js() -> str:
    """Return Leaflet's script (``xstatic-leaflet``), without its source-map comment."""
    return _strip_source_map(_xstatic_data("leaflet", "leaflet.js").read_text(encoding="utf-8"))


@functools.cache
def jquery_js() -> str:
    """Return jQuery's minified script (``xstatic-jquery``), without its source-map comment."""
    return _strip_source_map(_xstatic_data("jquery", "jquery.min.js").read_text(encoding="utf-8"))


def _data_uri(resource: Traversable, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(resource.read_bytes()).decode('ascii')}"


@functools.cache
def leaflet_css() -> str:
    """Return Leaflet's stylesheet with its images (``url(images/...)``) as data URIs."""
    css = _xstatic_data("leaflet", "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match[str]) -> str:
        return f'url("{_data_uri(_xstatic_data("leaflet", "images/" + match.group(1)))}")'

    return re.sub(r"url\(\s*['\"]?images/([\w.-]+)['\"]?\s*\)", inline, css)


def _default_icon_fix() -> str:
    """Return a script giving Leaflet's default marker icon data URIs, so it loads nothing.

    folium creates every marker with the default icon before it sets a custom one, so
    without this each marker would ask for ``marker-icon.png`` relative to the page.
    """
    urls = {
        key: _data_uri(_xstatic_data("leaflet", "images/" + name))
        for key, name in (
            ("iconUrl", "marker-icon.png"),
            ("iconRetinaUrl", "marker-icon-2x.png"),
            ("shadowUrl", "marker-shadow.png"),
        )
    }
    return (
        "L.Icon.Default.imagePath = '';\n"
        f"L.Util.extend(L.Icon.Default.prototype.options, {json.dumps(urls)});"
    )


def _script(js: str) -> str:
    # "</script" inside a script element would end it: "<\/" means the same to JS.
    return "<script>\n" + re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE) + "\n</script>"


def _style(css: str) -> str:
    return "<style>\n" + re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE) + "\n</style>"


#: Script and stylesheet links that folium 0.20 emits and what the offline page does
#: with them: a function giving the element to put in their place, or None to drop them
#: (what they style or do is not used by mapper's maps: Bootstrap, Font Awesome and
#: the awesome-markers plugin serve ``folium.Icon``, which offline maps refuse).
_ASSETS: tuple[tuple[str, Callable[[], str] | None], ...] = (
    (r"/leaflet(@[\d.]+)?/dist/leaflet\.js$", lambda: _script(leaflet_js() + _default_icon_fix())),
    (r"/leaflet(@[\d.]+)?/dist/leaflet\.css$", lambda: _style(leaflet_css())),
    (r"/jquery-[\d.]+(\.min)?\.js$", lambda: _script(jquery_js())),  # or _MARKUP_ONLY
    (r"/bootstrap(@[\d.]+)?/dist/(js|css)/bootstrap(\.bundle)?(\.min)?\.(js|css)$", None),
    (r"/bootstrap/3\.0\.0/css/bootstrap-glyphicons\.css$", None),
    (r"/fontawesome-free(@[\d.]+)?/css/all(\.min)?\.css$", None),
    (r"/Leaflet\.awesome-markers/[\d.]+/leaflet\.awesome-markers\.(js|css)$", None),
    (r"/leaflet\.awesome\.rotate(\.min)?\.css$", None),
)

#: What folium's popups ask of jQuery: ``$(`<div ...>...</div>`)[0]``, markup made an
#: element. A page that asks nothing else gets this in its place (a ``template``
#: element parses the markup as jQuery does, scripts inert).
_MARKUP_ONLY = """window.$ = function (markup) { // stands in for jQuery(markup) on this page
    var parsed = document.createElement("template");
    parsed.innerHTML = String(markup).trim();
    return Array.prototype.slice.call(parsed.content.children);
};"""
_POPUP_MARKUP = re.compile(r"\$\(`(?:[^`\\]|\\.)*`\)\[0\]", re.S)
_ANY_JQUERY = re.compile(r"(?<![\w$\\])(?:\$\s*[(.]|jQuery\b)")


def needs_jquery(html: str) -> bool:
    """Return whether a page's own scripts use jQuery for more than popup markup.

    Examples
    --------
    >>> needs_jquery("<script>var p = $(`<div>hi</div>`)[0];</script>")
    False
    >>> needs_jquery("<script>$.ajax('/x');</script>")
    True
    """
    return _ANY_JQUERY.search(_POPUP_MARKUP.sub("", html)) is not None


_SCRIPT_TAG = re.compile(r"<script\b[^>]*?\bsrc\s*=\s*\"([^\"]+)\"[^>]*>\s*</script>", re.I)
_LINK_TAG = re.compile(r"<link\b[^>]*?\bhref\s*=\s*\"([^\"]+)\"[^>]*?/?>", re.I)


def inline_assets(html: str) -> str:
    """Return ``html`` with folium's linked scripts and stylesheets inlined or dropped.

    Raises
    ------
    OfflineError
        When the page links a resource that has no offline copy, uses Font Awesome
        markers (``L.AwesomeMarkers``), or would still load anything over the network.
    """
    if "L.AwesomeMarkers" in html:
        raise OfflineError(
            "folium.Icon", "its icons need Font Awesome from a CDN; use folium.DivIcon"
        )

    full_jquery = needs_jquery(_SCRIPT_TAG.sub("", html))

    def replace(match: re.Match[str]) -> str:
        url = match.group(1)
        if not full_jquery and re.search(r"/jquery-[\d.]+(\.min)?\.js$", url):
            return _script(_MARKUP_ONLY)
        for pattern, make in _ASSETS:
            if re.search(pattern, url):
                return make() if make is not None else ""
        raise OfflineError(url, "no offline copy of this resource; remove the plugin using it")

    # Handle the tags in one pass each, so inlined text is never scanned again.
    html = _SCRIPT_TAG.sub(replace, html)
    html = _LINK_TAG.sub(lambda m: replace(m) if _is_stylesheet(m.group(0)) else m.group(0), html)
    found = problems(html)
    if found:
        raise OfflineError(found[0], "the page would still load it over the network")
    return html


def drop_unused_assets(html: str) -> str:
    """Return ``html`` without the links to folium's assets mapper's maps do not use
    (Bootstrap, Font Awesome, awesome-markers), Leaflet's and jQuery's kept as links:
    the online page then asks the network only for what it draws with."""

    def keep(match: re.Match[str]) -> str:
        url = match.group(1)
        unused = any(make is None and re.search(pattern, url) for pattern, make in _ASSETS)
        return "" if unused else match.group(0)

    html = _SCRIPT_TAG.sub(keep, html)
    return _LINK_TAG.sub(lambda m: keep(m) if _is_stylesheet(m.group(0)) else m.group(0), html)


def _is_stylesheet(tag: str) -> bool:
    return re.search(r"\brel\s*=\s*\"?stylesheet", tag, re.I) is not None


class _ResourceFinder(HTMLParser):
    """Collect the resources a page would load: src, stylesheet href, CSS url()."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "srcset", "poster", "data"):
            if values.get(name):
                self.found.append(f"{tag} {name} {values[name]!r}")
        if tag == "link" and values.get("href") and values.get("rel") != "canonical":
            self.found.append(f"link href {values['href']!r}")
        if values.get("style"):
            self._css(values["style"] or "")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._css(data)

    def _css(self, css: str) -> None:
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
            if not url.startswith(("data:", "#")):
                self.found.append(f"css url {url!r}")
        for url in re.findall(r"@import\s+(?:url\()?\s*['\"]?([^'\")\s;]+)", css):
            self.found.append(f"css @import {url!r}")


def problems(html: str) -> list[str]:
    """Return what an HTML page would load from outside itself (empty when self-contained).

    Counts ``src`` attributes, linked stylesheets, icons and preloads, ``url()`` and
    ``@import`` in inline CSS, and Leaflet tile layers. Inline scripts are read as
    text, so a link inside a string (such as Leaflet's own attribution link) is no
    problem: a browser follows it only when clicked.
    """
    finder = _ResourceFinder()
    # Script bodies are text to the parser anyway; skipping them saves parsing a megabyte.
    finder.feed(re.sub(r"(<script\b[^>]*>).*?(</script\s*>)", r"\1\2", html, flags=re.S | re.I))
    finder.close()
    found = finder.found
    if re.search(r"\bL\.tileLayer\s*\(", html):
        found.append("L.tileLayer (tiles are loaded over the network)")
    return found
