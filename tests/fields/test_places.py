"""locate: where an incident happened, from its evidence sentences. The sentences are written for these
tests, each a small example of one way a report names the place of an event."""

from __future__ import annotations

import pytest

from fogwatch.fields.place_scan import reads_like, scan
from fogwatch.fields.places import Gazetteer, locate
from fogwatch.gazetteer import Candidate, name_key
from fogwatch.model import Article, Location, Mention, Sentence
from fogwatch.resources import Resources


@pytest.fixture(scope="session")
def gazetteer(resources: Resources) -> Gazetteer:
    return resources.gazetteer


def place(text: str, gazetteer: Gazetteer, article: str | None = None) -> Location | None:
    mention = Mention(type="strike", sentences=[Sentence(0, len(text), text)], confidence=1.0)
    return locate(mention, Article(id="x", text=article or text, published="2024-01-08"), gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "code", "precision"),
    [
        ("Drones hit an oil depot in Belgorod overnight.", "Belgorod", "RU-BEL", "settlement"),
        ("A helicopter crashed during a training flight in the Krasnodar region.", "Krasnodar region", "RU-KDA",
         "admin1"),
        ("Shells fell on a market in Donetsk oblast on Friday.", "Donetsk oblast", "UA-14", "admin1"),
        ("Conscripts from a regiment in Pskov province deserted.", "Pskov province", "RU-PSK", "admin1"),
        ("Guardsmen in the Khakassia region refused to deploy.", "Khakassia region", "RU-KK", "admin1"),
        ("Rebels shelled a camp for displaced people in North Darfur.", "North Darfur", "SD-DN", "admin1"),
        ("The air force bombed a village in the Sagaing Region.", "Sagaing Region", "MM-01", "admin1"),
        ("Artillery struck occupied Rubizhne in the Luhansk region.", "Rubizhne", "UA-09", "settlement"),
        ("Two sappers died when a mine exploded near Kherson.", "Kherson", "UA-65", "settlement"),
        ("Mortar rounds landed in the Kherson Oblast village square.", "Kherson Oblast", "UA-65", "admin1"),
        ("Government jets bombed Nyala, the capital of South Darfur, at dawn.", "Nyala", "SD-DS", "settlement"),
        ("Militants ambushed a patrol near Timbuktu in northern Mali.", "Timbuktu", "ML-6", "settlement"),
        ("Rockets hit the outskirts of Idlib province's main city.", "Idlib province", "SY-ID", "admin1"),
    ],
)  # fmt: skip
def test_the_place_attached_to_the_event(gazetteer: Gazetteer, text: str, name: str, code: str, precision: str):
    loc = place(text, gazetteer)
    assert loc is not None
    assert (loc.name, loc.admin1_code, loc.precision) == (name, code, precision)
    assert loc.quote is not None and loc.quote in text


def test_a_settlement_carries_coordinates_and_geonames_id(gazetteer: Gazetteer) -> None:
    loc = place("A stray bomb left a crater in Belgorod's centre.", gazetteer)
    assert loc is not None
    assert (loc.place, loc.country, loc.admin1, loc.geonames_id) == ("Belgorod", "RU", "Belgorod Oblast", 578072)
    assert loc.lat == pytest.approx(50.603, abs=0.01) and loc.lon == pytest.approx(36.581, abs=0.01)


def test_a_landmark_after_the_place_picks_the_nearer_of_two_namesakes(gazetteer: Gazetteer) -> None:
    # Two villages called Opytne lie in Donetsk oblast; the one close to Donetsk is ~12 km from the city.
    loc = place("Troops fell back from the village of Opytne, close to Donetsk's airport, under fire.", gazetteer)
    assert loc is not None
    assert (loc.name, loc.admin1_code, loc.precision) == ("Opytne", "UA-14", "settlement")
    assert (loc.lat, loc.lon) == pytest.approx((48.0966, 37.72182), abs=0.01)


def test_a_facility_missing_from_the_gazetteer_falls_back_to_its_region(gazetteer: Gazetteer) -> None:
    text = "Gunners opened fire on cadets at the Kuzmetskoy artillery range in the Rostov region."
    loc = place(text, gazetteer)
    assert loc is not None
    assert (loc.name, loc.place, loc.admin1_code, loc.precision) == (
        "Kuzmetskoy artillery range",
        "Rostov Oblast",
        "RU-ROS",
        "admin1",
    )
    assert loc.quote == "Kuzmetskoy artillery range in the Rostov region"


