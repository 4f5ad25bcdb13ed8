"""Equipment phrases -> (normalised name, kind)."""

import pytest

from fogwatch.fields.equipment import EquipmentTable, alias_regex
from fogwatch.model import Mention, Sentence


@pytest.fixture(scope="module")
def table() -> EquipmentTable:
    return EquipmentTable.load()


def names(table: EquipmentTable, text: str) -> list[tuple[str, str]]:
    return [(item.name, item.kind) for item, _ in table.scan(text)]


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("an Su-34 dropped it", "Su-34", "aircraft"),
        ("an SU-34 dropped it", "Su-34", "aircraft"),
        ("a Su 34 dropped it", "Su-34", "aircraft"),
        ("two Su34s dropped it", "Su-34", "aircraft"),
        ("a Su-25 jet was lost", "Su-25", "aircraft"),
        ("a Tu-22M3 bomber launched", "Tu-22M3", "aircraft"),
        ("the A-50 radar plane", "A-50", "aircraft"),
        ("crews of the ZU-23 guns", "ZU-23-2", "air_defense"),
        ("a ZU-23-2 opened fire", "ZU-23-2", "air_defense"),
        ("a Pantsir-S1 battery", "Pantsir-S1", "air_defense"),
        ("a Patriot battery near the city", "Patriot", "air_defense"),
        ("Buk-M1-2 launchers", "Buk-M1", "air_defense"),
        ("a Buk missile", "Buk", "air_defense"),
        ("S-300 missiles struck", "S-300", "air_defense"),
        ("Grad rockets rained down", "BM-21 Grad", "artillery"),
        ("a 2S19 Msta-S howitzer", "2S19 Msta-S", "artillery"),
        ("an M777 howitzer", "M777", "artillery"),
        ("a FAB 500 bomb", "FAB-500", "munition"),
        ("a FAB-1500 glide bomb", "FAB-1500", "munition"),
        ("fitted with UMPK kits", "UMPK", "munition"),
        ("a UMPB D-30SN glide munition", "UMPB D-30SN", "munition"),
        ("Kalibr cruise missiles", "Kalibr", "munition"),
        ("a Kinzhal hypersonic missile", "Kh-47M2 Kinzhal", "munition"),
        ("Iskander-M ballistic missiles", "Iskander-M", "munition"),
        ("Qassam rockets were fired", "Qassam", "munition"),
        ("a Shahed drone", "Shahed-136", "drone"),
        ("Geran-2 drones", "Geran-2", "drone"),
        ("a Lancet loitering munition", "Lancet", "drone"),
        ("a Bayraktar TB2 drone", "Bayraktar TB2", "drone"),
        ("an Orlan-10 spotted them", "Orlan-10", "drone"),
        ("a T-72B3 tank", "T-72B3", "vehicle"),
        ("a T-72 tank", "T-72", "vehicle"),
        ("Leopard 2A6 tanks", "Leopard 2", "vehicle"),
        ("Bradley fighting vehicles", "M2 Bradley", "vehicle"),
        ("the cruiser Moskva sank", "Moskva", "ship"),
        ("an RPG-7 round", "RPG-7", "small_arms"),
        ("a Mi-17 helicopter", "Mi-17", "aircraft"),
        ("a KAB-250 glide bomb", "KAB-250", "munition"),
        ("a Rosomak armoured vehicle", "Rosomak", "vehicle"),
        ("a Shahed-type drone", "Shahed-136", "drone"),
        # designation families name what the table does not list yet
        ("a Kh-69 cruise missile", "Kh-69", "munition"),
        ("a KH-38 missile", "Kh-38", "munition"),
        ("an Il-114 plane", "Il-114", "aircraft"),
        ("a 2S35 howitzer", "2S35", "artillery"),
        ("a BTR-90", "BTR-90", "vehicle"),
    ],
)
def test_designation_phrase(table, phrase, name, kind):
    assert names(table, phrase) == [(name, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "a jet, artillery and an FPV drone",
        "a 50-year-old man and an 26-year-old",
        "The Lancet published a study",
        "a true patriot",
        "Sergeant Bradley said",
        "the Moskva river",
        "a scalp wound",
        "the Abrams family",
        "officers of MI6 and Mi 5",
        "a T 34 bus route",
    ],
)
def test_generic_words_and_namesakes_are_not_equipment(table, text):
    assert names(table, text) == []


def test_find_returns_each_item_once_with_its_quote(table):
    text = "A Su-34 jet dropped a FAB-250 bomb; a second Su-34 followed with another FAB-250."
    mention = Mention(type="accidental_release", sentences=[Sentence(0, len(text), text)], confidence=1.0)
    got = [(e.name, e.kind, e.quote) for e in table.find(mention)]
    assert got == [("Su-34", "aircraft", "Su-34 jet"), ("FAB-250", "munition", "FAB-250 bomb")]


def test_alias_regex_keeps_risky_prefixes_strict():
    assert alias_regex("Su-34") == r"Su[-\s]?34"
    assert alias_regex("A-50") == "(?-i:A-50)"


def test_bad_table_entry_names_the_reason():
    with pytest.raises(ValueError, match="kind"):
        EquipmentTable([{"name": "X-1", "kind": "spaceship", "aliases": ["X-1"]}])
