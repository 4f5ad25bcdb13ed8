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
    """The domain table, compiled once into a single matcher."""

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.items: list[_Item] = []
        alternatives: list[tuple[int, str, str]] = []  # (length, group name, regex)
        for entry in entries:
            item = _item(entry)
            index = len(self.items)
            self.items.append(item)
            fragments = [alias_regex(a) for a in entry.get("aliases", [])] + list(entry.get("patterns", []))
            for j, frag in enumerate(fragments):
                suffix = _SUFFIX[item.kind]
                regex = f"(?:{frag})(?:s(?![\\w]))?(?:\\s+(?:{suffix}))?"
                alternatives.append((len(frag), f"e{index}_{j}", regex))
        # Longest first, so "ZU-23-2" wins over "ZU-23" at the same position.
        alternatives.sort(key=lambda a: -a[0])
        body = "|".join(f"(?P<{group}>{regex})" for _, group, regex in alternatives)
        self._matcher = re.compile(rf"(?<![\w/-])(?:{body})(?![\w]|-\w)", re.IGNORECASE)

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

    def scan(self, text: str) -> list[tuple[_Item, str]]:
        """(item, matched text) for each designation in `text`."""
        hits = []
        for m in self._matcher.finditer(text):
            assert m.lastgroup is not None
            index = int(m.lastgroup[1:].split("_")[0])
            hits.append((self.items[index], m.group().strip()))
        return hits


def _item(entry: dict[str, Any]) -> _Item:
    name, kind = entry.get("name"), entry.get("kind")
    if not name or kind not in EQUIPMENT_KINDS:
        raise ValueError(f"equipment table entry {entry!r}: needs a name and a kind among {EQUIPMENT_KINDS}")
    if not entry.get("aliases") and not entry.get("patterns"):
        raise ValueError(f"equipment table entry {name!r}: needs at least one alias or pattern")
    return _Item(name, kind)