def test_a_facility_named_after_a_settlement_is_placed_there(gazetteer: Gazetteer) -> None:
    loc = place("A fuel truck exploded at the Morozovsk air base in the Rostov region.", gazetteer)
    assert loc is not None
    assert (loc.name, loc.place, loc.admin1_code, loc.precision) == (
        "Morozovsk air base",
        "Morozovsk",
        "RU-ROS",
        "settlement",
    )


def test_a_settlement_the_region_does_not_hold_gives_the_region(gazetteer: Gazetteer) -> None:
    # No Kamianka of 500 people or more lies in the Kharkiv region: the region is what we know.
    loc = place("A shell landed in the village of Kamianka in the Kharkiv region.", gazetteer)
    assert loc is not None
    assert (loc.name, loc.admin1_code, loc.precision) == ("Kamianka", "UA-63", "admin1")


def test_a_country_named_after_the_place_selects_among_namesakes(gazetteer: Gazetteer) -> None:
    loc = place("Gunmen attacked a checkpoint in Victoria, Argentina, last week.", gazetteer)
    assert loc is not None and loc.country == "AR"


def test_the_region_behind_a_unit_outranks_the_country_it_refused_to_enter(gazetteer: Gazetteer) -> None:
    loc = place("Paratroopers from a unit in Pskov province refused to go to fight in Ukraine.", gazetteer)
    assert loc is not None and loc.admin1_code == "RU-PSK"


def test_a_bare_country_is_a_place_only_after_a_locative(gazetteer: Gazetteer) -> None:
    assert place("The officers refused orders to invade Ukraine.", gazetteer) is None
    loc = place("Mutinous soldiers seized a barracks in Niger.", gazetteer)
    assert loc is not None and (loc.country, loc.precision) == ("NE", "country")


def test_the_event_place_beats_a_speaker_place(gazetteer: Gazetteer) -> None:
    loc = place("Officials in Kyiv blamed Moscow for the missile strike on Kramatorsk.", gazetteer)
    assert loc is not None and loc.name == "Kramatorsk"


@pytest.mark.parametrize(
    "text",
    [
        "Police said two soldiers were wounded by their own unit's fire.",
        "Victoria Nuland said the report was credible.",
        "In December, a jet was downed by its own side's air defences.",
        "The newspaper Pskovskaya Gubernia published the soldiers' names.",
        "Captain Farid Chitav and his men refused the order.",
        "Houthi forces fired drones at tankers in the Red Sea.",
        "The National Guard said a regiment lost its commander.",
    ],
)
def test_names_that_are_not_the_event_place_give_none(gazetteer: Gazetteer, text: str) -> None:
    assert place(text, gazetteer) is None


def test_the_article_country_breaks_ties_between_namesakes(gazetteer: Gazetteer) -> None:
    sentence = "Rockets hit the market in Rafah on Sunday."
    article = f"Israeli strikes continued across Gaza. {sentence}"
    loc = place(sentence, gazetteer, article=article)
    assert loc is not None and loc.country == "PS"


def test_scan_reads_the_region_word_and_the_cue(gazetteer: Gazetteer) -> None:
    matches = scan("Russian jets bombed a village in the Belgorod region.", gazetteer)
    region = next(m for m in matches if m.region)
    assert region.name == "Belgorod region" and region.cue == 3.0
    assert region.candidates[0].admin1_code == "RU-BEL"


def test_no_places_no_location(gazetteer: Gazetteer) -> None:
    assert place("The troops were fired for refusing orders.", gazetteer) is None


