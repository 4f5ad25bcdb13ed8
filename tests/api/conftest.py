"""A small store of hand-built reports for the API and dashboard tests."""

from __future__ import annotations

import hashlib

import pytest

from fogwatch.model import Article, Count, DateField, Evidence, Extraction, Incident, Location, Removed, Source
from fogwatch.store import open_store

HOSTILE = 'Shelling reported <script>window.__xss = 1</script> near "><img src=x onerror="window.__xss=2"> the depot.'


def _report(
    text: str,
    type_: str,
    place: tuple[str, str, str, float, float],
    day: str,
    killed: int | None,
    outlet: str,
    source: str | None = None,
) -> Extraction:
    name, admin1_code, country, lat, lon = place
    article = Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16],
        url=f"https://{outlet}/{day}",
        outlet=outlet,
        title=text[:40],
        published=day,
        published_source="metadata",
        text=text,
        removed=[Removed(kind="cta", text="Follow us for more updates")],
    )
    incident = Incident(
        type=type_,
        summary=text,
        confidence=0.9,
        date=DateField(value=day, precision="day", quote=day),
        location=Location(
            name=name,
            place=name,
            admin1_code=admin1_code,
            country=country,
            lat=lat,
            lon=lon,
            precision="settlement",
            quote=name,
        ),
        killed=Count(value=killed, quote=str(killed)) if killed is not None else None,
        sources=[Source(name=source, kind="media", quote=source)] if source else [],
        evidence=[Evidence(start=0, end=len(text), quote=text)],
    )
    return Extraction(article=article, incidents=[incident])


KHARKIV = ("Kharkiv", "UA-63", "UA", 49.98081, 36.25272)
GOMA = ("Goma", "CD-NK", "CD", -1.67409, 29.22845)
DJIBO = ("Djibo", "BF-SAH", "BF", 14.10118, -1.62863)

REPORTS = [
    _report(
        "A glide bomb struck a school in Kharkiv on Monday, killing 3 people.",
        "strike",
        KHARKIV,
        "2024-05-06",
        3,
        "east-news.example",
    ),
    _report(
        "Rebel artillery shelled the Goma airport on Friday, killing 5 civilians.",
        "strike",
        GOMA,
        "2024-03-01",
        5,
        "lakes.example",
        "Radio Okapi",
    ),
    _report(
        "Two platoons refused to advance near Djibo last week, a local monitor said.",
        "refusal_to_fight",
        DJIBO,
        "2024-04-11",
        None,
        "sahel.example",
    ),
    _report(HOSTILE, "strike", KHARKIV, "2024-05-20", 1, "hostile.example"),
]


@pytest.fixture()
def store(tmp_path):
    store = open_store(str(tmp_path / "api.db"))
    for extraction in REPORTS:
        store.add(extraction, input="test")
    yield store
    store.close()
