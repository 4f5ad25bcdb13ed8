"""equipment: normalised weapon and vehicle designations from a domain table.

The table (`data/equipment.json`) lists each item once: its normalised `name`,
its `kind`, `aliases` (designations as written, matched with any of "-", " " or
nothing between their parts: "Su-34", "Su 34", "SU34") and `patterns` (raw
regexes for names that are also ordinary words and need context: "Patriot"
only before "missile", "system", ...). Everything is compiled into one regex in
`load()`; `find()` only runs it.

Generic kinds without a designation ("a jet", "artillery", "an FPV drone") are
not items: the contract's equipment list holds designations only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any, get_args

from fogwatch.model import Equipment, EquipmentKind, Mention

EQUIPMENT_KINDS: tuple[str, ...] = get_args(EquipmentKind)

# Optional words after a designation that belong in the quote ("Su-34 jet", "Grad rockets"), longest first.
_SUFFIX_PHRASES = {
    "aircraft": ["fighter-bombers?", "fighter jets?", "jets?", "fighters?", "bombers?", "aircraft", "planes?",
                 "helicopters?", "gunships?"],
    "air_defense": ["anti-aircraft guns?", "air[- ]defen[cs]e systems?", "missile systems?", "systems?",
                    "batter(?:y|ies)", "launchers?", "missiles?", "guns?"],
    "artillery": ["self-propelled howitzers?", "howitzers?", "multiple rocket launchers?", "rocket launchers?",
                  "launchers?", "rockets?", "systems?", "guns?", "mortars?"],
    "munition": ["glide bombs?", "guided bombs?", "aerial bombs?", "bombs?", "cruise missiles?",
                 "ballistic missiles?", "hypersonic missiles?", "missiles?", "rockets?", "shells?"],
    "drone": ["kamikaze drones?", "loitering munitions?", "drones?", "UAVs?"],
    "vehicle": ["main battle tanks?", "tanks?", "infantry fighting vehicles?", "fighting vehicles?",
                "armou?red vehicles?", "vehicles?", "IFVs?", "APCs?"],
    "ship": ["large landing ships?", "landing ships?", "cruisers?", "corvettes?", "frigates?", "submarines?",
             "ships?", "vessels?"],
    "small_arms": ["anti-tank missiles?", "missiles?", "grenade launchers?", "launchers?", "rifles?",
                   "machine guns?"],
    "other": [],
}  # fmt: skip
_SUFFIX = {
    kind: "|".join(p.replace(" ", r"\s+") for p in phrases) or "(?!)" for kind, phrases in _SUFFIX_PHRASES.items()
}
# Prefixes that are also English words or single letters: "a 50-year-old" must not read as the A-50.
_RISKY_PREFIXES = {"a", "an", "as", "at", "be", "d", "f", "i", "in", "is", "it", "m", "no", "of", "on", "or", "s", "t",
                   "to"}  # fmt: skip
_PARTS = re.compile(r"[-\s]+")


@dataclass(frozen=True)
class _Item:
    name: str
    kind: str


def alias_regex(alias: str) -> str:
    """A designation as a regex: its parts joined by an optional separator; all-caps aliases match case-sensitively."""
    parts = [p for p in _PARTS.split(alias.strip()) if p]
    risky = parts[0].lower() in _RISKY_PREFIXES
    sep = "-" if risky else r"[-\s]?"
    body = sep.join(re.escape(p) for p in parts)
    if risky or not any(c.islower() for c in alias):
        return f"(?-i:{body})"
    return body


class EquipmentTable:
    """The domain table, compiled once into a single matcher.

    Besides named items the table holds designation families ({"family": "Kh", "kind": "munition"}): a
    prefix followed by a number names an item not listed yet ("Kh-69" -> Kh-69). Listed items are tried
    first, so a family only names what the table does not know.
    """

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.items: list[_Item] = []
        self._families: dict[int, re.Pattern[str]] = {}  # item index -> its designation regex
        named: list[tuple[int, str, str]] = []  # (length, group name, regex)
        families: list[str] = []
        for entry in entries:
            index = len(self.items)
            if "family" in entry:
                item, frag = _family(entry)
                self._families[index] = re.compile(frag, re.IGNORECASE)
                families.append(f"(?P<e{index}_0>{frag}(?:\\s+(?:{_SUFFIX[item.kind]}))?)")
            else:
                item = _item(entry)
                fragments = [alias_regex(a) for a in entry.get("aliases", [])] + list(entry.get("patterns", []))
                for j, frag in enumerate(fragments):
                    regex = f"(?:{frag})(?:s(?![\\w]))?(?:\\s+(?:{_SUFFIX[item.kind]}))?"
                    named.append((len(frag), f"e{index}_{j}", f"(?P<e{index}_{j}>{regex})"))
            self.items.append(item)
        # Longest first, so "ZU-23-2" wins over "ZU-23" at the same position.
        named.sort(key=lambda a: -a[0])
        alternatives = [(_first_char(regex), regex) for _, _, regex in named] + [
            (_first_char(regex), regex) for regex in families
        ]
        # One regex of hundreds of alternatives tried at every word start is slow (a fifth of extraction time);
        # a word start only tries the alternatives that can begin with its first letter, in the same order.
        keys = {first for first, _ in alternatives if first is not None}
        self._matchers = {k: self._compile([r for first, r in alternatives if first in (k, None)]) for k in keys}
        self._fallback = self._compile([r for first, r in alternatives if first is None])

    @staticmethod
    def _compile(alternatives: list[str]) -> re.Pattern[str] | None:
        if not alternatives:
            return None
        body = "|".join(alternatives)
        # "-type", "-class", "-made" after a designation still name it ("Shahed-type drone").
        return re.compile(
            rf"(?<![\w/-])(?:{body})(?![\w]|-(?!(?:type|class|style|made|based|like)\b)\w)", re.IGNORECASE
        )

    @classmethod
    def load(cls, path: str | None = None) -> EquipmentTable:
        """Read the packaged table (or `path`) and compile it."""
        if path is None:
            text = resources.files("fogwatch").joinpath("data/equipment.json").read_text(encoding="utf-8")
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        return cls(json.loads(text))

    def find(self, mention: Mention) -> list[Equipment]:
        """Every item named in the evidence sentences, once each, in order of first appearance."""
        found: dict[str, Equipment] = {}
        for sentence in mention.sentences:
            for item, quote in self.scan(sentence.text):
                if item.name not in found:
                    found[item.name] = Equipment(name=item.name, kind=item.kind, quote=quote)  # type: ignore[arg-type]
        return list(found.values())

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """Leftmost, non-overlapping matches, as one big alternation's finditer would give them."""
        end = 0
        for start in _WORD_START.finditer(text):
            pos = start.start()
            if pos < end:
                continue
            matcher = self._matchers.get(text[pos].lower(), self._fallback)
            m = matcher.match(text, pos) if matcher else None
            if m and m.end() > pos:
                end = m.end()
                yield m

    def scan(self, text: str) -> list[tuple[_Item, str]]:
        """(item, matched text) for each designation in `text`."""
        hits = []
        for m in self._matches(text):
            assert m.lastgroup is not None
            index = int(m.lastgroup[1:].split("_")[0])
            item = self.items[index]
            if index in self._families:
                core = self._families[index].match(m.group())
                item = _Item(_family_name(item.name, core.group() if core else m.group()), item.kind)
            hits.append((item, m.group().strip()))
        return hits


