"""link: decide which reports describe one event, and merge them into a LinkedIncident.

Everything here is pure (records in, values out) so the store, the benchmark and a Spark job can share it:

    report_key(report_id, article_id, incident)   the few fields linking looks at
    band_keys(key)                                 MinHash LSH buckets of the evidence wording
    same_event(a, b)                               the linking decision (spec section 5)
    merge(incident_id, reports)                    the linked record: merged fields, sources, disagreements
    LshIndex                                       an in-memory bucket index for batch jobs

The store persists the band keys in an indexed table, so finding candidates for a new report costs a few
index look-ups however large the store grows; only those candidates go through `same_event`.
"""

from __future__ import annotations

import calendar
import hashlib
import math
import re
import struct
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from datasketch import MinHash

from fogwatch.model import Count, DateField, Disagreement, Equipment, Incident, LinkedIncident, Location, Source

# 64 permutations split in 32 bands of 2 rows: datasketch's _optimal_param(0.2, 64, 0.3, 0.7) picks (32, 2),
# i.e. reports whose wording has Jaccard 0.2 collide in some band 73% of the time, at 0.3 95%, at 0.05 8%.
NUM_PERM = 64
BANDS, ROWS = 32, 2
MINHASH_SEED = 20231

MAX_KM = 50.0
# Wording similarity (Jaccard of content-word stems) needed when date and place both agree; each of the two
# that is unknown (no date, no place) raises the bar, so that wording alone must carry the decision.
MIN_SIMILARITY = 0.1
UNKNOWN_PENALTY = 0.12
# Copies of the place+month token added to the LSH set: same-region, same-month reports then collide in some
# band even when two outlets word the event differently (Jaccard 0.12 -> 0.29 for two of the test reports),
# while reports from other regions or months gain nothing. same_event still checks date and place exactly.
BLOCK_WEIGHT = 3

COARSE = ("admin1", "country")
PLACE_RANK = {"point": 0, "settlement": 1, "admin2": 2, "admin1": 3, "country": 4}
DATE_RANK = {"day": 0, "month": 1, "year": 2, "none": 3}
# A merged incident takes the strongest claim any report makes; the others show as a disagreement.
CERTAINTY_RANK = {"confirmed": 0, "denied": 1, "reported": 2, "alleged": 3, "unverified": 4}

_WORD = re.compile(r"[^\W_]+")
# Function words, and the words every incident report uses: sharing them says nothing about the event.
_STOP = frozenset(
    """
    a an the of in on at to for from by with and or but as is are was were be been being has have had it its
    this that these those their them they he she his her we our you your not no than then there which who whom
    whose what when where while after before during over under into about near said says say told according
    report reports reported reportedly also would could may might will can did do does more most other some such
    one two three four five six seven eight nine ten least several dozens many people killed wounded injured
    dead died forces military army troops soldiers servicemen region oblast area city town village attack
    attacks struck strike strikes hit local officials official sources source claimed claims alleged statement
    telegram channel news media update morning evening night day week yesterday today monday tuesday wednesday
    thursday friday saturday sunday russia russian russians ukraine ukrainian ukrainians kyiv moscow governor
    ministry defence defense civilians civilian killing
    """.split()  # noqa: SIM905 - a word list reads better as text
)


@dataclass(frozen=True)
class ReportKey:
    """What linking looks at in one report; built from an Incident or from a stored row."""

    id: str
    article_id: str
    type: str
    date_value: str | None
    date_precision: str
    not_after: str | None
    lat: float | None
    lon: float | None
    admin1_code: str | None
    country: str | None
    place_precision: str | None
    tokens: frozenset[str]


def evidence_text(incident: Incident) -> str:
    return " ".join(e.quote for e in incident.evidence) or incident.summary


def tokens(text: str) -> frozenset[str]:
    """Content-word stems: lower case, cut to 5 letters (shelled/shelling -> shell), numbers kept whole."""
    out = set()
    for word in _WORD.findall(text.lower()):
        if word.isdigit():
            out.add(word)
        elif len(word) > 2 and word not in _STOP:
            out.add(word[:5])
    return frozenset(out)


def report_key(report_id: str, article_id: str, incident: Incident) -> ReportKey:
    loc = incident.location
    return ReportKey(
        id=report_id,
        article_id=article_id,
        type=incident.type,
        date_value=incident.date.value,
        date_precision=incident.date.precision,
        not_after=incident.date.not_after,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        admin1_code=loc.admin1_code if loc else None,
        country=loc.country if loc else None,
        place_precision=loc.precision if loc else None,
        tokens=tokens(evidence_text(incident)),
    )


# --- dates -------------------------------------------------------------------