def test_a_neighbouring_sentence_names_the_region_but_is_never_quoted(gazetteer: Gazetteer) -> None:
    # Villages called Kamyanka lie in five oblasts; alone, the largest (Cherkasy, UA-71) would win.
    sentence = "A shell hit the school in Kamyanka on Monday."
    context = "The fighting in the Odesa region went on all week."
    mention = Mention(
        type="strike",
        sentences=[Sentence(0, len(sentence), sentence)],
        confidence=1.0,
        context=[Sentence(len(sentence) + 1, len(sentence) + 1 + len(context), context)],
    )
    loc = locate(mention, Article(id="y", text=f"{sentence} {context}", published="2024-01-08"), gazetteer)
    assert loc is not None
    assert (loc.admin1_code, loc.quote) == ("UA-51", "in Kamyanka")
    assert place(sentence, gazetteer).admin1_code == "UA-71"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Missiles hit Kharkiv, Sumy and Chernihiv overnight.", "UA-63"),  # a list, not "Kharkiv in Sumy"
        ("A jet crashed into the Sea of Azov off the coast of Yeysk.", "RU-KDA"),  # a sea is no place
        ("Jets bombed the edge of Jisr al-Shughur at dawn.", "SY-ID"),  # al-/ash- spellings
        ("Warships shelled targets in and around Hodeidah.", "YE-HU"),  # El-Hodeidah in the data
        ("A shell hit a school in Pokrovsk on Monday.", "UA-14"),  # not Engels, once called Pokrovsk
        ("A channel close to Wagner said the convoy was ambushed in the Kidal region.", "ML-8"),
    ],
)
def test_general_spelling_and_structure_rules(gazetteer: Gazetteer, text: str, code: str) -> None:
    loc = place(text, gazetteer)
    assert loc is not None and loc.admin1_code == code


def test_a_quarter_missing_from_the_gazetteer_is_placed_in_its_town(gazetteer: Gazetteer) -> None:
    loc = place("Shells struck a bakery in Karari, in northern Omdurman, at noon.", gazetteer)
    assert loc is not None
    assert (loc.name, loc.place, loc.admin1_code, loc.precision) == ("Karari", "Omdurman", "SD-KH", "settlement")
    assert loc.quote == "in Karari, in northern Omdurman"


def test_a_region_that_only_serves_as_a_backdrop_places_nothing(gazetteer: Gazetteer) -> None:
    assert place("The Rostov region has become a staging ground for the offensive.", gazetteer) is None


def test_an_apposition_names_the_region_that_holds_the_village(gazetteer: Gazetteer) -> None:
    loc = place("Drones struck Kamyanka, a frontline village in the Odesa region, overnight.", gazetteer)
    assert loc is not None and (loc.name, loc.admin1_code, loc.precision) == ("Kamyanka", "UA-51", "settlement")


def test_a_region_after_an_unknown_township_is_read_as_the_region(gazetteer: Gazetteer) -> None:
    loc = place("Rebels overran a police post in Kyaukmyaung township in Sagaing.", gazetteer)
    assert loc is not None and (loc.admin1_code, loc.precision) == ("MM-01", "admin1")


def test_a_small_town_abroad_is_supported_by_its_neighbours_in_the_mention(gazetteer: Gazetteer) -> None:
    sentence = "Drones set a warehouse on fire in the port of Izmail, the Odesa regional administration said."
    article = f"Moldova found drone debris near its border. {sentence}"
    loc = place(sentence, gazetteer, article=article)
    assert loc is not None and (loc.name, loc.admin1_code) == ("Izmail", "UA-51")


# --- names that are not places, and namesakes told apart by what the article is about ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck a Hamas compound in the north of the strip.",  # Hamas: an alternate name of Hamm
        "Army artillery shelled a Chin resistance camp before dawn.",  # Chin: an alternate name of Qinzhou
        "Medics treated a Gazan boy who was hurt by shrapnel.",  # Gazan: an alternate name of Jizan
        "Sappers cleared a road after Taliban fighters ambushed the column.",
        "Drones hit a Tor launcher near the front line.",  # after "a", not El-Tor by a variant
    ],
)
def test_groups_peoples_and_coinciding_alternate_names_are_not_places(gazetteer: Gazetteer, text: str) -> None:
    assert place(text, gazetteer) is None


def test_a_group_named_beside_a_region_leaves_the_region(gazetteer: Gazetteer) -> None:
    # Fano is an Ethiopian militia and a town in Italy; the region is where the convoy was hit.
    loc = place("Federal drones hit a Fano convoy in the Amhara region.", gazetteer)
    assert loc is not None and (loc.admin1_code, loc.precision) == ("ET-AM", "admin1")


def test_a_weapon_named_after_a_place_is_not_the_place(gazetteer: Gazetteer) -> None:
    # "Tor" is an alternate name of Sloviansk and a reading of El-Tor in Egypt.
    article = "Russian air defence crews were on alert. Ukrainian drones hit a Tor launcher near the front line."
    assert place(article.split(". ")[1], gazetteer, article=article) is None


def test_an_old_name_of_a_town_is_read_in_the_country_the_article_names(gazetteer: Gazetteer) -> None:
    loc = place("Ukrainian officials said shells fell on Artemovsk overnight.", gazetteer)
    assert loc is not None and (loc.place, loc.admin1_code) == ("Bakhmut", "UA-14")


