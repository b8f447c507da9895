"""The map's stylesheet, as one ``<style>`` element in the page's header.

Every class the layers and controls use is styled here (``mapper-pin``, ``mapper-popup``,
``mapper-legend`` ...), so a page needs no stylesheet beyond Leaflet's own.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

__all__ = ["CSS", "Css"]

#: The rules for every class that the layers and controls below put on the page.
CSS = """
.leaflet-container { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; }
.mapper-stop, .mapper-site, .mapper-arrow { background: none; border: none; }
.mapper-stop { pointer-events: none; }
.mapper-pin { pointer-events: auto; position: relative; box-sizing: border-box; height: 22px;
  min-width: 22px; padding: 0 5px; border-radius: 11px; border: 2px solid #fff; color: #fff;
  font-weight: 700; font-size: 12px; line-height: 18px; text-align: center; white-space: nowrap;
  box-shadow: 0 1px 3px rgba(0,0,0,.5); }
.mapper-pin::after { content: ""; position: absolute; left: 50%; bottom: -9px;
  margin-left: -5px; border-style: solid; border-width: 8px 5px 0 5px;
  border-color: var(--pin) transparent transparent transparent; }
.mapper-site svg, .mapper-arrow svg, .mapper-legend svg { display: block; overflow: visible; }
.mapper-site svg { filter: drop-shadow(0 1px 1px rgba(0,0,0,.45)); }
.mapper-popup { max-width: 340px; }
.mapper-popup h4 { margin: 0 0 2px; font-size: 14px; }
.mapper-popup .mapper-meta { color: #555; margin-bottom: 4px; }
.mapper-popup blockquote { margin: 4px 0; padding: 2px 0 2px 8px; border-left: 3px solid #ccc;
  color: #222; }
.mapper-popup .mapper-date { color: #555; font-size: 12px; }
.mapper-popup .mapper-inference { margin: 4px 0; padding: 2px 6px; background: #f3f0e6;
  border-radius: 4px; font-style: italic; color: #5a4a1a; }
.mapper-popup a { word-break: break-all; }
.mapper-title { position: absolute; z-index: 1000; top: 10px; left: 50%;
  transform: translateX(-50%); max-width: min(60%, 640px); padding: 6px 12px;
  background: rgba(255,255,255,.93); border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.3);
  text-align: center; pointer-events: auto; }
.mapper-title h1 { margin: 0; font-size: 16px; line-height: 1.3; font-weight: 650; }
.mapper-title div { color: #555; font-size: 12px; }
.mapper-legend { background: rgba(255,255,255,.93); padding: 6px 10px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 300px; font-size: 12px; }
.mapper-legend summary { font-weight: 650; cursor: pointer; }
.mapper-legend table { border-collapse: collapse; }
.mapper-legend td { padding: 1px 4px; vertical-align: middle; }
.mapper-legend .mapper-note { color: #555; margin-top: 3px; }
.mapper-tooltip b { font-weight: 650; }
.leaflet-tooltip.mapper-label { padding: 0 5px; border: none; border-radius: 3px;
  background: rgba(255,255,255,.8); box-shadow: none; font-size: 12px; font-weight: 600;
  color: #222; }
.leaflet-tooltip.mapper-label::before { display: none; }
.mapper-control a { display: flex !important; align-items: center; justify-content: center; }
.mapper-control a.mapper-active { background: #dbe9f6; }
.mapper-measure-label { font-weight: 650; }
.mapper-pseudo-fullscreen { position: fixed !important; inset: 0; width: 100% !important;
  height: 100% !important; z-index: 10000; }
.mapper-offline.leaflet-container { background: #cfe0ea; }
.mapper-city { background: none; border: none; }
.mapper-city span { position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
  font-size: 11px; color: #6b6358; text-shadow: 0 0 2px #f3f0e8, 0 0 2px #f3f0e8, 0 0 3px #fff; }
.mapper-capital span { font-weight: 600; color: #4f483f; }
.leaflet-popup-content { max-width: calc(100vw - 80px); overflow-wrap: anywhere; }
.mapper-claims-panel { background: rgba(255,255,255,.95); padding: 6px 10px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 340px; max-height: 45vh; overflow-y: auto;
  font-size: 12px; }
.mapper-claims-panel summary { font-weight: 650; cursor: pointer; }
.mapper-claims { margin: 4px 0 0; padding-left: 18px; }
.mapper-claims li { margin: 0 0 6px; }
.mapper-claims li.mapper-zoomable { cursor: pointer; }
.mapper-claims li.mapper-zoomable:hover, .mapper-claims li.mapper-shown { background: #eef4fa; }
.mapper-badge { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff;
  font-weight: 650; font-size: 11px; }
.mapper-phrase { color: #444; }
.mapper-reason { color: #8a4b00; }
.mapper-site-label { display: none; pointer-events: none; }
.mapper-zoomed-in .mapper-site-label { display: block; }
.mapper-site-name { white-space: nowrap; font-size: 11px; color: #333; padding: 0 3px;
  background: rgba(255,255,255,.75); border-radius: 3px; }
.mapper-notice { position: absolute; z-index: 1001; top: 50%; left: 50%;
  transform: translate(-50%, -50%); max-width: min(80%, 420px); padding: 10px 14px;
  background: #fff8e1; border: 1px solid #e0c068; border-radius: 6px; font-size: 13px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.mapper-timeline-panel { background: rgba(255,255,255,.95); padding: 4px 8px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 300px; font-size: 12px; }
.mapper-timeline-panel summary { font-weight: 650; cursor: pointer; }
.mapper-timeline { display: flex; align-items: center; gap: 6px; margin-top: 3px; }
.mapper-timeline button { min-width: 30px; min-height: 28px; cursor: pointer; }
@media (max-width: 600px) {
  .mapper-popup { max-width: calc(100vw - 80px); }
  .mapper-title { left: 52px; transform: none; max-width: calc(100vw - 64px); padding: 4px 8px; }
  .mapper-title h1 { font-size: 14px; }
  .leaflet-top.leaflet-right { top: 84px; }
  .mapper-legend { max-width: calc(100vw - 40px); }
  .mapper-claims-panel { max-width: calc(100vw - 40px); max-height: 35vh; }
}
"""


class Css(MacroElement):
    """A ``<style>`` element with mapper's rules (or any other) in the page's header.

    Examples
    --------
    >>> import folium
    >>> m = folium.Map()
    >>> _ = m.add_child(Css())
    >>> ".mapper-pin" in m.get_root().render()
    True
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
        """
    )

    def __init__(self, css: str = CSS) -> None:
        super().__init__()
        self._name = "MapperCss"
        self.css = css