def date_range(value: str | None, precision: str) -> tuple[date, date] | None:
    """The days a partial ISO date can mean: 2023-09 -> (2023-09-01, 2023-09-30); None when unknown."""
    if not value or precision == "none":
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if precision == "day" and len(parts) >= 3:
            day = date(parts[0], parts[1], parts[2])
            return day, day
        if precision == "month" and len(parts) >= 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        if precision == "year":
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def dates_agree(a: ReportKey, b: ReportKey) -> bool | None:
    """True when the two dates can name the same day at their precisions, False when not, None when unknown.

    An undated report still must not postdate the other's upper bound (its publication date)."""
    ra, rb = date_range(a.date_value, a.date_precision), date_range(b.date_value, b.date_precision)
    if ra and rb:
        return ra[0] <= rb[1] and rb[0] <= ra[1]
    for known, other in ((ra, b), (rb, a)):
        bound = _parse_day(other.not_after)
        if known and bound and known[0] > bound:
            return False
    return None


# --- places ------------------------------------------------------------------


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def places_agree(a: ReportKey, b: ReportKey) -> bool | None:
    """Within 50 km, or the same admin1 (country) when one side is only that precise; None when unknown."""
    if a.place_precision is None or b.place_precision is None:
        return None
    if a.country and b.country and a.country != b.country:
        return False
    if "country" in (a.place_precision, b.place_precision):
        return a.country is not None and a.country == b.country
    if "admin1" in (a.place_precision, b.place_precision):
        return a.admin1_code is not None and a.admin1_code == b.admin1_code
    if None in (a.lat, a.lon, b.lat, b.lon):
        return a.admin1_code is not None and a.admin1_code == b.admin1_code
    return km_between(a.lat, a.lon, b.lat, b.lon) <= MAX_KM  # type: ignore[arg-type]


# --- wording and the decision --------------------------------------------------


def similarity(a: ReportKey, b: ReportKey) -> float:
    """Jaccard similarity of the two reports' evidence stems."""
    if not a.tokens or not b.tokens:
        return 0.0
    return len(a.tokens & b.tokens) / len(a.tokens | b.tokens)


def link_score(a: ReportKey, b: ReportKey) -> float | None:
    """How strongly b supports a being the same event (its wording similarity), or None when it cannot be."""
    if a.type != b.type or a.article_id == b.article_id:
        return None
    dates, places = dates_agree(a, b), places_agree(a, b)
    if dates is False or places is False:
        return None
    needed = MIN_SIMILARITY + UNKNOWN_PENALTY * ((dates is None) + (places is None))
    score = similarity(a, b)
    return score if score >= needed else None


def same_event(a: ReportKey, b: ReportKey) -> bool:
    """Spec section 5: same type, dates that can agree, places that agree, similar wording.

    Two incidents of one article are never one event: the extractor already told them apart."""
    return link_score(a, b) is not None


def linked_candidates(new: ReportKey, candidates: Iterable[ReportKey]) -> list[tuple[float, ReportKey]]:
    """The candidates `new` links to (those that pass `same_event`), most similar first."""
    scored = [(s, c) for c in candidates if (s := link_score(new, c)) is not None]
    return sorted(scored, key=lambda t: (-t[0], t[1].id))


def best_match(new: ReportKey, candidates: Iterable[ReportKey]) -> ReportKey | None:
    """The candidate `new` links to most closely, if any."""
    linked = linked_candidates(new, candidates)
    return linked[0][1] if linked else None


def incidents_to_join(linked: Sequence[int], articles: dict[int, set[str]], new_article: str) -> list[int]:
    """Which incidents a new report joins, given the incidents of its linked candidates (most similar first).

    A report that links to reports in two incidents joins them into one (the links are transitive, as in
    the Spark job's connected components), unless that would put two incidents of one article together."""
    joined: list[int] = []
    seen = {new_article}
    for incident in dict.fromkeys(linked):
        if joined and seen & articles.get(incident, set()):
            continue
        joined.append(incident)
        seen |= articles.get(incident, set())
    return joined


# --- MinHash LSH -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _permutations() -> Any:
    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED).permutations


