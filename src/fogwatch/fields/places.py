"""places: where an incident happened, resolved against the offline gazetteer.

Matches and their cues come from place_scan.py (steps 1 and 2 there); this module goes on:
3. choose: among the evidence's matches, the best-attached one wins, then the most specific
   (settlement > admin1 > country), then the earliest. A place named after "close to" or "near" right
   behind another place ("the village of X, close to Y's airport") is a landmark for X, not the place;
   one named after "in" ("X in the Y region", "X, in northern Y", "X, Ukraine") contains X. A small
   settlement abroad, or one named by a name unlike its own, needs the text to name something else in its
   country ("Wagner" is a town in Brazil, "Hamas" an old name of Hamm); demonyms and armed groups name
   countries too ("Ukrainian troops", "RSF fighters"). A later sentence's place in another country than
   the first sentence's does not move the event; a digest item's header ("3) Kharkiv. Overnight the city
   was hit") places sentences that name no place themselves.
4. resolve: a name with several entries (two villages called Opytne in one oblast) is resolved by its
   container, the regions and countries named in the sentence, the mention and the article (weighted by
   mentions; a country the article names at all beats a larger namesake elsewhere), distance to the other
   places the mention names and to those the article names, how closely the entry's own name reads like
   the text, and population last. When the container holds no entry of that name, the container is the place.
   A region's name ("In Sonora", "Chechnya") means the region rather than a small namesake town elsewhere.

Measured by `fogwatch eval` (location): dev 0.980 (150 paired incidents in 63 reports, many wars), held-out
0.935, second blind set 0.967 (0.852 before seas, regions against namesakes, digest headers and addresses
such as "village, municipality, department" were read); the seeds 1.000.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from fogwatch.fields.place_scan import ITEM_MARK, NEARLY_SAME_NAME, Match, reads_like, scan, writes_own_name
from fogwatch.gazetteer import Candidate, Gazetteer, name_key, strip_type_words
from fogwatch.model import Article, Location, Mention, PlacePrecision

__all__ = ["Gazetteer", "locate"]

MAX_HEADER_CHARS = 60
# "the city" of an item's sentence refers to the place its header names.
_ANAPHOR = re.compile(r"\b(?i:the)\s+(?:city|town|village|settlement|port|region|area|district)\b")
_SPECIFICITY = {"settlement": 3, "admin1": 2, "country": 1}
MIN_BARE_POPULATION = 50_000  # a settlement named with no cue is the event's place only when it is a known town
SUPPORT_FREE_POPULATION = 100_000  # a town this large is placed even in an article about elsewhere, by its own name
SHORT_NAME = 5  # a name this short that reads unlike the entry's own name may be a coincidence ("Chin")
UNLIKE_FREE_POPULATION = 1_000_000  # an old or foreign name of a city this large stands alone ("Rangoon")
ARTICLE_KM = 500  # namesakes: the one nearer the article's other places wins (median distance, this scale)
CONTAINER_KM = 50  # "Karari, in northern Omdurman": a quarter lies within this of the town named after it

# --- context -----------------------------------------------------------------


@dataclass
class Context:
    """The regions and countries a text names, to tell apart places that share a name, weighted by how often
    it names them: a name's first mention counts 1, each repeat 0.5, up to 2 in all, so that a word misread
    as a place ("Hamas" said twenty times) cannot outweigh the places the text really is about. `anchors`
    are the points of the places it names unambiguously: a namesake near them is the one meant."""

    # Weighted counts (a repeated name adds less than a first one): Counters holding floats.
    admin1: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    sides: Counter[str] = field(default_factory=Counter)  # from demonyms and armed groups, not place names
    seen: Counter[str] = field(default_factory=Counter)
    weights: dict[str, float] = field(default_factory=dict)
    anchors: dict[str, tuple[float, float]] = field(default_factory=dict)
    counted: dict[str, str] = field(default_factory=dict)  # name -> the country its mentions were counted for
    admin1_by: dict[str, str] = field(default_factory=dict)  # name -> the region its mentions were counted for

    def add(self, matches: list[Match], min_cue: float = 0.0) -> None:
        for m in matches:
            # Common words count only where the text attaches them as places; "Ukraine" the word is rare.
            if m.modifier or (m.common and m.cue < 2.0 and m.candidates[0].kind != "country") or m.cue < min_cue:
                continue
            key = name_key(m.name)
            self.seen[key] += 1
            weight = min(2.0, 1.0 + 0.5 * (self.seen[key] - 1)) - self.weights.get(key, 0.0)
            if weight <= 0:
                continue
            self.weights[key] = self.weights.get(key, 0.0) + weight
            countries = {c.country for c in m.candidates}
            named = [c.country for c in m.candidates if c.kind == "country"]
            if named:  # a country's name means the country, whatever villages share it
                countries = {named[0]}
            codes = {c.admin1_code for c in m.candidates if c.kind != "country"}
            point = _unambiguous_point(m)
            if len(countries) > 1 and point is not None:
                countries = {m.candidates[0].country}  # "Donetsk": the oblast and city, and a town across the border
            if len(countries) == 1:
                self.counted[key] = next(iter(countries))
                self.countries[self.counted[key]] += weight  # type: ignore[assignment]
            code = next(iter(codes)) if len(codes) == 1 else _own_region_code(m)
            if code is not None and (
                m.region or len(m.candidates) == 1 or (len(codes) > 1 and _own_region_code(m) == code)
            ):
                self.admin1[code] += weight  # type: ignore[assignment]
                self.admin1_by[key] = code
            if point is not None:
                self.anchors[key] = point

    def add_sides(self, text: str) -> None:
        """Demonyms and armed groups name the countries a text is about ("Ukrainian troops", "RSF fighters")."""
        for word, code in _side_words().items():
            found = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
            if found:
                self.sides[code] += min(2.0, 1.0 + 0.5 * (found - 1))  # type: ignore[assignment]

    def about(self) -> Counter[str]:
        """The countries the text is about: those its places name and those its peoples and groups name."""
        return self.countries + self.sides

    def region_support(self, key: str, code: str) -> float:
        """How much the text names a region, apart from the name being resolved ("Antioquia" cannot make the
        town Santa Fe de Antioquia its own meaning)."""
        own = self.weights.get(key, 0.0) if self.admin1_by.get(key) == code else 0.0
        return min(self.admin1[code] - own, 1)

    def own_weight(self, key: str, country: str) -> float:
        """What a name's own mentions added to a country: a name cannot support itself."""
        return self.weights.get(key, 0.0) if self.counted.get(key) == country else 0.0


