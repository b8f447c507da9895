"""The HTML of popups, tooltips, pins, symbols, the legend and the title.

Every fragment is an autoescaped Jinja2 template, so text from a story (names,
sentences, notes, sources, the title) is escaped wherever it lands unless it is
:class:`~markupsafe.Markup` already: a fragment made here, or a constant such as an
SVG shape. The escaping is stricter than Jinja2's own: folium 0.20 places popup and
tooltip HTML inside JavaScript template strings, so besides ``<``, ``>``, ``&`` and
quotes the characters `` ` ``, ``$``, ``{``, ``}`` and ``\\`` become HTML character
references too (see :func:`escape`), and control characters become U+FFFD. The
environment applies :func:`escape` to every value a template prints, through Jinja2's
``finalize`` hook, before autoescaping would.

Templates are written one element to a line for reading. When a template is compiled
its common indentation and its line breaks are dropped (the pages carry no whitespace
between tags); a line indented one space more than the others keeps that space, which
is how a tag's attributes continue on the next line. Story text is never passed
through Jinja2's filters: ``join`` and the like escape with markupsafe's rules, which
leave ``$`` and backticks alone; joining is done in Python and the result printed.

Each function returns :class:`~markupsafe.Markup`, a ``str`` that Jinja2 will not
escape a second time, so fragments nest; a fragment of text without tags (a tooltip's
"name (kind)", a place's one-line description) is just that text passed through
:func:`escape`. Nothing here imports folium.

Examples
--------
>>> escape("<b>${1+1}</b> `x` 'y'")
'&lt;b&gt;&#36;&#123;1+1&#125;&lt;/b&gt; &#96;x&#96; &#x27;y&#x27;'
>>> str(sentences_html([("It rained.", "2031-05-02")]))
'<blockquote>It rained.<div class="mapper-date">2031-05-02</div></blockquote>'
"""

from __future__ import annotations

import html
import json
import re
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from ..geodesy import compass_point
from .styles import KIND_STYLES, MODE_LABELS, SEA_BAND, SHAPES, STATUS_STYLES, VERDICT_COLOURS

if TYPE_CHECKING:
    from ..claims import ClaimCheck
    from ..model import Leg, Place, Stop

__all__ = [
    "arrow_svg",
    "claim_heading",
    "claim_popup",
    "claim_summary",
    "claim_tooltip",
    "escape",
    "js_literal",
    "km_text",
    "latlon_text",
    "leg_tooltip",
    "legend_html",
    "line_svg",
    "mode_svg",
    "place_meta",
    "sentences_html",
    "site_label",
    "site_popup",
    "site_svg",
    "site_tooltip",
    "source_link",
    "stop_dates",
    "stop_pin",
    "stop_popup",
    "title_html",
]

# --------------------------------------------------------------------------- escaping

_TEMPLATE_SAFE = str.maketrans(
    {"`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;", "\\": "&#92;"}
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(value: object) -> str:
    """Escape text for HTML that folium may put in a JS template string or attribute.

    Examples
    --------
    >>> escape("a\\\\nb"), escape("bell\\x07")
    ('a&#92;nb', 'bell\\ufffd')
    """
    raw = _CONTROL.sub("\ufffd", str(value))
    return html.escape(raw, quote=True).translate(_TEMPLATE_SAFE)


def js_literal(value: object) -> str:
    """Return ``value`` as a JavaScript literal that is safe inside a <script> element.

    Examples
    --------
    >>> print(js_literal("<h1>Tom & Jerry</h1>"))
    "\\u003ch1\\u003eTom \\u0026 Jerry\\u003c/h1\\u003e"
    """
    out = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        out.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _finalize(value: object) -> object:
    # Markup (a fragment made here, an SVG constant) is printed as it is; anything else
    # is escaped with escape(), so autoescaping finds nothing left to do.
    return value if hasattr(value, "__html__") else Markup(escape(value))


_ENV = jinja2.Environment(
    autoescape=True, finalize=_finalize, undefined=jinja2.StrictUndefined, auto_reload=False
)


def _template(source: str) -> jinja2.Template:
    return _ENV.from_string("".join(textwrap.dedent(source).strip("\n").splitlines()))


def _render(template: jinja2.Template, **values: object) -> Markup:
    return Markup(template.render(**values))


# --------------------------------------------------------------------------- text


def km_text(value_km: float) -> str:
    """Return a distance in kilometres as text, e.g. ``"1,012 km"``."""
    return f"{value_km:,.0f} km"


def latlon_text(lat: float, lon: float) -> str:
    """Return a point as text, e.g. ``"43.1056° N, 131.8735° E"`` (longitude wrapped)."""
    lon = (lon + 180.0) % 360.0 - 180.0
    return f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}"


