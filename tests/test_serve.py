"""mapper serve's API, through FastAPI's test client (no socket, no network).

Expected figures come from GeographicLib (the claims' measured distances) or from the
sentences written here.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from geographiclib.geodesic import Geodesic

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from mapper.serve.app import MAX_BODY, create_app
from mapper.serve.run import is_loopback

# Our own sentences; mentions are named by where they start in the text.
STORY = (
    "The train left Vladivostok and reached Ussuriysk on 12 September 2031. "
    "Ussuriysk lies some 80 km north of Vladivostok."
)
FIRST_USSURIYSK = STORY.index("Ussuriysk")
SECOND_USSURIYSK = STORY.index("Ussuriysk", FIRST_USSURIYSK + 1)
USSURIYSK = (43.80467, 131.95734)  # GeoNames 2014006
VLADIVOSTOK = (43.10562, 131.87353)  # GeoNames 2013348
KHABAROVSK = {"name": "Khabarovsk", "lat": 48.48271, "lon": 135.08379, "kind": "city",
              "country": "RU", "source": "geonames:2022890"}  # fmt: skip
HOSTILE = (
    "Crowds in Vladivostok cheered <script>alert(1)</script> ${1+1} `ls` onerror=x javascript:y."
)
JSON = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return Geodesic.WGS84.Inverse(*a, *b)["s12"] / 1000


def test_story_returns_the_clis_json_shapes(client) -> None:
    got = client.post("/api/story", json={"text": STORY}).json()
    assert [p["surface"] for p in got["places"]] == [
        "Vladivostok", "Ussuriysk", "Ussuriysk", "Vladivostok"
    ]  # fmt: skip
    assert [s["name"] for s in got["journey"]["stops"]] == ["Vladivostok", "Ussuriysk"]
    assert got["journey"]["stops"][1]["date"] == "2031-09-12"
    (claim,) = got["claims"]
    assert claim["measured_km"] == pytest.approx(km(VLADIVOSTOK, USSURIYSK), abs=0.5)
    assert claim["verdict"] == "consistent"
    # the same fields as `mapper check --json`
    from mapper.claims import check_claims

    assert set(claim) == set(check_claims(STORY)[0].to_dict())


def test_choosing_another_place_changes_the_claims_figures(client) -> None:
    corrections = {"places": {str(SECOND_USSURIYSK): KHABAROVSK}}  # the claim's located end
    got = client.post("/api/story", json={"text": STORY, "corrections": corrections}).json()
    (claim,) = got["claims"]
    assert (claim["from"]["name"], claim["to"]["name"]) == ("Vladivostok", "Khabarovsk")
    expected = km((KHABAROVSK["lat"], KHABAROVSK["lon"]), VLADIVOSTOK)
    assert claim["measured_km"] == pytest.approx(expected, abs=0.5)
    assert claim["verdict"] == "understated"


def test_a_mention_marked_not_a_place_leaves_the_journey(client) -> None:
    corrections = {"not_places": [FIRST_USSURIYSK, SECOND_USSURIYSK]}
    got = client.post("/api/story", json={"text": STORY, "corrections": corrections}).json()
    assert "Ussuriysk" not in [p["surface"] for p in got["places"]]
    assert [s["name"] for s in got["journey"]["stops"]] == ["Vladivostok"]


def test_stop_corrections_status_order_and_not_a_stop(client) -> None:
    stops = client.post("/api/story", json={"text": STORY}).json()["journey"]["stops"]
    first, second = (s["key"] for s in stops)
    corrections = {"statuses": {second: "speculated"}, "order": [second, first]}
    got = client.post("/api/story", json={"text": STORY, "corrections": corrections}).json()
    new = got["journey"]["stops"]
    assert [s["name"] for s in new] == ["Ussuriysk", "Vladivostok"]
    # the reader's rule: the first stop is the origin, a speculated one a destination,
    # a confirmed one a stop (as a story told in this order is read)
    assert [s["role"] for s in new] == ["origin", "stop"]
    assert new[0]["status"] == "speculated"
    (leg,) = got["journey"]["legs"]
    assert (leg["from"], leg["to"]) == ("Ussuriysk", "Vladivostok")
    dropped = {"not_stops": [second]}
    got = client.post("/api/story", json={"text": STORY, "corrections": dropped}).json()
    assert [s["name"] for s in got["journey"]["stops"]] == ["Vladivostok"]


def test_a_bad_status_is_refused_with_the_reason(client) -> None:
    bad = {"text": STORY, "corrections": {"statuses": {"x": "certain"}}}
    response = client.post("/api/story", json=bad)
    assert response.status_code == 422
    assert "corrections.statuses.x" in response.json()["error"]


def test_an_itinerary_session_reads_its_stops(client) -> None:
    itinerary = {"text": "name,date,mode\nVladivostok,2031-05-01,\nUssuriysk,2031-05-02,train\n",
                 "format": ".csv"}  # fmt: skip
    got = client.post("/api/story", json={"itinerary": itinerary, "title": "Two towns"}).json()
    assert [s["name"] for s in got["journey"]["stops"]] == ["Vladivostok", "Ussuriysk"]
    assert got["journey"]["legs"][0]["mode"] == "rail"


def test_exports_are_attachments_that_parse(client) -> None:
    session = {"text": STORY}
    page = client.post("/api/export/map.html", json=session)
    assert page.headers["content-disposition"] == 'attachment; filename="map.html"'
    assert page.text.startswith("<!DOCTYPE html>") and "L.geoJSON(shapes.land" in page.text
    collection = client.post("/api/export/story.geojson", json=session).json()
    kinds = {f["properties"]["feature"] for f in collection["features"]}
    assert {"stop", "leg", "claim"} <= kinds
    kml = client.post("/api/export/story.kml", json=session).content
    assert ET.fromstring(kml).tag.endswith("kml")
    rows = list(
        csv.DictReader(io.StringIO(client.post("/api/export/claims.csv", json=session).text))
    )
    assert len(rows) == 1 and rows[0]["verdict"] == "consistent"
    assert json.loads(rows[0]["from"])["name"] == "Vladivostok"
    assert client.post("/api/export/secrets.txt", json=session).status_code == 422


def test_upload_reads_text_html_and_itineraries_in_memory(client) -> None:
    html = (
        b"<html><head><title>By rail</title><style>p{}</style></head><body>"
        b"<p>The train left <a href='#'>Vladivostok</a>.</p><script>x()</script></body></html>"
    )
    got = client.post("/api/upload", files={"file": ("page.html", html)}).json()
    assert got == {"kind": "article", "text": "The train left Vladivostok.", "title": "By rail",
                   "format": ""}  # fmt: skip
    got = client.post("/api/upload", files={"file": ("trip.yaml", b"- name: Ussuriysk\n")}).json()
    assert got["kind"] == "itinerary" and got["format"] == ".yaml"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("story.txt", "Ussuriysk".encode("utf-16"), "is not UTF-8 text"),
        ("story.txt", b"  \n", "is empty"),
        ("story.pdf", b"%PDF-1.4", "upload an article (.txt"),
        ("../../etc/passwd", b"root:x:0:0", "upload an article (.txt"),
        ("page.html", b"<html><script>only()</script></html>", "holds no text"),
    ],
)
def test_bad_uploads_get_a_clear_message(client, name: str, data: bytes, message: str) -> None:
    response = client.post("/api/upload", files={"file": (name, data)})
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_malformed_requests_get_a_message_not_a_traceback(client) -> None:
    response = client.post(
        "/api/story", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422 and "not a session" in response.json()["error"]
    response = client.post("/api/story", json={"text": "   "})
    assert response.status_code == 400 and "paste an article" in response.json()["error"]
    response = client.post("/api/upload")
    assert response.status_code == 422 and "file" in response.json()["error"]


def test_a_body_over_the_limit_is_refused_with_413(client) -> None:
    big = json.dumps({"text": "x" * (MAX_BODY + 10)})
    response = client.post("/api/story", content=big, headers=JSON)
    assert response.status_code == 413
    assert "more than 2 MB" in response.json()["error"]

    def chunks():  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(30):
            yield b"x" * 100_000
        yield b'"}'

    response = client.post(
        "/api/story", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


def test_article_text_comes_back_as_data_and_the_map_escapes_it(client) -> None:
    got = client.post("/api/story", json={"text": HOSTILE})
    assert got.headers["content-type"] == "application/json"
    page = client.post("/api/map", json={"text": HOSTILE}).text
    assert "<script>alert(1)</script>" not in page
    assert "\\u003cscript\\u003ealert(1)" in page or "&lt;script&gt;alert(1)" in page


def test_the_page_and_its_assets_come_from_the_package_with_safe_headers(client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'src="/static/app.js"' in page.text
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from outside
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/../session.py").status_code == 404
    schema = client.get("/openapi.json").json()
    assert {"/api/story", "/api/map", "/api/upload", "/api/search"} <= set(schema["paths"])


def test_search_completes_a_name_as_it_is_typed(client) -> None:
    names = [p["name"] for p in client.get("/api/search", params={"q": "Ussur"}).json()]
    assert "Ussuriysk" in names
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_loopback_hosts() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")


def test_serve_warns_beyond_loopback_and_opens_no_browser_when_told(monkeypatch, capsys) -> None:
    import uvicorn

    from mapper.cli import main

    ran: list[tuple[str, int]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: ran.append((host, port)))
    monkeypatch.setattr("mapper.serve.run._check_free", lambda host, port: None)
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url))
    assert main(["serve", "--host", "0.0.0.0", "--port", "9123", "--no-browser"]) == 0
    assert ran == [("0.0.0.0", 9123)] and opened == []
    err = capsys.readouterr().err
    assert "Warning: serving on 0.0.0.0, beyond this computer" in err
    assert "http://127.0.0.1:9123/" in err
    assert main(["serve", "--port", "70000"]) == 1
    assert "give a port between 1 and 65535" in capsys.readouterr().err


def test_a_port_in_use_is_an_error_that_names_the_fix(capsys) -> None:
    import socket

    from mapper.cli import main

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        assert main(["serve", "--port", str(port), "--no-browser"]) == 1
    err = capsys.readouterr().err
    assert f"cannot serve on 127.0.0.1:{port}" in err and "pass --port" in err