def _own_region_code(m: Match) -> str | None:
    """The code of the one first-level region the text names by its own name ("Antioquia", though a Turkish town
    bears it as an old name), if one is."""
    key = name_key(m.name)
    own = {c.admin1_code for c in m.candidates if c.kind == "admin1" and _region_named(key, c)}
    return next(iter(own)) if len(own) == 1 else None


def _region_named(key: str, c: Candidate) -> bool:
    """Whether the text writes a region's own name, maybe without its trailing words ("Michoacán" de Ocampo)."""
    own = strip_type_words(name_key(c.name))
    return fuzz.ratio(key, own) >= NEARLY_SAME_NAME or own.split()[: len(key.split())] == key.split()


def _unambiguous_point(m: Match) -> tuple[float, float] | None:
    """The point of a match whose candidates all lie within 300 km of the first (or that names a country):
    close enough to tell a namesake on the same front from one across the continent."""
    first = m.candidates[0]
    if first.kind == "country":
        return (first.lat, first.lon) if first.lat is not None and first.lon is not None else None
    points = [(c.lat, c.lon) for c in m.candidates if c.lat is not None and c.lon is not None]
    if not points or any(_distance_km(points[0], p) > 300 for p in points[1:]):
        return None
    return points[0]


_ARTICLE_CACHE: dict[tuple[int, str, int], Context] = {}