@pytest.mark.parametrize(
    ("before", "sentence", "code"),
    [
        # Every other place is Russian; "Ukrainian" says which country's Pokrovsk, and it is the nearer one.
        ("Moscow said its troops had taken two villages, and drones hit Belgorod and Kursk overnight.",
         "Ukrainian troops held a line near Pokrovsk on Tuesday.", "UA-14"),
        # The story names Russia alone; Donetsk (the oblast and city, or a Russian town nearby) anchors it.
        ("The Kremlin said Russia would respond. Russian forces pressed their offensive in Donetsk.",
         "Russian artillery shelled the outskirts of Pokrovsk on Tuesday.", "UA-14"),
        # A Bondo in Kenya is larger; the story is about Congo.
        ("Congolese soldiers fled their posts in the north of the country, near Buta.",
         "Militiamen set fire to a clinic in Bondo overnight.", "CD-BU"),
        ("Kenyan police said they were searching the area.", "Shells landed in Bondo on Friday.", "KE-38"),
        # Jericho is also called Ariha; the story is about Idlib.
        ("Syrian government jets pounded Idlib province again, hitting Saraqib.",
         "A market was bombed in Ariha at noon.", "SY-ID"),
    ],
)  # fmt: skip
def test_namesakes_prefer_the_countries_and_places_the_article_names(
    gazetteer: Gazetteer, before: str, sentence: str, code: str
) -> None:
    loc = place(sentence, gazetteer, article=f"{before} {sentence}")
    assert loc is not None and loc.admin1_code == code


@pytest.mark.parametrize(
    ("written", "own", "alike"),
    [
        ("Kiev", "Kyiv", True),
        ("Lvov", "Lviv", True),  # the same consonants
        ("Raqqa", "Ar Raqqah", True),  # the Arabic article and a doubled letter
        ("Hodeidah", "Al Ḩudaydah", True),
        ("Hamas", "Hamm", False),
        ("Artemovsk", "Bakhmut", False),
    ],
)
def test_reads_like_allows_transliteration_but_not_another_name(written: str, own: str, alike: bool) -> None:
    entry = Candidate(own, "settlement", "XX", None, None, 0.0, 0.0, None, 1000)
    assert reads_like(name_key(written), entry) is alike


@pytest.mark.parametrize(
    ("text", "place_name", "country"),
    [
        ("Rockets struck a hospital in Gaza City on Monday.", "Gaza", "PS"),  # the own name with more words
        # The group names Lebanon; that supports Lebanese places but rules out no Israeli town.
        ("Hezbollah fired rockets at Kiryat Shmona overnight.", "Qiryat Shmona", "IL"),
    ],
)
def test_peoples_and_groups_support_a_country_but_rule_out_none(
    gazetteer: Gazetteer, text: str, place_name: str, country: str
) -> None:
    loc = place(text, gazetteer)
    assert loc is not None and (loc.place, loc.country) == (place_name, country)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian missiles hit an Odessa port terminal overnight.", "UA-51"),  # Odesa, a letter off
        ("Drones struck a Kherson power substation at night.", "UA-65"),
        ("Militants torched a Djibo water point on Friday.", "BF-12"),
    ],
)
def test_a_place_after_a_or_an_still_counts_by_its_own_name(gazetteer: Gazetteer, text: str, code: str) -> None:
    loc = place(text, gazetteer)
    assert loc is not None and loc.admin1_code == code


# --- regions against namesakes, seas and landforms, digest headers -------------------------------------


def test_a_region_of_the_article_country_beats_a_small_namesake_elsewhere(gazetteer: Gazetteer) -> None:
    # Sonora is a Mexican state and a small town in Brazil; the article is about Mexico.
    sentence = "In Sonora, gunmen wounded two soldiers at a roadblock."
    loc = place(sentence, gazetteer, article=f"Mexican troops were deployed to the north. {sentence}")
    assert loc is not None and (loc.admin1_code, loc.precision) == ("MX-SON", "admin1")


