"""Property tests over what users feed mapper: whatever the input, no traceback reaches
them, and every error names the input it is about.

Hypothesis writes itinerary files (CSV, YAML, GeoJSON: well formed, broken or hostile),
article files (any bytes) and command-line values (any text), and runs the readers and
the command line on them. A run may succeed or fail; a failure must be a MapperError (a
one-line ``Error: ...`` from the command line) that names the file or value.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.cli import main
from mapper.errors import MapperError
from mapper.journey import read_itinerary

pytestmark = pytest.mark.usefixtures("gazetteer")  # the index is built once, beforehand

_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_FIELDS = ["name", "lat", "lon", "date", "date_end", "mode", "status", "role", "note",
           "country", "kind", "Name", "LAT", "extra", ""]  # fmt: skip
_PLACES = ["Vladivostok", "Ussuriysk", "Irkutsk", "Paris, France", "Springfield",
           "Qwzxyplk", "", "Khasan", "43.1", "-999", "Перм"]  # fmt: skip
_VALUES = st.one_of(
    st.sampled_from(_PLACES),
    st.sampled_from(
        [
            "2024-05-01",
            "2024-13-45",
            "rail",
            "air",
            "speculated",
            "origin",
            "1_0",
            "nan",
            "1e309",
            "city",
            "RU",
            "ZZ",
        ]
    ),
    st.text(max_size=12),
)


def _cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value


@st.composite
def csv_files(draw: st.DrawFn) -> str:
    header = draw(st.lists(st.sampled_from(_FIELDS), min_size=1, max_size=5))
    rows = draw(st.lists(st.lists(_VALUES, min_size=0, max_size=6), max_size=4))
    lines = [",".join(header)] + [",".join(_cell(v) for v in row) for row in rows]
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _VALUES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_VALUES, inner, max_size=4),
    max_leaves=12,
)


@st.composite
def geojson_files(draw: st.DrawFn) -> str:
    feature = st.fixed_dictionaries(
        {},
        optional={
            "type": st.just("Feature"),
            "geometry": st.one_of(
                _JSON,
                st.fixed_dictionaries(
                    {"type": st.sampled_from(["Point", "LineString"]), "coordinates": _JSON}
                ),
            ),
            "properties": st.one_of(_JSON, st.dictionaries(st.sampled_from(_FIELDS), _VALUES)),
        },
    )
    data = draw(
        st.one_of(
            st.fixed_dictionaries(
                {"type": st.just("FeatureCollection"), "features": st.lists(feature, max_size=4)}
            ),
            _JSON,
        )
    )
    return json.dumps(data)


@st.composite
def yaml_files(draw: st.DrawFn) -> str:
    stops = draw(st.lists(st.dictionaries(st.sampled_from(_FIELDS), _VALUES), max_size=4))
    body = "stops:\n" + "".join(
        "  - " + "\n    ".join(f"{k or 'x'}: {json.dumps(v)}" for k, v in stop.items()) + "\n"
        if stop
        else "  - {}\n"
        for stop in stops
    )
    return draw(st.sampled_from([body, body + "  - *anchor\n", "- [\n", "{a: &x [1], b: *x}"]))


@_SETTINGS
@given(data=st.data())
@pytest.mark.parametrize(
    ("suffix", "files"),
    [(".csv", csv_files()), (".geojson", geojson_files()), (".yaml", yaml_files())],
)
def test_any_itinerary_reads_or_fails_naming_the_file(tmp_path, suffix, files, data):
    path = tmp_path / f"trip{suffix}"
    path.write_text(data.draw(files), encoding="utf-8")
    try:
        read_itinerary(path)
    except MapperError as exc:
        assert str(path) in str(exc), f"the error does not name the file: {exc}"


def _runs_cleanly(argv: list[str], capsys: pytest.CaptureFixture[str], *names: str) -> None:
    status = main(argv)
    err = capsys.readouterr().err
    assert status in (0, 1), argv
    assert "Traceback" not in err
    if status == 1:
        assert err.startswith("Error: "), err
        assert any(name in err for name in names), f"{err!r} names none of {names}"


@_SETTINGS
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_article_bytes_give_output_or_one_error(tmp_path, capsys, data):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    for command in ("places", "check", "journey"):
        _runs_cleanly([command, str(path)], capsys, str(path))


_NAMES = st.one_of(st.sampled_from(_PLACES), st.text(min_size=0, max_size=40))


@_SETTINGS
@given(name=_NAMES, other=_NAMES)
def test_any_names_on_the_command_line_give_output_or_one_error(capsys, name, other):
    # "--" ends the options, as a user passes a name that starts with a dash
    _runs_cleanly(["geocode", "--", name], capsys, repr(name), "empty", "letters")
    _runs_cleanly(["distance", "--", name, other], capsys, repr(name), repr(other), "empty")