def _article_context(article: Article, gaz: Gazetteer) -> Context:
    # The text's hash too: callers that build articles by hand may reuse an id (str caches its hash).
    key = (id(gaz), article.id, hash(article.text))
    if key not in _ARTICLE_CACHE:
        _ARTICLE_CACHE.clear()  # one article at a time: every mention of it shares the scan
        ctx = Context()
        ctx.add(scan(article.text, gaz))
        ctx.add_sides(article.text)
        if article.title:
            ctx.add(scan(article.title, gaz))
        _ARTICLE_CACHE[key] = ctx
    return _ARTICLE_CACHE[key]


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def _candidate_score(c: Candidate, m: Match, near: Context, wide: Context, anchors: list[tuple[float, float]]) -> float:
    score = 0.4 * math.log10(c.population + 10)
    # A place whose own name reads like the text beats one that merely once bore it (Engels was Pokrovsk).
    key = name_key(m.name)
    score += 2.0 * fuzz.ratio(key, name_key(c.name)) / 100
    if c.kind == "settlement" and reads_like(key, c):
        score += 1.5  # among settlements only: a region's own name carries its type word ("An Nabatiyah")
    if c.kind == "country":
        score += 4.0  # a name a country bears means the country ("Ukraine", not a village called so)
    elif not m.region and c.kind == "settlement":
        score += 1.5  # a bare "Kherson" is the city; "the Kherson region" the oblast
    if c.admin1_code and c.kind != "admin1":
        score += 3.0 * near.region_support(key, c.admin1_code) + 1.5 * wide.region_support(key, c.admin1_code)
    # A namesake in a country the article names beats a larger one elsewhere; among the countries it
    # names, the one named most, then the one nearest its other places ("Pokrovsk" in a story about the
    # Donbas front is not the Pokrovsk in Yakutia, though the story names Russia as often as Ukraine).
    about = wide.about()
    score += 2.0 * min(near.countries[c.country], 1) + 2.5 * min(about[c.country], 1)
    score += 1.0 * _share(about, c.country)
    if c.lat is not None and c.lon is not None:
        for point in anchors:
            score += 4.0 * math.exp(-_distance_km((c.lat, c.lon), point) / 50)
        others = [p for k, p in wide.anchors.items() if k != key]
        if others:
            median = statistics.median(_distance_km((c.lat, c.lon), p) for p in others)
            score += 3.0 * math.exp(-median / ARTICLE_KM)
    return score


def _share(counts: Counter[str], key: str) -> float:
    total = sum(counts.values())
    return counts[key] / total if total else 0.0


def _resolve(m: Match, near: Context, wide: Context, anchors: list[tuple[float, float]]) -> Candidate:
    """The best candidate; one inside the region the text puts the place in, if any is ("X in the Y region"),
    and that region itself when none is: the settlement is then one the gazetteer lacks."""
    candidates = m.candidates
    region = m.container.chosen if m.container is not None else None
    if region is not None and m.container_is_list_like and region.kind == "settlement":
        # "Kharkiv, Sumy and Chernihiv" is a list; "El Plateado, Argelia, Antioquia" an address: Argelia is
        # itself placed in a region.
        outer = m.container.container if m.container is not None else None
        if outer is None or outer.chosen is None or outer.chosen.kind == "settlement":
            region = None
    if region is not None and m.container is not m:
        inside = [c for c in candidates if _contains(region, c)]
        if not inside:
            return region
        candidates = inside
    best = max(candidates, key=lambda c: _candidate_score(c, m, near, wide, anchors))
    return _region_over_namesake(best, candidates, m, wide)


def _region_over_namesake(best: Candidate, candidates: list[Candidate], m: Match, wide: Context) -> Candidate:
    """ "In Sonora": a name that a first-level region bears (its own or an alias) means the region, in a country
    the article is about at least as much, rather than a small settlement of that name in another region (a Sonora
    in Brazil) or of a longer name inside it (Sinaloa de Leyva). A settlement of that very name inside the region
    ("Kherson" the city) and one the text calls a town keep it."""
    if best.kind != "settlement" or best.population >= SUPPORT_FREE_POPULATION or m.cue >= 4.0:
        return best
    key, about = name_key(m.name), wide.about()
    for c in candidates:
        if (
            c.kind == "admin1"
            and (c.admin1_code != best.admin1_code or not writes_own_name(key, best))
            # by its own name or an alias ("Chechnya" for the Chechen Republic, not a Ukrainian village)
            and about[c.country] >= about[best.country]
        ):
            return c
    return best


def _contains(region: Candidate, c: Candidate) -> bool:
    if region.kind == "settlement":
        here, there = _point(region), _point(c)
        return here is not None and there is not None and _distance_km(here, there) <= CONTAINER_KM
    if region.kind == "country":
        return c.country == region.country
    return c.admin1_code == region.admin1_code if region.admin1_code else c.admin1 == region.name