def stop_dates(stop: Stop) -> str:
    """Return a stop's date or date range as text ('' when unknown)."""
    if stop.date and stop.date_end and stop.date_end != stop.date:
        return f"{stop.date} to {stop.date_end}"
    return stop.date


# --------------------------------------------------------------------------- symbols

_SITE_SVG = _template(
    """
    <svg width="{{ size }}" height="{{ size }}" viewBox="{{ lo }} {{ lo }} {{ size }} {{ size }}"
    {% if label %} role="img" aria-label="{{ label }}"{% else %} aria-hidden="true"{% endif %}>
    <g fill="{{ colour }}" stroke="#fff" stroke-width="1.5">{{ shape }}</g>
    </svg>
    """
)


def site_svg(kind: str, size: int = 18, label: str = "") -> Markup:
    """Return the SVG symbol of a place kind, ``size`` pixels square.

    An unknown kind gets the symbol of "site"; ``label`` names the symbol for screen
    readers (without one it is hidden from them).
    """
    shape, colour, _ = KIND_STYLES.get(kind, KIND_STYLES["site"])
    return _render(
        _SITE_SVG, size=size, lo=-size / 2, label=label, colour=colour, shape=Markup(SHAPES[shape])
    )


_LINE_SVG = _template(
    """
    <svg width="{{ width }}" height="12">
    <line x1="2" y1="6" x2="{{ width - 2 }}" y2="6" stroke="{{ color }}"
     stroke-width="{{ weight }}" stroke-opacity="{{ opacity }}" stroke-linecap="{{ cap }}"
    {% if dash %} stroke-dasharray="{{ dash }}"{% endif %}/>
    </svg>
    """
)


def line_svg(
    color: str, dash: str | None, width: int = 34, weight: int = 4, opacity: float = 1.0
) -> Markup:
    """Return a short line as SVG, for the legend: ``width`` and ``weight`` in pixels."""
    cap = "butt" if opacity < 1 else "round"
    return _render(
        _LINE_SVG, color=color, dash=dash, width=width, weight=weight, opacity=opacity, cap=cap
    )


_ARROW_SVG = _template(
    """
    <svg width="16" height="16" viewBox="-8 -8 16 16" style="transform: rotate({{ angle }}deg)">
    <path d="M0,-7 L6,6 L0,3 L-6,6 Z" fill="{{ color }}" stroke="#fff" stroke-width="1.2"
     stroke-linejoin="round"/>
    </svg>
    """
)


def arrow_svg(color: str, angle_deg: float) -> Markup:
    """Return an arrowhead as SVG pointing ``angle_deg`` degrees clockwise from up."""
    return _render(_ARROW_SVG, color=color, angle=f"{angle_deg:.1f}")


# --------------------------------------------------------------------------- parts

_SENTENCES = _template(
    """
    {% for sentence, date in items %}
    <blockquote>{{ sentence }}
    {% if date %}<div class="mapper-date">{{ date }}</div>{% endif %}
    </blockquote>
    {% endfor %}
    """
)


def sentences_html(items: Sequence[tuple[str, str]]) -> Markup:
    """Return quoted sentences, each ``(sentence, date)``, the date under it when known."""
    return _render(_SENTENCES, items=items)


_LINK = _template(
    """
    {% if shown is none %}{{ url }}
    {% else %}<a href="{{ url }}" target="_blank" rel="noopener noreferrer">{{ shown }}</a>
    {% endif %}
    """
)


def source_link(source: str) -> Markup:
    """Return a place's source: a link, its text shortened, when it is a URL; else the text."""
    shown = None
    if re.match(r"https?://[^\s]+$", source):
        shown = re.sub(r"^https?://(www\.)?", "", source)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return _render(_LINK, url=source, shown=shown)


def place_meta(place: Place) -> Markup:
    """Return a place's kind, its region and country, and its coordinates, on one line."""
    kind = KIND_STYLES[place.kind].label if place.kind in KIND_STYLES else place.kind
    where = ", ".join(x for x in (place.admin1, place.country) if x)
    parts = [kind, where] if where else [kind]
    return Markup(escape(" · ".join([*parts, latlon_text(place.lat, place.lon)])))