@pytest.mark.parametrize(
    ("text", "place_name", "code"),
    [
        ("In Sonora, gunmen wounded two soldiers on a highway outside Cananea.", "Cananea", "MX-SON"),
        # "Sinaloa" is the state, not the town Sinaloa de Leyva inside it; Culiacán is the place.
        ("In Sinaloa, gunmen killed three soldiers near Culiacán.", "Culiacán", "MX-SIN"),
    ],
)
def test_a_town_named_inside_the_region_is_more_precise_than_the_region(
    gazetteer: Gazetteer, text: str, place_name: str, code: str
) -> None:
    loc = place(text, gazetteer)
    assert loc is not None and (loc.place, loc.admin1_code, loc.precision) == (place_name, code, "settlement")


@pytest.mark.parametrize(
    ("text", "place_name"),
    [
        ("A missile struck a tanker in the Red Sea off the port of Hodeidah.", "Al Ḩudaydah"),  # not Red, India
        ("Fighters ambushed a convoy in the Golis mountains near Bosaso.", "Bosaso"),
    ],
)
def test_a_sea_or_mountain_name_is_not_a_town(gazetteer: Gazetteer, text: str, place_name: str) -> None:
    loc = place(text, gazetteer)
    assert loc is not None and loc.place == place_name


def test_a_facility_with_a_capitalised_noun_is_placed_in_its_city(gazetteer: Gazetteer) -> None:
    loc = place("Drones attacked Kharkiv International Airport before dawn.", gazetteer)
    assert loc is not None
    assert (loc.name, loc.place, loc.precision) == ("Kharkiv International Airport", "Kharkiv", "settlement")


def test_an_unknown_township_and_its_region_after_a_comma(gazetteer: Gazetteer) -> None:
    loc = place("Junta jets bombed a clinic in Kyaukmyaung Township, Sagaing Region, at dawn.", gazetteer)
    assert loc is not None and (loc.admin1_code, loc.precision) == ("MM-01", "admin1")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Guerrillas attacked a police post in Argelia, Antioquia, on Sunday.", "CO-ANT"),
        ("Guerrillas attacked a police post in Argelia municipality, Valle del Cauca department.", "CO-VAC"),
    ],
)
def test_the_department_after_a_village_picks_its_namesake(gazetteer: Gazetteer, text: str, code: str) -> None:
    loc = place(text, gazetteer)
    assert loc is not None and loc.admin1_code == code


DIGEST = (
    "Overnight summary.\n"
    "1) Kramatorsk. Overnight the city was hit by two missiles. A school burned.\n"
    "2) Sumy region: shelling wounded a farmer.\n"
    "3) Nikopol\n"
    "The town came under artillery fire from across the river.\n"
    "4) The air force said it downed forty drones."
)


@pytest.mark.parametrize(
    ("sentence", "place_name"),
    [
        ("Overnight the city was hit by two missiles.", "Kramatorsk"),
        ("A school burned.", "Kramatorsk"),
        ("shelling wounded a farmer.", "Sumy Oblast"),
        ("The town came under artillery fire from across the river.", "Nikopol"),
        ("The air force said it downed forty drones.", None),
    ],
)
def test_a_digest_item_header_places_its_sentences(gazetteer: Gazetteer, sentence: str, place_name: str | None):
    start = DIGEST.index(sentence)
    mention = Mention(type="strike", sentences=[Sentence(start, start + len(sentence), sentence)], confidence=1.0)
    loc = locate(mention, Article(id="digest", text=DIGEST, published="2024-01-08"), gazetteer)
    assert (loc.place if loc else None) == place_name


def test_a_region_named_by_the_first_words_of_its_name(gazetteer: Gazetteer) -> None:
    # The state is "Michoacán de Ocampo"; a village called Michoacán lies in Chiapas.
    loc = place("In Michoacán, cartel gunmen killed four police officers.", gazetteer)
    assert loc is not None and (loc.admin1_code, loc.precision) == ("MX-MIC", "admin1")


def test_off_a_coastal_town_places_a_sea_event_there(gazetteer: Gazetteer) -> None:
    loc = place("A patrol boat sank off Berdiansk after an explosion.", gazetteer)
    assert loc is not None and (loc.admin1_code, loc.quote) == ("UA-23", "off Berdiansk")