# --- choosing ----------------------------------------------------------------


@dataclass
class _Found:
    match: Match
    sentence_text: str
    order: int
    sentence: int = 0  # which of the mention's sentences: the first is the one that reports the event


def _supported(m: Match, c: Candidate, wide: Context, chosen: Counter[str]) -> bool:
    """A small settlement abroad ("Wagner" in Brazil), or one the text names by a name unlike its own
    ("Hamas" is an alternate name of Hamm), needs the article or the mention to name something else in its
    country. When the text names no country at all, only a large town, or a city by its old name, stands."""
    if c not in m.candidates or c.kind != "settlement":
        return True  # placed by the region or town the text puts it in
    alike = reads_like(name_key(m.name), c)
    if c.population >= SUPPORT_FREE_POPULATION and alike:
        return True
    own = wide.own_weight(name_key(m.name), c.country)
    if wide.countries[c.country] - own > 0 or wide.sides[c.country] > 0 or chosen[c.country] > 1:
        return True
    # Peoples and groups support a country but rule out none: "Hezbollah fired at Kiryat Shmona".
    if sum(wide.countries.values()) - own <= 0:  # no other place to go by
        return alike or (c.population >= UNLIKE_FREE_POPULATION and len(name_key(m.name)) > SHORT_NAME)
    return False


def _eligible(m: Match, text: str, wide: Context, chosen: Counter[str], landmarks: bool = False) -> bool:
    """Whether a match may be the event's place, not only context for one; a landmark only when asked."""
    if (m.landmark_of is not None and not landmarks) or m.modifier or m.cue <= 0.0:
        return False
    if m.common and (m.cue < 2.0 or _sentence_initial(text, m.start)):
        return False
    best = m.chosen or m.candidates[0]
    if m.cue < 2.0 and best.kind != "settlement":
        return False  # "refused to invade Ukraine", "the Rostov region serves as a staging area": theatres
    if not _supported(m, best, wide, chosen):
        return False
    return not (m.cue <= 1.0 and best.kind == "settlement" and best.population < MIN_BARE_POPULATION)


def _rank(found: _Found) -> tuple[float, int, int]:
    m = found.match
    kind = (m.chosen or m.candidates[0]).kind
    # "X in the Y region": X is the more precise half of the phrase that places the event.
    cue = max(m.cue, m.container.cue) if m.container is not None else m.cue
    return (cue, _SPECIFICITY[kind], -found.order)


def locate(mention: Mention, article: Article, gazetteer: Gazetteer) -> Location | None:
    """The place where the mention's incident happened, from its evidence sentences, or None."""
    found: list[_Found] = []
    for k, s in enumerate(mention.sentences):
        for m in scan(s.text, gazetteer):
            found.append(_Found(m, s.text, len(found), k))
    header = _item_header(mention, article, gazetteer)
    if header is not None:
        found.append(header)
    if not found:
        return None
    wide = _article_context(article, gazetteer)
    # Near context: what the mention places things in ("soldiers from Kyzyl" is where they came from).
    near = Context()
    near.add([f.match for f in found], min_cue=2.0)
    for s in mention.context:  # neighbouring sentences may name the region, never the place itself
        near.add(scan(s.text, gazetteer), min_cue=2.0)
    for f in reversed(found):  # first pass, without distances; containers mostly follow what they hold
        f.match.chosen = _resolve(f.match, near, wide, [])
    for k, f in enumerate(found):  # second pass: near the other places the mention names
        points = [_point(g.match.chosen) for j, g in enumerate(found) if j != k]
        f.match.chosen = _resolve(f.match, near, wide, [p for p in points if p])
    # Countries of the distinct places the mention names (a name said twice supports nothing).
    chosen = Counter(c.country for c in {f.match.chosen for f in found if f.match.chosen is not None})
    eligible = [f for f in found if _eligible(f.match, f.sentence_text, wide, chosen)]
    if not eligible:
        # "the town of Tawila, west of El Fasher" with no Tawila we can place: the landmark is the nearest we know.
        eligible = [f for f in found if _eligible(f.match, f.sentence_text, wide, chosen, landmarks=True)]
    best = _best(eligible, header)
    if header is not None and header in eligible:
        evidence = " ".join(s.text for s in mention.sentences)
        if best is None or (best.match.cue < 3.0 and _ANAPHOR.search(evidence)):
            best = header
    return _location(best) if best is not None else None


