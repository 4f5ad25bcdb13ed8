"""place_scan: find the place names of a text, and how the text attaches each to its sentence.

1. scan: every capitalised token n-gram of a text that the gazetteer knows (longest first) is a place
   match; a region word beside it ("the Rostov region", "Pskov province") reads it as an admin1 region.
   A name followed by "Sea", "Gulf" or "mountains" is the feature's, not a town's ("the Red Sea" is not Red,
   India). spaCy's NER is not used: it tags Avdiivka a PERSON and Opytne an ORG. A name the actor or equipment
   tables know ("Hamas", "Fano", "Wagner") is a place only by an entry's own name, and so is a name after
   "a"/"an" ("a Chin camp", "a Tor launcher"): Chin is an alternate name of Qinzhou, Tor a variant of El-Tor.
2. cue: the words before a match say how it is attached to the sentence. A locative ("in", "near",
   "at", "the village of", "occupied", "shelled") marks the place of the event; "to invade Ukraine" or
   "back to Pskov" marks a destination; a bare mention or a place that only qualifies another name
   ("Pskovskaya Gubernia" the newspaper, "Captain Farid") is context, not the event's place.

places.py then chooses among the matches and resolves each to one gazetteer entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from fogwatch.gazetteer import Candidate, Gazetteer, loose_key, name_key, strip_article

# A word, with inner hyphens or apostrophes ("Rostov-on-Don", "al-Fashir", "Kam'yanka").
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Lowercase words that may sit inside a place name ("Ras al Ain", "Bay of Kotor").
_CONNECTORS = {"al", "el", "ad", "ar", "as", "ash", "az", "an", "de", "del", "la", "le", "of", "on", "upon", "bin"}
# After a name, these read it as a first-level region; "district" as a district around a town.
REGION_WORDS = {
    "region", "regions", "oblast", "oblasts", "province", "provinces", "governorate", "governorates",
    "state", "krai", "kray", "republic", "territory", "prefecture", "department", "departamento", "departement",
}  # fmt: skip
DISTRICT_WORDS = {"district", "raion", "rayon", "county", "township", "municipality"}
MONTHS_AND_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
# Nouns of the places a name can label ("Donetsk International Airport", "the Kuzminsky training range").
FACILITY_WORDS = (
    "airport|airfield|airbase|air base|base|range|training ground|ground|polygon|camp|depot|plant|factory|"
    "refinery|port|harbour|harbor|station|bridge|dam|hospital|school|market|barracks|prison|headquarters|"
    "facility|compound|complex|checkpoint|crossing|garrison|arsenal|terminal|mine"
)
# The noun may be capitalised as part of the facility's name ("Kharkiv International Airport").
_FACILITY_AFTER = re.compile(rf"^(?:\s+[A-Z][\w'’-]*)*(?:\s+[a-z-]+){{0,2}}\s+(?i:{FACILITY_WORDS})\b")
# "at the Kuzminsky training range in the Rostov region": the event is at the facility, in the region.
_FACILITY_BEFORE = re.compile(
    rf"\b(?i:at|near|in|on|outside)\s+(?:the|a|an)\s+((?:[A-Z][\w'’-]*\s+)+(?:[a-z-]+\s+){{0,3}}"
    rf"(?:{FACILITY_WORDS}))\s*,?\s+(?:in|near|outside)(?:\s+the)?$"
)

# How strongly the words before a match attach it to the event, strongest first. The place may follow
# the cue after an article and up to two words ("in the occupied town of", "in eastern", "in Russia's").
_GAP = r"(?:\s+(?:the|a|an))?(?:\s+(?:[a-z][\w-]*|[A-Z][\w]*(?:-occupied|-held|-controlled|-annexed|['’]s)))" r"{0,2}"
_CUES: list[tuple[float, re.Pattern[str]]] = [
    (4.0, re.compile(r"\b(?i:village|town|city|settlement|hamlet|commune|township|suburbs?|outskirts|edge|centre|"
                     r"center|heart|coast|shores?|vicinity|environs|port|harbou?r)\s+of$")),
    (3.0, re.compile(r"\b(?i:(?:air|drone|missile|rocket)?strikes?|attacks?|assaults?|shelling|bombing|"
                     r"bombardment|raids?|offensive|siege|capture|fall)\s+(?:on|of|against|at|in)" + _GAP + "$")),
    (3.0, re.compile(r"(?:\b(?i:in|near|nearby|at|off|outside|around|inside|within|close\s+to|next\s+to|"
                     r"not\s+far\s+from|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
                     r"(?:km|kilometres|kilometers|miles)\s+(?:from|of)|"
                     r"occupied|held|controlled|annexed|besieged|liberated|captured|seized|stormed|entered|"
                     r"hit|struck|shelled|bombed|bombarded|targeted|attacked|pounded|raided|overran|overrun|"
                     r"retook|retaken|recaptured|encircled|surrounded|ambushed|torched|looted|invaded|"
                     r"control\s+of)|"
                     r"-occupied|-held|-controlled)" + _GAP + "$")),
    (2.0, re.compile(r"\b(?i:on|over|across|into|towards?|against|of|by)" + _GAP + "$")),
    (1.5, re.compile(r"\b(?i:from)" + _GAP + "$")),
    (0.0, re.compile(r"\b(?i:to)" + _GAP + "$")),
]  # fmt: skip
# Words between two places that make the second a landmark or container of the first
# ("X, close to Y", "X, 20 km north of Y", "X, the capital of Y").
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_PROXIMITY = re.compile(
    r"^\s*,?\s*(?:close\s+to|near|not\s+far\s+from|outside|next\s+to|(?:the\s+)?(?:\w+\s+)?capital\s+of|"
    rf"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:{_COMPASS}\s+)?(?:from|of))\s*$"
)
_CONTAINER = re.compile(
    r"^\s*(?:,|,?\s+in(?:\s+the)?|,\s+(?:the\s+)?(?:\w+\s+)?capital\s+of|"
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:village|town|city|settlement|hamlet|suburb|district)\s+"
    rf"(?:in|of)(?:\s+the)?)(?:\s+{_COMPASS})?\s*$",
    re.IGNORECASE,
)
# A place the gazetteer lacks, then "in Y": Y is the region around it, not the town Y.
# "Kawlin Township, Sagaing Region" too: the comma joins an unknown township to its region.
_UNKNOWN_PLACE_BEFORE = re.compile(
    r"(?:(?!(?:In|At|On|Near|Outside|The|An?)\s)[A-Z][\w'’-]*\s+)+"
    r"(?i:township|village|town|district|camp|area|county|commune|municipality)"
    r"(?:\s+in(?:\s+the)?|\s*,)$"
)
# "officials in Kyiv said": the place of a speaker, not of the event.
_SPEAKER = re.compile(
    r"\b(?i:officials?|authorities|sources?|spokes(?:man|woman|person)|ministry|government|"
    r"governor|mayor|administration|journalists?|residents\s+of)\s+(?:in|from)\s+$"
)
# A sea or river is not a settlement or region, though one may share its name ("Red Sea" State).
_WATER = {"sea", "gulf", "ocean", "strait", "straits", "lake", "river", "bay", "channel", "canal"}
# A name followed by one of these is part of a sea's or a landform's name ("the Red Sea", "the Golis mountains"),
# never a settlement that happens to share its first word (Red, a village in India).
_FEATURE_AFTER = (_WATER - {"channel", "canal", "bay"}) | {
    "mountains",
    "mountain",
    "mts",
    "hills",
    "highlands",
    "desert",
    "peninsula",
    "plateau",
}
# A numbered or bulleted digest item whose header is a place: "3) Kharkiv. Overnight the city was hit".
ITEM_MARK = r"(?:\(?\d{1,3}[).]|[-*•–—])"
_HEADER_BEFORE = re.compile(rf"(?:^|\n)[ \t]*{ITEM_MARK}[ \t]*$")
_HEADER_AFTER = re.compile(r"^[ \t]*(?:[.](?=\s*(?:\n|[A-Z]))|[:—–]|\s-\s)")
_QUALIFIER = re.compile(r"-(?:occupied|held|controlled|annexed)$|['’]s$")
_SUBJECT = re.compile(r"^\s+(?:was|were|has\s+been|have\s+been|came\s+under|came\s+under\s+fire)\b")
MAX_NAME_WORDS = 6  # longer names are rare in reports and would cost lookups at every capitalised word
SIMILAR_NAME = 75  # ...when it is its own name that the text writes ("Hamas" is only an alternate name of Hamm)
NEARLY_SAME_NAME = 85  # "Odessa" and Odesa (91), not "Tor" and El-Tor (67) nor "Kiev" and Kyiv (75)


@dataclass
class Match:
    """A place name found in a text, with how the text attaches it. Offsets index that text."""

    start: int
    end: int
    name: str
    candidates: list[Candidate]
    cue: float = 1.0
    cue_start: int = -1
    region: bool = False
    district: bool = False
    common: bool = False
    modifier: bool = False
    landmark_of: int | None = None  # index of the match this one is a landmark for
    container: Match | None = field(default=None, repr=False)  # "X in the Y region", "X, Ukraine"
    container_is_list_like: bool = False
    facility: str | None = None  # the named facility at the place, as written ("Donetsk airport")
    facility_end: int = -1
    chosen: Candidate | None = field(default=None, repr=False)

    @property
    def quote_start(self) -> int:
        return self.cue_start if self.cue_start >= 0 else self.start


# --- scanning ----------------------------------------------------------------


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if word[-2:] in ("'s", "’s"):
            end, word = end - 2, word[:-2]
        out.append((start, end, word))
    return out


def _capitalised(word: str) -> bool:
    if "-" in word and word.split("-", 1)[0].lower() in _CONNECTORS:
        word = word.split("-", 1)[1]  # "al-Fashir"
    return word[:1].isupper() and not (word.isupper() and len(word) > 1)


def _span_ok(tokens: list[tuple[int, int, str]], caps: list[bool], i: int, j: int) -> bool:
    if not (caps[i] and caps[j - 1]):
        return False
    return all(caps[k] or tokens[k][2].lower() in _CONNECTORS for k in range(i + 1, j - 1))


def scan(text: str, gazetteer: Gazetteer) -> list[Match]:
    """Every place name in `text`, longest match first, each with its cue."""
    tokens = _tokens(text)
    matches: list[Match] = []
    i = 0
    caps = [_capitalised(w) for _, _, w in tokens]
    while i < len(tokens):
        match, i = _longest_at(text, tokens, caps, i, gazetteer)
        if match is not None:
            matches.append(match)
    for k, match in enumerate(matches):
        _attach(text, match)
        _mark_landmark(text, matches, k)
    return matches


def _longest_at(
    text: str, tokens: list[tuple[int, int, str]], caps: list[bool], i: int, gaz: Gazetteer
) -> tuple[Match | None, int]:
    """The longest place name starting at token i, and the token after it."""
    if not caps[i] or tokens[i][2] in ("A", "An"):
        return None, i + 1  # "A Su-25 crashed": the article, not the first word of a name (Aso is "A Su")
    for j in range(min(len(tokens), i + min(gaz.max_words, MAX_NAME_WORDS)), i, -1):
        if not _span_ok(tokens, caps, i, j) or (j - i > 1 and tokens[j - 1][0] - tokens[j - 2][1] > 2):
            continue
        start, end = tokens[i][0], tokens[j - 1][1]
        key = name_key(text[start:end])
        region = _region_word(tokens, j)
        if key in MONTHS_AND_DAYS or not (gaz.has_key(key) or (region and _fuzzy_region_ok(key, gaz))):
            continue
        cands = (gaz.lookup_region(key) or _fuzzy_region(key, gaz)) if region else []
        if region and cands:
            end, j = tokens[j][1], j + 1
        elif region and not cands:
            region = False
        after_article = re.search(r"\b(?i:an?)\s+$", text[max(0, start - 4) : start]) is not None
        cands = cands or _plausible(key, gaz.lookup(key), after_article)
        words = key.split()
        if j < len(tokens) and tokens[j][2].lower() in _FEATURE_AFTER and not region:
            continue  # "the Red Sea", "the Golis mountains": the feature's name, not a town's
        if not cands or words[0] in _WATER or (words[-1] in _WATER and all(c.kind == "admin1" for c in cands)):
            continue
        common = all(name_key(w) in gaz.common for _, _, w in tokens[i:j])
        return Match(start=start, end=end, name=text[start:end], candidates=cands, region=region, common=common), j
    return None, i + 1


def _fuzzy_region_ok(key: str, gaz: Gazetteer) -> bool:
    return key not in _not_place_keys() and key not in gaz.common and bool(gaz.fuzzy_region(key))


def _fuzzy_region(key: str, gaz: Gazetteer) -> list[Candidate]:
    """ "Oddar Meanchey province": a region's name in a spelling the gazetteer lacks, marked by its region word."""
    return gaz.fuzzy_region(key) if _fuzzy_region_ok(key, gaz) else []


