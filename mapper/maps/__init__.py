"""Maps of a story: its journey, the places it names and its distance claims, with Folium.

This package is the only part of mapper that imports :mod:`folium`. :func:`render`
builds a :class:`folium.Map` (it displays inline in Jupyter); :func:`save` writes it to
disk atomically, either as a normal folium page with online tiles or as one
self-contained file that loads nothing over the network (``offline=True``);
:func:`to_html` returns either page as text.

One job per module, as folium's own plugins are laid out:

=====================  ==========================================================
``render``             :func:`render`: reads the inputs, draws each layer, adds controls
``inputs``             the inputs read once: stops and legs, sites, claims, sentences
``layers``             the journey, sites and claims layers
``markup``             popups, tooltips, pins, symbols, legend, claims and title as HTML
``geometry``           antimeridian unwrapping, arrow angles, label sides
``styles``             tiles, leg styles, claim colours, site symbols
``css``                the stylesheet
``title``              the title box
``panel``              a collapsible panel control, folded on a phone
``legend``             the legend (a panel that folds for popups)
``claims_panel``       every claim listed; a drawn one zooms the map to its line
``timeline``           stops with dates: step through them in travel order
``notice``             says why an online map is blank when its tiles cannot load
``zoom_labels``        the other places' names, shown once the map is zoomed in
``measure``            :class:`MeasureTool`
``fullscreen``         :class:`FullscreenButton`
``basemap``            the offline basemap as a map element
``offline``            the self-contained page: its scripts and styles inlined
``basemap_data``       the basemap's data: Natural Earth land and borders (TopoJSON), cities
``page``               :func:`to_html`, :func:`save`, and :func:`show` for notebooks
``png``                a picture of the offline page, by headless Chromium
=====================  ==========================================================

The measuring tool and the full-screen button are mapper's own small controls rather
than folium's ``MeasureControl`` and ``Fullscreen`` plugins: those load their scripts
from a CDN, which an offline page cannot, and one implementation for both kinds of page
keeps what is tested what is shipped.

Examples
--------
>>> import folium
>>> from mapper.model import Journey, Place, Stop
>>> usk = Place("Ussuriysk", lat=43.80467, lon=131.95734)
>>> vvo = Place("Vladivostok", lat=43.10562, lon=131.87353)
>>> m = render(Journey(stops=(Stop(vvo), Stop(usk, role="destination"))))
>>> [c.layer_name for c in m._children.values() if isinstance(c, folium.FeatureGroup)]
['Journey']
"""

from __future__ import annotations

from .fullscreen import FullscreenButton
from .measure import MeasureTool
from .offline import OfflineError
from .page import InlineMap, save, show, to_html
from .render import render
from .styles import KIND_STYLES, STATUS_STYLES, VERDICT_COLOURS

__all__ = [
    "KIND_STYLES",
    "STATUS_STYLES",
    "VERDICT_COLOURS",
    "FullscreenButton",
    "InlineMap",
    "MeasureTool",
    "OfflineError",
    "render",
    "save",
    "show",
    "to_html",
]