# --------------------------------------------------------------------------- journey

_LEG_TOOLTIP = _template(
    """
    <div class="mapper-tooltip">
    <b>Leg {{ number }}: {{ leg.start.place.name }} → {{ leg.end.place.name }}</b>
    <br>{{ leg.mode }} · {{ km_text(leg.straight_km) }} straight
    {% if leg.rail_km is not none %} · {{ km_text(leg.rail_km) }} by rail{% endif %}
    <br>{{ label }}
    <br>drawn along {{ route }}{% if leg.note %} · {{ leg.note }}{% endif %}
    </div>
    """
)


def leg_tooltip(number: int, leg: Leg, *, on_route: bool) -> Markup:
    """Return the tooltip of leg ``number`` (counted from 1) of a journey.

    ``on_route`` says that the line follows the leg's own path (the railway, for a
    rail leg) rather than the geodesic.
    """
    route = "the geodesic"
    if on_route:
        route = "the railway" if leg.mode == "rail" else "its route"
    label = STATUS_STYLES[leg.status]["label"]
    return _render(_LEG_TOOLTIP, number=number, leg=leg, label=label, route=route, km_text=km_text)


_PIN = _template(
    """
    <div class="mapper-pin mapper-status-{{ status }}" role="img"
     aria-label="stop {{ label }}: {{ name }}" style="background:{{ colour }};--pin:{{ colour }}">
    {{ label }}
    </div>
    """
)


def site_label(name: str) -> Markup:
    """Return the name written beside a place that is not a stop (escaped)."""
    return Markup(f'<span class="mapper-site-name">{escape(name)}</span>')


def stop_pin(label: str, name: str, status: str) -> Markup:
    """Return a numbered pin: ``label`` holds its stop numbers ("1, 3"), ``status`` its colour."""
    colour = STATUS_STYLES[status]["color"]
    return _render(_PIN, label=label, name=name, status=status, colour=colour)


_STOP_POPUP = _template(
    """
    <div class="mapper-popup">
    <h4>{{ label }}. {{ place.name }}</h4>
    <div class="mapper-meta">{{ place_meta(place) }}</div>
    {% for line, sentence, inference, reported in visits %}
    <div>{{ line }}</div>
    {% if sentence %}{{ sentences_html([(sentence, "")]) }}{% endif %}
    {% if inference %}<div class="mapper-inference">{{ inference_label }}: {{ inference }}</div>
    {% endif %}
    {% if reported %}<div>reported by: {{ source_link(reported) }}</div>{% endif %}
    {% endfor %}
    {% if place.source %}<div>source: {{ source_link(place.source) }}</div>{% endif %}
    </div>
    """
)


#: How the journey reader marks a stop it inferred rather than read.
_INFERENCE = "implied:"


def stop_popup(label: str, visits: Sequence[tuple[int, Stop]]) -> Markup:
    """Return the popup of a pin: its place, then each visit ``(number, stop)`` and sentence.

    A visit's line gives its role, status, how the traveller arrived and its dates; its
    sentence is quoted without the date, which is on the line above it.
    """
    place = visits[0][1].place
    rows = []
    for number, stop in visits:
        line = f"stop {number}: {stop.role}, {stop.status}"
        if stop.mode and number > 1:
            line += f", arrived by {stop.mode}"
        if stop_dates(stop):
            line += f", {stop_dates(stop)}"
        sentence, inference = stop.sentence, ""
        if sentence.startswith(_INFERENCE):  # the reader's own reasoning, not a quote
            sentence, inference = "", sentence[len(_INFERENCE) :].strip()
        rows.append((line, sentence, inference, stop.reported_by))
    return _render(
        _STOP_POPUP,
        label=label,
        place=place,
        visits=rows,
        place_meta=place_meta,
        sentences_html=sentences_html,
        source_link=source_link,
        inference_label="mapper's inference, not the article's words",
    )


# --------------------------------------------------------------------------- sites

_SITE_POPUP = _template(
    """
    <div class="mapper-popup">
    <h4>{{ place.name }}</h4>
    <div class="mapper-meta">{{ place_meta(place) }}</div>
    {% if written %}<div>written as: {{ written }}</div>{% endif %}
    {% if said %}{{ sentences_html(said) }}{% endif %}
    {% if place.source %}<div>source: {{ source_link(place.source) }}</div>{% endif %}
    </div>
    """
)


