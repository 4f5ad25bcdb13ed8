"""cues: the lexicons detect and grammar read to type a sentence, kept as data tables.

The cue table is data/cues.toml, read once at import into TYPE_CUES. Each row is an incident type, a weight, a
`pattern` matched on the lowercased sentence, and optionally `required`, which must match the sentence too (an
"own troops" phrase is a friendly-fire cue only next to a verb of firing), and `forbidden`, which must not (an
"exploded" is an accident only when no adversary's weapon or attack is named). Weights rank cues of different
types found in one sentence and seed the mention's confidence: 0.9 = the phrase names the type outright
("friendly fire", "refused to fight"), 0.6-0.8 = typical wording, <= 0.5 = a weak hint that any stronger cue
overrides. The table is TOML rather than JSON because a TOML literal string keeps a regex as written (one
backslash, as in a raw string) and TOML keeps the comment that says why a row is there.

`other` is a class of its own (hostage-taking, kidnapping, soldiers held by civilians, a ship seized, an
aircraft intercepted), never a fallback for a recognised strike. An accident need not be a crash: accident
words beside a member, vehicle or site of a force, with no adversary named, are a military accident.

The phrases are written for war reporting in general (Ukraine, Gaza, Sudan, Myanmar, the Sahel, Syria,
Yemen, Ethiopia), not for one outlet's house style. The named regexes after the table settle co-occurring
types in detect.py. The lexicons that group sentences into incidents and attach context (new-incident markers,
references back, report checking, trend wording, stopwords) are in grouping_cues.py.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from fogwatch.model import INCIDENT_TYPES


def words(table: str) -> frozenset[str]:
    """A word table written as whitespace-separated words (easier to read and extend than a list literal)."""
    return frozenset(table.split())


@dataclass(frozen=True)
class Cue:
    type: str
    weight: float
    pattern: re.Pattern[str]
    required: re.Pattern[str] | None
    forbidden: re.Pattern[str] | None = None


# A fragment reference in the table: {NAME} in capitals. A regex quantifier ({0,3}) never holds a letter.
_FRAGMENT_REF = re.compile(r"\{([A-Z][A-Z_]*)\}")
_ROW_KEYS = ("type", "weight", "pattern", "required", "forbidden")  # the first three in every row


def _regex(value: str | list[str], fragments: dict[str, str]) -> str:
    """A regex of the table: its pieces joined, each {NAME} replaced by that fragment's text."""
    text = value if isinstance(value, str) else "".join(value)

    def fragment(m: re.Match[str]) -> str:
        if m[1] not in fragments:
            raise ValueError(f"cues.toml: unknown fragment {{{m[1]}}}; known: {', '.join(sorted(fragments))}")
        return fragments[m[1]]

    return _FRAGMENT_REF.sub(fragment, text)


def _cue(row: dict[str, Any], fragments: dict[str, str]) -> Cue:
    """One [[cue]] row as a Cue; an unknown key or incident type fails loudly and lists the accepted ones."""
    if unknown := sorted(set(row) - set(_ROW_KEYS)):
        raise ValueError(f"cues.toml: unknown key {', '.join(unknown)} in {row!r}; accepted: {', '.join(_ROW_KEYS)}")
    if missing := [key for key in _ROW_KEYS[:3] if key not in row]:
        raise ValueError(f"cues.toml: a row without {', '.join(missing)}: {row!r}")
    if row["type"] not in INCIDENT_TYPES:
        raise ValueError(f"cues.toml: unknown type {row['type']!r}; accepted: {', '.join(INCIDENT_TYPES)}")
    required, forbidden = row.get("required"), row.get("forbidden")
    return Cue(
        row["type"],
        float(row["weight"]),
        re.compile(_regex(row["pattern"], fragments)),
        re.compile(_regex(required, fragments)) if required else None,
        re.compile(_regex(forbidden, fragments)) if forbidden else None,
    )


