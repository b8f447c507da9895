"""Turn a map into a page: folium's own, or one self-contained file; and write it.

A copy of the map is rendered, never the map itself: rendering a folium map adds to
it, and a map rendered twice would repeat some of its script. The self-contained
page drops the tile layers for the Natural Earth basemap (:class:`~.basemap.Basemap`)
and inlines every script and stylesheet (:func:`~.offline.inline_assets`).
"""

from __future__ import annotations

import copy
import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

import folium
from branca.element import Element, Figure
from folium.elements import ElementAddToElement

from ..atomic import atomic_write
from .basemap import Basemap
from .offline import drop_unused_assets, inline_assets

__all__ = ["InlineMap", "save", "show", "to_html"]


def to_html(m: folium.Map, *, offline: bool = False) -> str:
    """Return the page for a map: folium's, or with ``offline=True`` a self-contained one.

    Raises
    ------
    mapper.maps.OfflineError
        With ``offline=True``, when the map uses something that has no offline copy.

    Examples
    --------
    >>> import folium
    >>> to_html(folium.Map()).startswith("<!DOCTYPE html>")
    True
    """
    if not offline:
        return drop_unused_assets(_fresh_copy(m).render())
    return inline_assets(_offline_figure(m).render())


def save(m: folium.Map, path: str | os.PathLike[str], *, offline: bool = False) -> Path:
    """Write a map to an HTML file, atomically: a failure leaves no partial file.

    Parameters
    ----------
    m : folium.Map
        Usually from :func:`mapper.maps.render`.
    path : str or path-like
        Where to write; an existing file is replaced only once the new one is complete.
    offline : bool
        Write one self-contained file that makes no network request: scripts and
        styles inlined, and a Natural Earth vector basemap instead of tiles.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    return atomic_write(path, to_html(m, offline=offline))


@dataclass(frozen=True)
class InlineMap:
    """A map page to show inline in Jupyter: :func:`show` makes one.

    Attributes
    ----------
    page : str
        The whole page, as :func:`to_html` returns it.
    height : int
        The frame's height in pixels.
    """

    page: str
    height: int = 520

    def _repr_html_(self) -> str:
        # The page goes in the frame's srcdoc, escaped as an attribute value: the
        # notebook's own page is never touched by the map's scripts and styles.
        return (
            f'<iframe class="mapper-inline-map" srcdoc="{html.escape(self.page, quote=True)}" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd;" '
            'allowfullscreen title="map"></iframe>'
        )


def show(m: folium.Map, *, offline: bool = True, height: int = 520) -> InlineMap:
    """Return a map to show inline in Jupyter, by default as the self-contained page.

    A folium map shown as it is (``m`` as a cell's last line) loads Leaflet and its
    tiles from the network, and stays blank without one; ``show(m)`` embeds the
    self-contained page (:func:`to_html` with ``offline=True``), which draws with no
    network at all. ``offline=False`` shows the page with online tiles.

    Examples
    --------
    >>> import folium
    >>> shown = show(folium.Map())
    >>> shown._repr_html_().startswith('<iframe class="mapper-inline-map" srcdoc="&lt;!DOCTYPE')
    True
    """
    return InlineMap(to_html(m, offline=offline), height=height)


def _fresh_copy(m: folium.Map) -> Figure:
    """Return a copy of the map's figure without what an earlier render hung on it.

    Each render of a folium map adds new "addTo" and "setIcon" calls to its figure's
    script under new names, so a map rendered before (shown in a notebook, say) would
    repeat them; they are harmless but dead weight, and the next render adds them again.
    """
    root = copy.deepcopy(m.get_root())
    if not isinstance(root, Figure):  # folium puts every map on a Figure when it is made
        raise TypeError(f"map {m.get_name()!r} is not on a folium Figure")
    stack: list[Element] = [root]
    while stack:
        element = stack.pop()
        for key, child in list(element._children.items()):
            if isinstance(child, folium.Marker.SetIcon | ElementAddToElement):
                del element._children[key]  # rendering adds a fresh one
            else:
                stack.append(child)
    for key in list(root.script._children):
        if re.fullmatch(r"(element_add_to_element|set_icon)_[0-9a-f]+", key):
            del root.script._children[key]
    return root


def _find_map(root: Element, name: str) -> folium.Map:
    """Return the map called ``name`` in a figure (in a copy, the copy of the map)."""
    stack = [root]
    while stack:
        element = stack.pop()
        if isinstance(element, folium.Map) and element.get_name() == name:
            return element
        stack.extend(element._children.values())
    raise ValueError(f"map {name!r} not found in its figure")


def _offline_figure(m: folium.Map) -> Figure:
    """Return a copy of the map's figure with its tile layers swapped for the basemap."""
    root = _fresh_copy(m)
    mc = _find_map(root, m.get_name())
    removed: set[str] = set()
    stack: list[Element] = [root]
    while stack:
        element = stack.pop()
        for key, child in list(element._children.items()):
            if isinstance(child, folium.TileLayer):
                del element._children[key]
                below: list[Element] = [child]
                while below:  # the layer and what rendering hung on it (its addTo call)
                    item = below.pop()
                    removed.add(item.get_name())
                    below.extend(item._children.values())
            else:
                stack.append(child)
    # A map rendered before (shown in a notebook, say) left the tiles' script in its figure.
    for part in (root.header, root.html, root.script):
        for key in removed & set(part._children):
            del part._children[key]
    (_, west), (_, east) = mc.get_bounds()
    shifts = [0]
    if west is not None and west < -170.0:
        shifts.append(-360)
    if east is not None and east > 170.0:
        shifts.append(360)
    mc.add_child(Basemap(shifts))
    return root