def site_popup(place: Place, surfaces: Sequence[str], said: Sequence[tuple[str, str]]) -> Markup:
    """Return a site's popup: the place, how the story wrote it, its sentences and source.

    ``surfaces`` are the story's spellings other than the place's name; ``said`` its
    sentences about the place, each ``(sentence, date)``.
    """
    return _render(
        _SITE_POPUP,
        place=place,
        written=", ".join(surfaces),
        said=said,
        place_meta=place_meta,
        sentences_html=sentences_html,
        source_link=source_link,
    )


def site_tooltip(place: Place, kind: str) -> Markup:
    """Return a site's tooltip: its name and what ``kind`` (a key of KIND_STYLES) is called."""
    return Markup(escape(f"{place.name} ({KIND_STYLES[kind].label})"))


# --------------------------------------------------------------------------- claims


def claim_heading(check: ClaimCheck) -> Markup:
    """Return "origin → target" of a checked claim ("?" for an end that did not resolve)."""
    origin = check.origin.name if check.origin is not None else "?"
    target = check.target.name if check.target is not None else "?"
    return Markup(escape(f"{origin} → {target}"))


_CLAIM_SUMMARY = _template(
    """
    {{ claimed }}
    {% if check.measured_km is not none %} vs measured {{ km_text(check.measured_km) }} straight
    {% if check.rail_km is not none %} / {{ km_text(check.rail_km) }} by rail{% endif %}
    {% endif %} — <b>{{ check.verdict }}</b>
    {% for line in lines %}<br>{{ line }}{% endfor %}
    """
)


def claim_summary(check: ClaimCheck) -> Markup:
    """Return what a check found, lines separated by ``<br>``.

    The claimed distance (in its own unit too) against the measured one and the
    verdict; the claimed direction against the measured bearing; the route and area
    notes.
    """
    claim = check.claim
    if claim.unit != "km":
        claimed = f"claimed {claim.value:g} {claim.unit} ({km_text(claim.stated_km)})"
    else:
        claimed = f"claimed {km_text(claim.stated_km)}"
    if claim.qualifier:
        claimed += f" ({claim.qualifier})"
    if claim.round_trip:
        claimed += f", a round trip: {km_text(claim.one_way_km)} each way"
    lines = []
    bearing = check.bearing_deg
    if claim.direction and bearing is not None:
        measured = check.measured_compass or compass_point(bearing)
        line = f"direction {claim.direction} claimed, {measured} measured (bearing {bearing:.0f}°)"
        if check.direction_off_deg is not None:
            line += f", {check.direction_off_deg:.0f}° off"
        lines.append(line)
    elif bearing is not None:
        lines.append(f"bearing {bearing:.0f}° ({compass_point(bearing)})")
    lines.extend(note for note in (check.route_note, check.area_note) if note)
    return _render(_CLAIM_SUMMARY, check=check, claimed=claimed, lines=lines, km_text=km_text)


_CLAIM_TOOLTIP = _template(
    """
    <div class="mapper-tooltip"><b>Claim: {{ heading }}</b><br>{{ summary }}</div>
    """
)


def claim_tooltip(check: ClaimCheck) -> Markup:
    """Return the tooltip of a claim line: its ends and :func:`claim_summary`."""
    return _render(_CLAIM_TOOLTIP, heading=claim_heading(check), summary=claim_summary(check))


_CLAIM_POPUP = _template(
    """
    <div class="mapper-popup">
    <h4>Claim: {{ heading }}</h4>
    <div>{{ summary }}</div>
    {% if sentence %}{{ sentences_html([(sentence, "")]) }}{% endif %}
    </div>
    """
)


def claim_popup(check: ClaimCheck) -> Markup:
    """Return the popup of a claim line: the tooltip's text and the claim's sentence."""
    return _render(
        _CLAIM_POPUP,
        heading=claim_heading(check),
        summary=claim_summary(check),
        sentence=check.claim.sentence,
        sentences_html=sentences_html,
    )


# --------------------------------------------------------------------------- legend, title

