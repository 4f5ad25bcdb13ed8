"""The gazetteer: names -> settlements, admin1 regions (ISO 3166-2) and countries, built from installed data."""

from __future__ import annotations

import time

import pytest

from fogwatch.gazetteer import (
    Candidate,
    Gazetteer,
    adjective_stems,
    cache_path,
    loose_key,
    name_key,
    strip_article,
    strip_type_words,
)
from fogwatch.resources import Resources


@pytest.fixture(scope="session")
def gazetteer(resources: Resources) -> Gazetteer:
    return resources.gazetteer


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Kam'yanka", "kamyanka"),
        ("Kam’yanka", "kamyanka"),
        ("Rostov-on-Don", "rostov on don"),
        ("Khān Yūnis", "khan yunis"),
        ("  Ras   al-Ain ", "ras al ain"),
        ("ŁÓDŹ", "lodz"),
    ],
)
def test_name_key_folds_case_diacritics_apostrophes_and_hyphens(written: str, key: str) -> None:
    assert name_key(written) == key


def test_loose_key_joins_transliteration_variants() -> None:
    assert loose_key("khakassia") == loose_key("khakasiya")


def test_arabic_articles_are_stripped_only_as_words() -> None:
    assert strip_article("ar raqqah") == strip_article("raqqah") == "raqqah"
    assert strip_article("jisr ash shughur") == "jisr shughur"
    assert strip_article("alep") == "alep"  # "al" inside a word is not an article


def test_region_names_lose_their_type_words_and_adjective_endings() -> None:
    assert strip_type_words("pskovskaya oblast") == "pskovskaya"
    assert "pskov" in adjective_stems("pskovskaya")
    assert "donetsk" in adjective_stems("donetska")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Donetsk Oblast", "UA-14"),
        ("Donetsk oblast", "UA-14"),
        ("Kherson Oblast", "UA-65"),
        ("North Darfur", "SD-DN"),
        ("Khakassia", "RU-KK"),
        ("Sagaing Region", "MM-01"),
        ("Idlib Governorate", "SY-ID"),
    ],
)
def test_region_names_resolve_to_iso_3166_2(gazetteer: Gazetteer, name: str, code: str) -> None:
    regions = [c for c in gazetteer.lookup(name) if c.kind == "admin1"]
    assert regions[0].admin1_code == code


@pytest.mark.parametrize(
    ("bare", "code"),
    [("Rostov", "RU-ROS"), ("Pskov", "RU-PSK"), ("Luhansk", "UA-09"), ("Belgorod", "RU-BEL"), ("Kharkiv", "UA-63")],
)
def test_a_bare_name_beside_a_region_word_is_the_region(gazetteer: Gazetteer, bare: str, code: str) -> None:
    assert gazetteer.lookup_region(bare)[0].admin1_code == code


def test_pskov_alone_is_the_city_and_only_with_a_region_word_the_province(gazetteer: Gazetteer) -> None:
    assert [c.kind for c in gazetteer.lookup("Pskov")] == ["settlement"]
    assert gazetteer.lookup_region("Pskov province")[0].name == "Pskov Oblast"


def test_a_settlement_carries_its_region_country_and_coordinates(gazetteer: Gazetteer) -> None:
    belgorod = gazetteer.lookup("Belgorod")[0]
    assert (belgorod.kind, belgorod.country, belgorod.admin1, belgorod.admin1_code) == (
        "settlement",
        "RU",
        "Belgorod Oblast",
        "RU-BEL",
    )
    assert belgorod.lat == pytest.approx(50.60, abs=0.01) and belgorod.lon == pytest.approx(36.58, abs=0.01)
    assert belgorod.geonameid == 578072 and belgorod.population > 300_000


def test_repeated_names_keep_every_place(gazetteer: Gazetteer) -> None:
    opytne = gazetteer.lookup("Opytne")
    assert len(opytne) >= 2 and {c.admin1_code for c in opytne} == {"UA-14"}


def test_transliteration_variants_come_from_alternate_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Avdiivka")[0].geonameid == gazetteer.lookup("Avdeevka")[0].geonameid
    assert gazetteer.lookup("Khan Younis")[0].name == "Khān Yūnis"


def test_countries_are_indexed_with_their_aliases(gazetteer: Gazetteer) -> None:
    assert [c.country for c in gazetteer.lookup("Ukraine") if c.kind == "country"] == ["UA"]
    assert [c.country for c in gazetteer.lookup("Myanmar") if c.kind == "country"] == ["MM"]


def test_airport_codes_are_not_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("FAB") == []


def test_common_english_words_are_flagged(gazetteer: Gazetteer) -> None:
    assert {"police", "victoria", "mission"} <= gazetteer.common
    assert "bakhmut" not in gazetteer.common


def test_the_cached_index_opens_in_under_three_seconds(gazetteer: Gazetteer) -> None:
    assert cache_path().exists()
    started = time.perf_counter()
    again = Gazetteer.load()
    assert time.perf_counter() - started < 3.0
    assert again.size == gazetteer.size > 200_000


def test_an_unreadable_cache_is_rebuilt_not_trusted(tmp_path, monkeypatch) -> None:
    import fogwatch.gazetteer as gz

    cache_path(tmp_path).write_bytes(b"not a database")
    tiny = Candidate("Hamlet", "settlement", "UA", None, None, 48.0, 37.0, 1, 600)
    built = {"rows": [tuple(tiny)], "index": {"hamlet": [0]}, "region_index": {}, "loose_index": {}, "common": set()}
    monkeypatch.setattr(gz, "build", lambda: built)
    assert Gazetteer.load(tmp_path).lookup("HAMLET") == [tiny]
    assert Gazetteer.load(tmp_path).size == 1


def test_a_pickled_gazetteer_reopens_its_file(gazetteer: Gazetteer) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.lookup("Belgorod") == gazetteer.lookup("Belgorod")


@pytest.mark.parametrize(
    ("written", "code"),
    [("Oddar Meanchey", "KH-22"), ("Khmelnitsky", "UA-68"), ("Kirovograd", "UA-35")],
)
def test_a_region_spelt_unlike_the_data_is_found_by_a_near_spelling(gazetteer: Gazetteer, written: str, code: str):
    assert [c.admin1_code for c in gazetteer.fuzzy_region(written)] == [code]


@pytest.mark.parametrize("written", ["Russian", "Separatist", "Frontline", "Oddar Meanchay Zone", "Tver"])
def test_a_word_unlike_any_region_finds_none(gazetteer: Gazetteer, written: str) -> None:
    assert gazetteer.fuzzy_region(written) == []