def _plausible(key: str, cands: list[Candidate], after_article: bool) -> list[Candidate]:
    """The candidates a written name can really mean. A name the actor or equipment tables know ("Hamas",
    "Wagner") means only a place that bears it as its own name, or a country ("Saudi"). After "a" or "an" a
    name qualifies a noun ("a Hamas compound", "a Chin camp", "a Tor launcher"): a place only by its own name
    then, not by an alternate name or variant that merely coincides (Hamm, Qinzhou, El-Tor)."""
    if key in _not_place_keys():
        return [c for c in cands if c.kind == "country" or name_key(c.name) == key]
    if after_article:
        return [c for c in cands if c.kind == "country" or writes_own_name(key, c)]
    return cands


def writes_own_name(key: str, c: Candidate) -> bool:
    """The text writes the entry's own name, maybe with more words or a letter off: "Kherson", "Gaza City"
    (Gaza), "Odessa" (Odesa)."""
    own = name_key(c.name)
    return set(key.split()) >= set(own.split()) or fuzz.ratio(key, own) >= NEARLY_SAME_NAME


def reads_like(key: str, c: Candidate) -> bool:
    """Whether the text writes the entry's own name, up to the variants of transliteration: "Kiev" and Kyiv,
    "Lvov" and Lviv (same consonants), "Raqqa" and Ar Raqqah; not "Hamas" and Hamm, "Artemovsk" and Bakhmut."""
    written, own = strip_article(key), strip_article(name_key(c.name))
    if fuzz.ratio(written, own) >= SIMILAR_NAME or set(written.split()) >= set(own.split()):
        return True  # up to spelling, or the own name with more words ("Gaza City" and Gaza)
    # Loose keys fold doubled letters, so only their consonants are compared: "hamas" and "ham(m)" differ.
    return _skeleton(loose_key(written)) == _skeleton(loose_key(own)) != ""