def test_a_later_sentence_about_another_country_does_not_move_the_event(gazetteer: Gazetteer) -> None:
    first = "Romanian soldiers found fragments of a drone near Tulcea on Monday."
    second = "The drones had struck the port of Izmail overnight, Ukrainian officials said."
    article = f"{first} {second}"
    sentences = [Sentence(0, len(first), first), Sentence(len(first) + 1, len(article), second)]
    mention = Mention(type="other", sentences=sentences, confidence=1.0)
    loc = locate(mention, Article(id="ro", text=article, published="2024-01-08"), gazetteer)
    assert loc is not None and (loc.place, loc.country) == ("Tulcea", "RO")


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # An unknown village of several words still hands its cue to the region after it.
        ("Jets bombed a clinic in Kyun Thar Yar village in Sagaing Region at dawn.", "Sagaing Region", "admin1"),
        # A capitalised "Township" is the township, and "Region's" makes the region its container.
        ("Jets bombed a market in Sagaing Region's Shwebo Township on Tuesday.", "Shwebo Township", "admin2"),
        ("Artillery shelled the Nikopol District on Tuesday.", "Nikopol District", "admin2"),
    ],
)
def test_townships_and_villages_of_a_region(gazetteer: Gazetteer, text: str, name: str, precision: str) -> None:
    loc = place(text, gazetteer)
    assert loc is not None and (loc.name, loc.precision) == (name, precision)


@pytest.mark.parametrize(
    ("text", "place_name"),
    [
        ("A missile boat sank in the Sea of Azov near Berdiansk.", "Berdyansk"),  # a sea's name is no landmark
        ("A Su-25 crashed into the sea near Yeysk during a training flight.", "Yeysk"),  # "A Su" is not Aso, Japan
        ("Fighters overran Tessit on Friday.", "Tessit"),
        # Tawila is missing from the gazetteer (only a Yemeni namesake): its landmark is the nearest place known.
        ("Paramilitary fighters stormed the town of Tawila, west of El Fasher.", "El Fasher"),
    ],
)
def test_sea_events_overrun_towns_and_landmarks_of_unknown_places(gazetteer: Gazetteer, text: str, place_name: str):
    loc = place(text, gazetteer)
    assert loc is not None and loc.place == place_name


def test_a_country_across_the_border_is_not_the_event_place(gazetteer: Gazetteer) -> None:
    assert place("Gunmen raided a village near the border with Niger on Friday.", gazetteer) is None


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # An address "village, municipality, department" is no list: the department places the municipality.
        ("Soldiers were attacked in El Plateado, Argelia, Antioquia.", ""),
        ("A bomb killed two soldiers in Argelia, a town in Antioquia.", ""),
        # The region the article names, though a Turkish town once bore its name, picks among namesakes.
        ("Soldiers were attacked in Argelia on Tuesday.", "Violence is rising in Antioquia."),
    ],
)
def test_the_department_the_text_names_picks_the_namesake(gazetteer: Gazetteer, text: str, before: str) -> None:
    loc = place(text, gazetteer, article=f"{before} {text}".strip())
    assert loc is not None and (loc.place, loc.admin1_code) == ("Argelia", "CO-ANT")


def test_a_region_named_by_an_alias_beats_a_village_of_that_name_abroad(gazetteer: Gazetteer) -> None:
    # "Chechnya" is an alias of the Chechen Republic and the name of a small village in Donetsk oblast.
    loc = place("A Mi-8 helicopter crashed in Chechnya on Sunday.", gazetteer)
    assert loc is not None and (loc.admin1_code, loc.precision) == ("RU-CE", "admin1")


def test_a_region_word_admits_a_region_spelt_unlike_the_data(gazetteer: Gazetteer) -> None:
    loc = place("Two soldiers were killed by shelling in Oddar Meanchey province.", gazetteer)
    assert loc is not None and (loc.name, loc.admin1_code, loc.precision) == (
        "Oddar Meanchey province",
        "KH-22",
        "admin1",
    )
    assert place("Two soldiers were killed by shelling in Oddar Meanchey.", gazetteer) is None  # no region word


def test_a_header_inside_the_sentence_and_a_full_item_above_it(gazetteer: Gazetteer) -> None:
    text = (
        "2) Nikopol. Artillery shelled the town, killing a man.\n"
        "3) Sumy region: a drone struck a farm near the border.\n"
        "Officials gave no figures."
    )

    def located(sentence: str) -> Location | None:
        start = text.index(sentence)
        mention = Mention(type="strike", sentences=[Sentence(start, start + len(sentence), sentence)], confidence=1.0)
        return locate(mention, Article(id="items", text=text, published="2024-01-08"), gazetteer)

    loc = located("3) Sumy region: a drone struck a farm near the border.")
    assert loc is not None and loc.admin1_code == "UA-59"  # its own header, not the item above
    assert located("Officials gave no figures.") is None  # the line above is an item, not a header alone
