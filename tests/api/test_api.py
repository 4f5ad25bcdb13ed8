"""Every endpoint of the HTTP API, and every bad request answered with one error shape."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from fogwatch.api.app import MAX_BODY_BYTES, create_app, weekly_counts


@pytest.fixture()
def client(store):
    return TestClient(create_app(store))


def assert_error(response, status: int) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]


def test_lists_incidents_with_filters_and_paging(client):
    everything = client.get("/api/incidents").json()
    assert everything["total"] == 4 and len(everything["items"]) == 4
    assert client.get("/api/incidents", params={"type": "refusal_to_fight"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"country": "cd"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"since": "2024-05-01"}).json()["total"] == 2
    page = client.get("/api/incidents", params={"limit": 2, "offset": 2}).json()
    assert (page["total"], len(page["items"]), page["offset"]) == (4, 2, 2)


def test_bbox_keeps_incidents_inside(client):
    ukraine = client.get("/api/incidents", params={"bbox": "22,44,40,53"}).json()
    assert {i["location"]["country"] for i in ukraine["items"]} == {"UA"}


def test_one_incident_comes_with_reports_and_article_text(client):
    first = client.get("/api/incidents", params={"country": "CD"}).json()["items"][0]
    detail = client.get(f"/api/incidents/{first['id']}").json()
    report = detail["reports"][0]
    assert report["article"]["text"].startswith("Rebel artillery shelled")
    assert report["incident"]["evidence"][0]["quote"] == report["article"]["text"]


def test_article_has_text_and_removed_parts(client):
    incident = client.get("/api/incidents", params={"country": "BF"}).json()["items"][0]
    article_id = client.get(f"/api/incidents/{incident['id']}").json()["reports"][0]["article_id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["removed"] == [{"kind": "cta", "text": "Follow us for more updates"}]


@pytest.mark.parametrize(
    ("by", "expected"), [("type", {"strike": 3, "refusal_to_fight": 1}), ("country", {"UA": 2, "CD": 1, "BF": 1})]
)
def test_counts(client, by, expected):
    buckets = client.get("/api/stats", params={"by": by}).json()
    assert {b["key"]: b["count"] for b in buckets} == expected


def test_weeks_are_contiguous_from_first_to_last(client):
    weeks = client.get("/api/stats", params={"by": "week"}).json()
    assert weeks[0]["key"] == "2024-02-26" and weeks[-1]["key"] == "2024-05-20"
    assert sum(w["count"] for w in weeks) == 4 and len(weeks) == 13


def test_weekly_counts_of_nothing_is_empty():
    assert weekly_counts([]) == []


def test_search_finds_words_in_evidence(client):
    hits = client.get("/api/search", params={"q": "airport"}).json()
    assert hits and all("airport" in h["snippet"].lower() or h["kind"] == "article" for h in hits)


@pytest.mark.parametrize("format_", ["jsonl", "csv", "acled", "geojson"])
def test_exports(client, format_):
    response = client.get("/api/export", params={"format": format_})
    assert response.status_code == 200 and response.content
    if format_ == "geojson":
        assert len(response.json()["features"]) == 4


def test_openapi_document_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/articles/{article_id}",
        "/api/stats",
        "/api/search",
        "/api/export",
    } <= set(paths)


def test_dashboard_page_and_static_files(client):
    assert '<div id="map"' in client.get("/").text
    assert client.get("/static/vendor/leaflet.js").status_code == 200


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/incidents/no-such-incident", 404),
        ("/api/articles/no-such-article", 404),
        ("/api/incidents?type=massacre", 400),
        ("/api/incidents?bbox=1,2,3", 400),
        ("/api/incidents?bbox=0,80,10,10", 400),
        ("/api/incidents?limit=0", 422),
        ("/api/incidents?limit=5000", 422),
        ("/api/incidents?since=yesterday", 422),
        ("/api/incidents?certainty=sure", 422),
        ("/api/stats?by=planet", 422),
        ("/api/search", 422),
        ("/api/export?format=pdf", 422),
        ("/api/nothing-here", 404),
    ],
)
def test_bad_requests_share_one_error_shape(client, url, status):
    assert_error(client.get(url), status)


def test_ingest_is_off_unless_allowed(client):
    assert_error(client.post("/api/articles", json={"text": "x"}), 403)


@pytest.fixture()
def ingest_client(store, resources):
    return TestClient(create_app(store, allow_ingest=True, resources=resources))


def test_ingest_extracts_and_stores_one_report(ingest_client):
    text = "Militia fighters shelled the village of Bunia on Tuesday, killing six people, a UN official said."
    response = ingest_client.post(
        "/api/articles", json={"text": text, "published": "2024-06-05", "url": "https://ituri.example/bunia"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "stored"
    again = ingest_client.post("/api/articles", json={"text": text, "url": "https://ituri.example/bunia"})
    assert again.json()["status"] == "duplicate"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 422),
        (b'{"title": "no text"}', 422),
        (b'{"text": "x", "colour": "red"}', 422),
        (b'{"text": "x", "published": "last tuesday"}', 422),
        (b"[1, 2, 3]", 422),
    ],
)
def test_ingest_rejects_malformed_bodies(ingest_client, body, status):
    assert_error(
        ingest_client.post("/api/articles", content=body, headers={"content-type": "application/json"}), status
    )


def test_ingest_rejects_oversize_bodies(ingest_client):
    body = b'{"text": "' + b"a" * (MAX_BODY_BYTES + 10) + b'"}'
    assert_error(ingest_client.post("/api/articles", content=body, headers={"content-type": "application/json"}), 413)