def signature(words: Iterable[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, permutations=_permutations(), scheme="affine32")
    mh.update_batch([w.encode() for w in sorted(words)])
    return mh


def lsh_tokens(key: ReportKey) -> frozenset[str]:
    """The wording stems plus where and when (region and month), which every report of one event shares."""
    place = key.admin1_code or key.country
    when = (key.date_value if key.date_precision in ("day", "month") else key.not_after) or ""
    if not place:
        return key.tokens
    # Region and month together, never the region alone: a bucket of "this region" would grow without bound.
    return key.tokens | {f"@{place}|{when[:7]}#{n}" for n in range(BLOCK_WEIGHT)}


def band_keys(key: ReportKey) -> list[int]:
    """One signed 64-bit bucket per band; the type is hashed in, since only one type can link."""
    if not key.tokens:
        return []
    values = signature(lsh_tokens(key)).hashvalues
    out = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(f"{key.type}|{band}|".encode() + chunk, digest_size=8).digest()
        out.append(struct.unpack("<q", digest)[0])
    return out


class LshIndex:
    """In-memory bucket index over ReportKeys (batch jobs, tests); the store keeps the same buckets in SQL."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[str]] = defaultdict(list)
        self.keys: dict[str, ReportKey] = {}

    def add(self, key: ReportKey) -> None:
        self.keys[key.id] = key
        for bucket in band_keys(key):
            self._buckets[bucket].append(key.id)

    def candidates(self, key: ReportKey, limit: int = 50) -> list[ReportKey]:
        hits = Counter(rid for bucket in band_keys(key) for rid in self._buckets.get(bucket, ()))
        return [self.keys[rid] for rid, _ in hits.most_common(limit) if rid != key.id]


# --- merging -------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredReport:
    """One report as merging sees it: its record and where it was published."""

    id: str
    article_id: str
    outlet: str | None
    incident: Incident


def _norm(name: str) -> str:
    return re.sub(r"[\s\-_.]+", "", name.lower())


def origin(report: StoredReport) -> str:
    """Who the report ultimately rests on: the first source of its chain, else the outlet, else the article."""
    if report.incident.sources:
        return _norm(report.incident.sources[0].name)
    return _norm(report.outlet) if report.outlet else f"article:{report.article_id}"


def _most_precise_date(reports: Sequence[StoredReport]) -> DateField:
    rank = min(DATE_RANK[r.incident.date.precision] for r in reports)
    dates = [r.incident.date for r in reports if DATE_RANK[r.incident.date.precision] == rank]
    value = Counter(d.value for d in dates).most_common(1)[0][0]
    return next(d for d in dates if d.value == value)


def _most_precise_place(reports: Sequence[StoredReport]) -> Location | None:
    places = [r.incident.location for r in reports if r.incident.location]
    if not places:
        return None
    rank = min(PLACE_RANK[p.precision] for p in places)
    best = [p for p in places if PLACE_RANK[p.precision] == rank]
    name = Counter(p.place or p.name for p in best).most_common(1)[0][0]
    return next(p for p in best if (p.place or p.name) == name)


def _merge_count(reports: Sequence[StoredReport], field: str) -> tuple[Count | None, Disagreement | None]:
    """The lowest figure (as ACLED codes fatalities), and every report's figure when they differ."""
    given = [(r.id, getattr(r.incident, field)) for r in reports if getattr(r.incident, field) is not None]
    if not given:
        return None, None
    lowest = min(given, key=lambda t: t[1].value)[1]
    if len({c.value for _, c in given}) == 1:
        return lowest, None
    return lowest, Disagreement(field=field, values={rid: c.value for rid, c in given})


def _differ(reports: Sequence[StoredReport], field: str, values: dict[str, Any]) -> Disagreement | None:
    present = {rid: v for rid, v in values.items() if v is not None}
    return Disagreement(field=field, values=present) if len(set(present.values())) > 1 else None


def _union(items: Iterable[Any]) -> list[Any]:
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(_norm(item.name), item)
    return list(seen.values())


def merge(incident_id: str, reports: Sequence[StoredReport], updated: float = 0.0) -> LinkedIncident:
    """The linked incident: the most precise date and place, the strongest certainty, the lowest counts,
    the union of equipment and sources, and every field on which the reports disagree, side by side."""
    if not reports:
        raise ValueError("cannot merge an incident without reports")
    reports = sorted(reports, key=lambda r: r.id)
    lead = max(reports, key=lambda r: r.incident.confidence)
    counts = {f: _merge_count(reports, f) for f in ("killed", "wounded", "participants")}
    certainty = min((r.incident.certainty for r in reports), key=CERTAINTY_RANK.__getitem__)
    disagreements = [d for _, d in counts.values() if d]
    date_field = _most_precise_date(reports)
    location = _most_precise_place(reports)
    same_rank_dates = {
        r.id: r.incident.date.value for r in reports if r.incident.date.precision == date_field.precision
    }
    same_rank_places = {
        r.id: r.incident.location.place or r.incident.location.name
        for r in reports
        if r.incident.location and location and r.incident.location.precision == location.precision
    }
    disagreements += [
        d
        for d in (
            _differ(reports, "date", same_rank_dates),
            _differ(reports, "location", same_rank_places),
            _differ(reports, "certainty", {r.id: r.incident.certainty for r in reports}),
        )
        if d
    ]
    equipment: list[Equipment] = _union(e for r in reports for e in r.incident.equipment)
    sources: list[Source] = _union(s for r in reports for s in r.incident.sources)
    return LinkedIncident(
        id=incident_id,
        type=lead.incident.type,
        summary=lead.incident.summary,
        date=date_field,
        location=location,
        killed=counts["killed"][0],
        wounded=counts["wounded"][0],
        participants=counts["participants"][0],
        equipment=equipment,
        sources=sources,
        certainty=certainty,
        independent_sources=len({origin(r) for r in reports}),
        report_count=len(reports),
        disagreements=disagreements,
        report_ids=[r.id for r in reports],
        updated=updated,
    )