_WORD_START = re.compile(r"(?<![\w/-])\w")
_LITERAL_START = re.compile(r"\(\?P<e\d+_\d+>(?:\(\?:)?(?:\(\?-i:)?([A-Za-z0-9])")


def _first_char(regex: str) -> str | None:
    """The letter every match of an alternative starts with (lower case), or None when it is not a plain literal."""
    m = _LITERAL_START.match(regex)
    return m.group(1).lower() if m else None


def _family(entry: dict[str, Any]) -> tuple[_Item, str]:
    """A designation family: the item carries the prefix as written; the regex matches prefix + number."""
    prefix, kind = entry.get("family"), entry.get("kind")
    if not prefix or kind not in EQUIPMENT_KINDS:
        raise ValueError(f"equipment table family {entry!r}: needs a prefix and a kind among {EQUIPMENT_KINDS}")
    risky = prefix.lower() in _RISKY_PREFIXES or len(prefix) == 1
    body = f"(?-i:{re.escape(prefix)})" if risky or not any(c.islower() for c in prefix) else re.escape(prefix)
    # A short prefix needs its hyphen: "MI6" and "an 26-year-old" are not aircraft.
    sep = "-" if risky or (len(prefix) <= 2 and not prefix[0].isdigit()) else r"[-\s]?"
    return _Item(prefix, kind), rf"{body}{sep}\d{{1,4}}(?-i:[A-Z]{{1,3}}\d?)?"


def _family_name(prefix: str, core: str) -> str:
    """ "kh 69" -> "Kh-69": the prefix as the table writes it, a hyphen, the rest as written."""
    rest = core[len(prefix) :].lstrip("- ").strip()
    return f"{prefix}{'' if prefix[0].isdigit() else '-'}{rest}"  # "2S35" is written without a hyphen


def _item(entry: dict[str, Any]) -> _Item:
    name, kind = entry.get("name"), entry.get("kind")
    if not name or kind not in EQUIPMENT_KINDS:
        raise ValueError(f"equipment table entry {entry!r}: needs a name and a kind among {EQUIPMENT_KINDS}")
    if not entry.get("aliases") and not entry.get("patterns"):
        raise ValueError(f"equipment table entry {name!r}: needs at least one alias or pattern")
    return _Item(name, kind)