def load_table(text: str) -> tuple[dict[str, str], tuple[Cue, ...]]:
    """The fragments and the cues (in the table's order) of a cue table written as data/cues.toml is."""
    table = tomllib.loads(text)
    fragments = {name: _regex(value, {}) for name, value in table["fragments"].items()}
    return fragments, tuple(_cue(row, fragments) for row in table["cue"])


CUE_TABLE = resources.files("fogwatch.data").joinpath("cues.toml")
_FRAGMENTS, TYPE_CUES = load_table(CUE_TABLE.read_text("utf-8"))

# Heavy weapons fired across a border or a front line: by the project's convention a strike even when the
# sentence calls it a clash ("border clashes involving artillery fire"); small-arms fire there stays a clash.
HEAVY_FIRE_ACROSS = re.compile(
    r"\b(?:artillery|mortars?|shell(?:s|ing|ed)?|rockets?|howitzers?|heavy weapons|missiles?)\b",
    re.IGNORECASE,
)
ACROSS_A_LINE = re.compile(
    r"\b(?:border|frontier|line of control|front ?line|line of contact|demarcation line|buffer zone)\b", re.IGNORECASE
)
SMALL_ARMS = re.compile(
    r"\b(?:small[- ]arms|machine[- ]guns?|rifles?|gunfire|gunmen|gun ?battles?|ambush\w*|stormed|overran|assaults?"
    r"|infantry|ground (?:attack|offensive|assault)|hand-to-hand|raid(?:ed)?)\b",
    re.IGNORECASE,
)

# People outside any armed force: a ground attack that kills only them is violence against civilians (`other`).
CIVILIAN_VICTIMS = re.compile(
    r"\b(?:killing|killed|massacring|massacred|executing|executed) (?:[\w-]+ ){0,3}(?:civilians|villagers|residents"
    r"|displaced people|farmers|worshippers|passengers)\b",
    re.IGNORECASE,
)
# A later sentence that tells a reported strike's weapon was not aimed: "the shell was fired during an exercise",
# "the munition had been released accidentally". The strike is retyped as an accidental release.
RELEASE_NOT_AIMED = re.compile(
    r"(?:"
    + _FRAGMENTS["MUNITION"]
    + r"|\b(?:it|the weapon)\b)[^.;]{0,60}?(?:"
    + _FRAGMENTS["NOT_AIMED"]
    + r"|\b(?:released|dropped|fired"
    r"|launched) (?:[\w-]+ ){0,2}?(?:accidentally|by accident|inadvertently|unintentionally|in error))\b",
    re.IGNORECASE,
)
# A refusal named as the reason for a repression: "sentenced for fleeing", "cases against soldiers who left".
PUNISHED_REFUSAL = re.compile(
    r"\b(?:for|who|after)\b[^.;]{0,60}?\b(?:fle(?:e|eing|d) (?:their|his|her|the) (?:positions?|posts?|units?)"
    r"|deserting|desertion|abandon(?:ed|ing) (?:their|his|her) (?:positions?|posts?|units?)|left (?:their|his|her)"
    r" (?:positions?|posts?|units?)|leaving (?:their|his|her) (?:positions?|posts?|units?)|refus(?:ed|ing) to (?:fight"
    r"|deploy|return|advance|obey|serve))\b",
    re.IGNORECASE,
)
# Members of a force: losses counted over a period are a unit's losses only when they are its members.
FORCE_MEMBERS = re.compile(
    r"\b(?:soldiers|fighters|troops|men|servicemen|marines|members|personnel|paratroopers|militiamen|conscripts"
    r"|commanders|officers|pilots|crew)\b",
    re.IGNORECASE,
)
# Nationality adjectives: the same one on the attacker and on the victim of a strike marks friendly fire.
DEMONYMS = words(
    """
    russian ukrainian israeli palestinian syrian sudanese malian burkinabe nigerien nigerian somali ethiopian
    eritrean yemeni saudi emirati iranian iraqi turkish kurdish armenian azerbaijani congolese rwandan burundian
    burmese american british french german chinese indian pakistani afghan lebanese egyptian libyan chadian
    cameroonian mozambican ugandan kenyan tigrayan georgian belarusian moldovan serbian polish jordanian
    """
)