def _skeleton(key: str) -> str:
    return re.sub(r"[aeiouy\s]", "", key)


@lru_cache(maxsize=1)
def _not_place_keys() -> frozenset[str]:
    """Names of peoples, armed groups and weapons, from the tables the actor and equipment stages read."""
    data = resources.files("fogwatch.data")
    actors = json.loads(data.joinpath("demonyms.json").read_text("utf-8"))
    words = [*actors["demonyms"], *actors["groups"]]
    for entry in json.loads(data.joinpath("equipment.json").read_text("utf-8")):
        words += [entry.get("name", ""), *entry.get("aliases", [])]  # families ("Su") have no name
    return frozenset(name_key(w) for w in words if re.fullmatch(r"[^\W\d_][\w'’ -]*", w))


def _region_word(tokens: list[tuple[int, int, str]], j: int) -> bool:
    return j < len(tokens) and tokens[j][2].lower() in REGION_WORDS


def _attach(text: str, match: Match) -> None:
    """Set the match's cue from the words before it, and flag names that are part of a longer name."""
    before = text[max(0, match.start - 80) : match.start].rstrip()
    after = text[match.end :]
    match.cue = 1.0
    # "in Kawlin Township, Sagaing Region": a township the gazetteer lacks passes its cue to its region.
    unknown = _UNKNOWN_PLACE_BEFORE.search(before)
    cued = before[: unknown.start()].rstrip() if unknown else before
    for weight, pattern in _CUES:
        found = pattern.search(cued)
        if found:
            start = found.start()
            while (closer := pattern.search(cued, start + 1)) is not None:
                start = closer.start()  # the nearest cue: "in El Fasher", not "shelled a market in El Fasher"
            match.cue, match.cue_start = weight, max(0, match.start - 80) + start
            break
    regions = [c for c in match.candidates if c.kind == "admin1"]
    if regions and unknown:
        match.candidates, match.region = regions, True  # "Kawlin township in Sagaing": the region holds it
    if _SUBJECT.match(after) and match.cue == 1.0:
        match.cue = 2.0
    if _HEADER_BEFORE.search(text[max(0, match.start - 12) : match.start]) and _HEADER_AFTER.match(after):
        match.cue = 3.0  # "3) Kharkiv. Drones hit ...": the item's header places its sentences
    district = re.match(r"\s+(?i:" + "|".join(DISTRICT_WORDS) + r")\b", after)  # "Shwebo Township" too
    if district and not match.region:
        match.district, match.end = True, match.end + district.end()
        match.name = text[match.start : match.end]
    facility = _FACILITY_AFTER.match(after) if not after.startswith(("'", "’")) else None
    if facility is not None and not match.region:
        match.facility_end = match.end + facility.end()
        match.facility = text[match.start : match.facility_end]  # "the Zarechny artillery range"
    following = _TOKEN.match(after.lstrip(" "))
    named_on = facility is not None or match.region or district is not None
    if after[:1] == " " and following and _capitalised(following.group()) and not named_on:
        match.modifier = True  # "Pskovskaya Gubernia", "Kyiv Post", "Ras" of an unknown "Ras al-Ain"
    if re.search(r"\b(?i:sea|gulf|lake|bay|strait|river|ocean)\s+of$", before):
        match.modifier = True  # the Azov of "the Sea of Azov" is the sea's, not the town's
    if _SPEAKER.search(before + " ") or re.search(r"\bborders?\s+(?:with|of)$", before):
        match.cue = 1.0  # "officials in Kyiv said", "near the border with Niger": not where the event was
    preceding = re.search(r"([A-Z][\w'’-]*) $", text[max(0, match.start - 40) : match.start])
    if preceding and preceding.group(1).lower() not in STOP_WORDS and not _QUALIFIER.search(preceding.group(1)):
        match.modifier = True  # "Captain Farid", "Pavel Chikhov", the "al-Ain" of "Ras al-Ain"
    holder = _FACILITY_BEFORE.search(before) if match.cue >= 3 and match.candidates[0].kind != "settlement" else None
    if holder:
        match.facility = holder.group(1)
        match.cue_start = max(0, match.start - 80) + holder.start(1)


def _mark_landmark(text: str, matches: list[Match], k: int) -> None:
    """'the village of X, close to Y's airport': Y locates X and is not the event's place."""
    if k == 0:
        return
    prev = matches[k - 1]
    between = text[max(prev.end, prev.facility_end) : matches[k].start]
    # A name inside a sea's ("the Sea of Azov near Berdiansk") is no place to be a landmark for.
    if len(between) <= 40 and _PROXIMITY.match(between) and prev.cue >= 2 and not prev.modifier:
        matches[k].landmark_of = k - 1
    if re.fullmatch(r"['’]s\s+", between) and (prev.region or prev.candidates[0].kind != "settlement"):
        # "in Sagaing Region's Shwebo Township", "Russia's Belgorod region": the region holds the place and
        # its cue places both.
        matches[k].container, matches[k].cue = prev, max(matches[k].cue, prev.cue)
        matches[k].cue_start = prev.quote_start
    if _CONTAINER.match(between):
        prev.container = matches[k]
        # "Kharkiv, Sumy and Chernihiv" is a list: after a bare comma only a region or country contains.
        prev.container_is_list_like = between.strip() == ","