def _best(eligible: list[_Found], header: _Found | None) -> _Found | None:
    """The best-attached place; but a later sentence's place in another country than the place of the sentence
    that reports the event ("debris fell near a Romanian village. The drones had attacked Izmail's port") is
    what that sentence tells about, not the event's place."""
    ranked = [f for f in eligible if f is not header]
    best = max(ranked, key=_rank, default=None)
    first = max((f for f in ranked if f.sentence == 0 and f.match.cue >= 2.0), key=_rank, default=None)
    if best is None or first is None or best.sentence == 0:
        return best
    here, there = first.match.chosen, best.match.chosen
    return first if here is not None and there is not None and here.country != there.country else best


def _item_header(mention: Mention, article: Article, gazetteer: Gazetteer) -> _Found | None:
    """The place a digest item's header names, for the item's sentences: "3) Kharkiv. Overnight the city was
    hit", "Kharkiv: drones ...", or "Kharkiv" alone on the line above. Only a header that is nothing but a
    place name counts."""
    first, text = mention.sentences[0], article.text
    if text[first.start : first.start + len(first.text)] != first.text:
        return None  # a mention built apart from the article: no header to read
    line_start = text.rfind("\n", 0, first.start) + 1
    head = text[line_start : first.start]
    alone = not head.strip()
    if alone:  # the sentence opens its line: the header may stand on the line above
        above = text[:line_start].rstrip()
        head = above[above.rfind("\n") + 1 :]
    marked = re.match(rf"[ \t]*{ITEM_MARK}[ \t]*", head)
    offset = marked.end() if marked else len(head) - len(head.lstrip())
    name = re.match(rf"[^.:\n—–]{{1,{MAX_HEADER_CHARS}}}", head[offset:])
    if name is None:
        return None
    rest = head[offset + name.end() :]
    if (alone and rest.strip()) or not (alone or rest[:1] in ":—–" or (marked and rest[:1] == ".")):
        return None  # a header above the sentence stands alone on its line
    matches = [m for m in scan(head, gazetteer) if m.start == offset]
    end = offset + len(name.group().rstrip())
    if not matches or max(matches[0].end, matches[0].facility_end) != end:
        return None
    matches[0].cue, matches[0].cue_start = 3.0, -1
    return _Found(matches[0], head, 10_000)


def _point(c: Candidate | None) -> tuple[float, float] | None:
    if c is None or c.lat is None or c.lon is None or c.kind != "settlement":
        return None
    return (c.lat, c.lon)


def _precision(m: Match, c: Candidate) -> PlacePrecision:
    if c.kind == "settlement":
        return "admin2" if m.district else "settlement"
    return c.kind


def _location(found: _Found) -> Location:
    m, c = found.match, found.match.chosen
    assert c is not None
    end = max(m.end, m.facility_end)
    if m.container is not None and c not in m.candidates:
        end = m.container.end  # placed by its container: "in Karari, in northern Omdurman"
    quote = found.sentence_text[m.quote_start : end]
    return Location(
        name=m.facility or m.name,
        place=c.name,
        admin1=c.admin1 if c.kind != "country" else None,
        admin1_code=c.admin1_code,
        country=c.country,
        lat=round(c.lat, 5) if c.lat is not None else None,
        lon=round(c.lon, 5) if c.lon is not None else None,
        geonames_id=c.geonameid,
        precision=_precision(m, c),
        quote=quote,
    )


@lru_cache(maxsize=1)
def _side_words() -> dict[str, str]:
    """Demonyms and armed groups -> the country they speak of ("Ukrainian" UA, "RSF" SD)."""
    actors = json.loads(resources.files("fogwatch.data").joinpath("demonyms.json").read_text("utf-8"))
    sides = {w: code for w, code in actors["demonyms"].items() if code}
    sides.update({w: value[0] for w, value in actors["groups"].items() if value and value[0]})
    return sides


def _sentence_initial(text: str, start: int) -> bool:
    window = text[max(0, start - 8) : start]
    at_text_start = start == len(window) and not window.strip()
    return at_text_start or re.search(r"[.!?:;\"“(\n]\s*$", window) is not None