_LEGEND = _template(
    """
    <details open><summary>Legend</summary>
    <table>
    {% if statuses %}
    <tr><td>
    <div class="mapper-pin" style="background:#b2182b;display:inline-block;min-width:20px;
    height:20px;line-height:16px;font-size:11px">1</div>
    </td><td>stop, numbered in travel order</td></tr>
    {% for style in statuses %}
    <tr><td>{{ line_svg(style.color, style.dash) }}</td><td>{{ style.label }}</td></tr>
    {% endfor %}
    <tr><td>{{ arrow_svg("#444", 90.0) }}</td><td>direction of travel</td></tr>
    {% for mode, label in modes %}
    <tr><td>{{ mode_svg(mode) }}</td><td>{{ label }}</td></tr>
    {% endfor %}
    {% endif %}
    {% for colour, verdict in verdicts %}
    <tr><td>{{ line_svg(colour, none, weight=10, opacity=0.35) }}</td>
    <td>distance claim, {{ verdict }} (tap or point at it for the check)</td></tr>
    {% endfor %}
    {% for kind, label in kinds %}
    <tr><td>{{ site_svg(kind, 16) }}</td><td>{{ label }}</td></tr>
    {% endfor %}
    </table>
    {% for note in notes %}<div class="mapper-note">{{ note }}</div>{% endfor %}
    </details>
    """
)


def mode_svg(mode: str) -> Markup:
    """Return the legend's sample of a mode: an arc, a line on a blue band, a line."""
    colour = STATUS_STYLES["confirmed"]["color"]
    if mode == "air":
        body = f'<path d="M1 12 Q11 0 21 12" fill="none" stroke="{colour}" stroke-width="3"/>'
    elif mode == "sea":
        body = (
            f'<line x1="1" y1="8" x2="21" y2="8" stroke="{SEA_BAND["color"]}" stroke-width="9"'
            f' stroke-opacity="{SEA_BAND["opacity"]}"/><line x1="1" y1="8" x2="21" y2="8"'
            f' stroke="{colour}" stroke-width="3"/>'
        )
    else:
        body = f'<line x1="1" y1="8" x2="21" y2="8" stroke="{colour}" stroke-width="3"/>'
    return Markup(f'<svg width="22" height="16" viewBox="0 0 22 16">{body}</svg>')


def legend_html(
    *,
    statuses: Sequence[str],
    rail: bool,
    kinds: Sequence[str],
    verdicts: Sequence[str],
    undrawn: int,
    modes: Sequence[str] = (),
) -> Markup:
    """Return the legend's content: only the statuses, modes, kinds and verdicts the map
    uses.

    Parameters
    ----------
    statuses : sequence of str
        Statuses of the stops and legs drawn, keys of :data:`STATUS_STYLES`, in the
        order to show; none when there is no journey.
    rail : bool
        Whether a leg follows a railway (the note under the table says so).
    kinds : sequence of str
        Kinds of the sites drawn, keys of :data:`KIND_STYLES`.
    verdicts : sequence of str
        Verdicts of the claims drawn.
    undrawn : int
        How many claims are not drawn because an endpoint did not resolve.
    modes : sequence of str
        Modes of the legs drawn; those with a look of their own (air, sea, road) are
        listed, rail by the note.
    """
    notes = []
    if statuses:
        notes.append(
            "Rail legs follow the railway; others the shortest (geodesic) path."
            if rail
            else "Legs follow the shortest (geodesic) path."
        )
    if undrawn:
        notes.append(
            f"{undrawn} claim{'s' * (undrawn != 1)} not drawn: an endpoint was not resolved."
        )
    return _render(
        _LEGEND,
        statuses=[STATUS_STYLES[s] for s in statuses],
        verdicts=[(VERDICT_COLOURS.get(v, VERDICT_COLOURS["unresolved"]), v) for v in verdicts],
        kinds=[(k, KIND_STYLES[k].label) for k in kinds],
        modes=[(m, MODE_LABELS[m]) for m in modes if m in MODE_LABELS],
        mode_svg=mode_svg,
        notes=notes,
        line_svg=line_svg,
        arrow_svg=arrow_svg,
        site_svg=site_svg,
    )


_TITLE = _template("<h1>{{ title }}</h1>{% if subtitle %}<div>{{ subtitle }}</div>{% endif %}")


def title_html(title: str, subtitle: str = "") -> Markup:
    """Return the title box's content: the title and, when given, a line under it."""
    return _render(_TITLE, title=title, subtitle=subtitle)
