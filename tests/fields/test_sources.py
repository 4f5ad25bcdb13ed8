"""sources: attribution phrase -> the chain of named sources, origin first."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogwatch.fields.sources import find_sources
from fogwatch.model import Article, Embed, Mention, Sentence


def mention(*texts: str, context: tuple[str, ...] = ()) -> tuple[Mention, Article]:
    """Sentences laid end to end in one article, as the detector would hand them over."""
    text = " ".join([*context, *texts])
    spans, pos = [], 0
    for t in [*context, *texts]:
        spans.append(Sentence(pos, pos + len(t), t))
        pos += len(t) + 1
    ctx, evidence = spans[: len(context)], spans[len(context) :]
    article = Article(id="x", text=text, outlet="example.com", published="2024-03-01")
    return Mention(type="strike", sentences=evidence, confidence=1.0, context=ctx), article


def chain(*texts: str, context: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    m, article = mention(*texts, context=context)
    return [(s.name, s.kind, s.channel) for s in find_sources(m, article)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "According to the Kyiv-based outlet Hromadske, two border guards were wounded by mortar fire.",
            [("Hromadske", "media", None)],
        ),
        (
            "A Russian drone hit a bus depot in Kherson, regional governor Oleksandr Prokudin said on Telegram.",
            [("Oleksandr Prokudin", "official", "Telegram")],
        ),
        (
            "Three conscripts deserted in Kursk, The Moscow Times reported, citing the regional news site Vot Tak.",
            [("Vot Tak", "media", None), ("The Moscow Times", "media", None)],
        ),
        (
            "A power station was hit overnight, Interfax reported, citing TASS, citing the Belgorod governor's office.",
            [("Belgorod governor's office", "official", None), ("TASS", "media", None), ("Interfax", "media", None)],
        ),
        (
            "Oleg Vasin told Meduza that his company was shelled by Russian artillery.",
            [("Oleg Vasin", "person", None), ("Meduza", "media", None)],
        ),
        (
            "The Guardian quoted Captain Lena Dorosh as saying that her crew had been hit by a Ukrainian mine.",
            [("Lena Dorosh", "military", None), ("The Guardian", "media", None)],
        ),
        (
            "Human rights monitor Zona Prava said on its Telegram channel that 14 reservists were jailed.",
            [("Zona Prava", "ngo", "Telegram")],
        ),
        (
            "Pro-Kremlin Telegram channel Dvornik claimed that the depot exploded after a Ukrainian strike.",
            [("Dvornik", "social_media", "Telegram")],
        ),
        (
            "Ukraine's General Staff said on Facebook that two landing craft were destroyed in Crimea.",
            [("Ukraine's General Staff", "military", "Facebook")],
        ),
        (
            "Four soldiers died, according to a statement from the Sudanese Armed Forces.",
            [("Sudanese Armed Forces", "military", None)],
        ),
        (
            "The strike killed six people, according to Reuters and the Associated Press.",
            [("Reuters", "media", None), ("Associated Press", "media", None)],
        ),
        (
            '"We were hit by our own mortars," said Andriy Koval, a platoon commander.',
            [("Andriy Koval", "person", None)],
        ),
        (
            "The Ukrainian military said its air defence shot down a friendly helicopter.",
            [("Ukrainian military", "military", None)],
        ),
        (
            "In a statement, the Committee to Protect Journalists said police searched the editor's flat.",
            [("Committee to Protect Journalists", "ngo", None)],
        ),
        (
            "Two boats sank near Kherson, the commander of the regional naval group, Petro Dovhan, said.",
            [("Petro Dovhan", "military", None)],
        ),
        (
            "A drone fell on a clinic in Kassala, the Kassala state health ministry said.",
            [("Kassala state health ministry", "official", None)],
        ),
        (
            "A shell landed near the crossing, the Moldovan border police said.",
            [("Moldovan border police", "official", None)],
        ),
        ("Eleven soldiers were detained, the army said in a statement.", [("army", "military", None)]),
        (
            "A mortar hit the camp, Chad's state-run Tchad Info Agency reported.",
            [("Tchad Info Agency", "media", None)],
        ),
        (
            "A patrol was ambushed near Ber, the Azawad Liberation Front (FLA) said.",
            [("Azawad Liberation Front", "military", None)],
        ),
        (
            "Rockets hit Metula, Israel's Zaka rescue service said.",
            [("Zaka", "official", None)],
        ),
        (
            "Shelling killed three people, according to the volunteer-run monitoring project Frontline Count.",
            [("Frontline Count", "ngo", None)],
        ),
        (
            "The blogger, who posts under the name Vostochny Veter, said the battalion lost 200 men.",
            [("Vostochny Veter", "person", None)],
        ),
        (
            "A rocket hit a car park in Haifa, wounding two people, Israeli police and medics said.",
            [("Israeli police", "official", None)],
        ),
        (
            "Jaysh al-Fatah (JAF) said its fighters shot down a drone near Idlib.",
            [("Jaysh al-Fatah", "military", None)],
        ),
        (
            "Forty men deserted, Ukraine's Territorial Defence Forces Command said.",
            [("Territorial Defence Forces Command", "military", None)],
        ),
    ],
)
def test_one_sentence_gives_the_chain_origin_first(sentence, expected):
    assert chain(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Two tanks were destroyed near Vuhledar, a Russian newspaper reported.",
        "Officials said five soldiers died when their truck hit a mine.",
        "A Ukrainian soldier told reporters that the shells came from their own side.",
        "Reports suggest that morale in the regiment is collapsing.",
        "Residents said the explosions lasted for an hour, a report says.",
        "The depot burned for hours, local Telegram channels reported.",
        "A convoy came under fire, a Telegram channel close to Wagner said.",
        "Two generals were dismissed, Russian war bloggers wrote.",
        "The strike was filmed from a drone, the brigade said.",
    ],
)
def test_unnamed_attributions_are_not_sources(sentence):
    assert chain(sentence) == []


def test_a_relay_named_by_a_named_source_keeps_only_the_named():
    assert chain("A senior Ukrainian officer told Reuters that the convoy was hit by friendly fire.") == [
        ("Reuters", "media", None)
    ]


def test_the_paper_refers_back_to_the_newspaper_named_earlier():
    assert chain(
        "Local daily Sibirskie Vesti said the convoy was hit by a mine.",
        "The soldiers refused to drive on, the paper wrote on its Telegram channel.",
    ) == [("Sibirskie Vesti", "media", "Telegram")]


def test_the_paper_with_no_earlier_newspaper_names_nothing():
    assert chain("The soldiers refused to drive on, the paper wrote on its Telegram channel.") == []


def test_a_bare_surname_is_the_person_named_before():
    assert chain(
        "Activist Marina Lebedeva said the men were detained in Pskov.",
        "Lebedeva added that two of them were beaten.",
    ) == [("Marina Lebedeva", "person", None)]


def test_context_sentences_resolve_the_paper_but_add_no_source_of_their_own():
    got = chain(
        "The troops were dismissed, the newspaper wrote.",
        context=("Rights group Vesna said it had spoken to the families, according to the newspaper Nasha Niva.",),
    )
    assert got == [("Nasha Niva", "media", None)]


def test_the_publishing_outlet_is_not_a_source():
    m, article = mention("Kyiv Post reported that the bridge was hit twice, citing the Ukrainian Navy.")
    article = article.model_copy(update={"outlet": "www.kyivpost.com"})
    assert [s.name for s in find_sources(m, article)] == ["Ukrainian Navy"]


def test_two_sentences_merge_into_one_chain_with_the_relays_first():
    got = chain(
        "Eleven guardsmen refused to deploy, Newsweek reported, citing Ukrainian outlet Focus.",
        "Lawyer Ivan Sobol said on Telegram that the guardsmen were dismissed, Newsweek said.",
    )
    assert got == [("Focus", "media", None), ("Ivan Sobol", "person", "Telegram"), ("Newsweek", "media", None)]


def test_each_source_quotes_its_attribution_from_the_sentence():
    m, article = mention("Two guards were wounded, Ukrinform reported, citing Suspilne.")
    quotes = [s.quote for s in find_sources(m, article)]
    assert quotes == ["citing Suspilne", "Ukrinform reported"]
    assert all(q in article.text for q in quotes)


def test_evidence_inside_an_embedded_post_is_sourced_to_its_author():
    m, article = mention("Our gunners hit a Russian column near Robotyne this morning.")
    article = article.model_copy(
        update={"embeds": [Embed(kind="tweet", author="@frontline_ua", start=0, end=len(article.text))]}
    )
    assert [(s.name, s.kind, s.channel) for s in find_sources(m, article)] == [
        ("@frontline_ua", "social_media", "Twitter")
    ]


def test_a_parse_decides_a_sentence_initial_word(nlp):
    text = "Soldiers said their own artillery hit the trench."
    m, article = mention(text)
    m.sentences[0] = Sentence(0, len(text), text, doc=nlp(text))
    assert find_sources(m, article) == []


def test_an_acronym_is_the_body_named_before_with_it():
    got = chain(
        "The Azawad Liberation Front (FLA) said its fighters downed a drone near Tinzaouaten.",
        "The FLA said the drone was Turkish-made.",
    )
    assert got == [("Azawad Liberation Front", "military", None)]


def test_a_definite_institution_points_to_the_body_named_earlier_in_the_article():
    got = chain(
        "Fighting resumed near Sennar on Friday.",
        "The army said it had shot down two drones over the city.",
        context=("The Sudanese Armed Forces retook the bridge on Thursday, according to the Sudanese Armed Forces.",),
    )
    assert got == [("Sudanese Armed Forces", "military", None)]


def test_the_army_is_never_an_armed_group_named_before():
    got = chain("The RSF shelled the market, and the army said it returned fire.")
    assert got == [("army", "military", None)]


def test_a_definite_unit_points_to_the_unit_named_by_its_own_name_before():
    got = chain(
        "Troops of the 93rd Mechanized Brigade repelled two assaults near Siversk, the brigade said on Facebook."
    )
    assert got == [("93rd Mechanized Brigade", "military", "Facebook")]


WORDS = st.sampled_from(
    [
        "said",
        "according",
        "to",
        "citing",
        "told",
        "the",
        "a",
        "paper",
        "Reuters",
        "Ivan",
        "Sobol",
        ",",
        ".",
        "(",
        ")",
        "AA",
        "army",
        "brigade",
        "of",
        "'s",
        "Telegram",
        "on",
        "reported",
        "claimed",
        "by",
        "independent",
        "newspaper",
        "Kolokol",
        "who",
        "that",
        "47th",
        "Brigade",
        "and",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_any_word_salad_gives_named_sources_quoted_from_the_sentence(text):
    m, article = mention(text or "x")
    for source in find_sources(m, article):
        assert source.name.strip()
        assert source.quote in m.sentences[0].text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a dateline or date fragment before a dash opens no name
        (
            "On 12 March 2024 - Ukraine's armed forces said a drone hit the depot.",
            [("Ukraine's armed forces", "military", None)],
        ),
        (
            "2023 – Israeli military said a soldier was killed by friendly fire.",
            [("Israeli military", "military", None)],
        ),
        # "-based", "-led", "-backed" describe a source; they never name one
        (
            "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 12 people died.",
            [("Syrian Observatory for Human Rights", "ngo", None)],
        ),
        ("An Iran-backed militia said it fired rockets at the base.", []),
        ("Saudi-led coalition forces said the strike hit a weapons depot.", []),
        # a machine or a town alone speaks for nobody; a capital standing for its state does
        ("The helicopter went down near Fort Rucker, Black Hawk said.", []),
        ("A shell hit the market, Kharkiv said.", []),
        ("A shell hit the market, Kyiv said.", [("Kyiv", "official", None)]),
        ("A shell hit the market, the governor of Belgorod said.", [("governor of Belgorod", "official", None)]),
    ],
)
def test_a_source_name_is_a_plausible_named_entity(sentence, expected):
    assert chain(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "outlet", "title", "furniture"),
    [
        ("The Mogadishu Horizon reported that three soldiers deserted.", "mogadishuhorizon.com", None, None),
        ("Mogadishu Horizon has learned that three soldiers deserted.", "www.mogadishuhorizon.com", None, None),
        ("MFV reported that a shell hit the market in Goma.", "Media Freedom Voice", None, None),
        ("The Media Freedom Voice reported that a shell hit the market in Goma.", "mfv.cd", None, None),
        ("Sloboda Daily reported that a glide bomb hit Kupiansk.", "slobodaily.com.ua", None, None),
        (
            "Kyiv Herald reported that two battalions refused to advance.",
            None,
            "Two battalions refuse | Kyiv Herald",
            None,
        ),
        ("Kyiv Herald reported that two battalions refused to advance.", None, None, "© 2025 Kyiv Herald. All rights."),
    ],
)
def test_the_printing_outlet_under_any_of_its_names_is_not_a_source(sentence, outlet, title, furniture):
    from fogwatch.model import Removed

    m, article = mention(sentence)
    removed = [Removed(kind="footer", text=furniture)] if furniture else []
    article = article.model_copy(update={"outlet": outlet, "title": title, "removed": removed})
    assert find_sources(m, article) == []


def test_another_outlet_is_still_a_source():
    m, article = mention("Reuters reported that a convoy hit a mine near Kidal.")
    article = article.model_copy(update={"outlet": "apnews.com"})
    assert [s.name for s in find_sources(m, article)] == ["Reuters"]


@pytest.mark.parametrize("masthead", ["Sahel Wire | 12 March 2025", "Sahel Wire (English edition) - 12/03/2025"])
def test_a_masthead_line_opening_the_text_names_the_outlet(masthead):
    text = f"{masthead}\nSecurity sources told Sahel Wire that a convoy hit a mine."
    start = text.index("Security")
    sentence = Sentence(start, len(text), text[start:])
    article = Article(id="x", text=text, outlet=None)
    assert find_sources(Mention(type="strike", sentences=[sentence], confidence=1.0), article) == []


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        # the attribution of another incident's clause stays with that incident
        (
            "A drone hit a school in Sumy, governor Ivan Fedorov said; in Kharkiv, police detained two men "
            "suspected of spying, according to the SBU.",
            "strike",
            [("Ivan Fedorov", "official", None)],
        ),
        (
            "Police detained two men suspected of spying in Kharkiv, the SBU said; in Sumy a drone hit a school, "
            "governor Ivan Fedorov said.",
            "repression",
            [("SBU", "official", None)],
        ),
        # an earlier report of another event is no source of this one
        ("The strike came a day after Reuters reported a drone attack on the same refinery.", "strike", []),
    ],
)
def test_an_attribution_of_another_incident_does_not_leak(sentence, kind, expected):
    m, article = mention(sentence)
    m.type = kind
    assert [(s.name, s.kind, s.channel) for s in find_sources(m, article)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The claim came from the Wagner-linked channel Grey Zone.", [("Grey Zone", "social_media", None)]),
        (
            "The information came from a statement by the Armed Forces of Ukraine.",
            [("Armed Forces of Ukraine", "military", None)],
        ),
        (
            "A drone hit the Novoshakhtinsk refinery, according to Astra, which first reported the blast.",
            [("Astra", "media", None)],
        ),
        (
            "The footage reached Hromadske, which first published it on Monday.",
            [("Hromadske", "media", None)],
        ),
        (
            "In a post on X, the IDF said two soldiers were killed by friendly fire.",
            [("IDF", "military", "X")],
        ),
        (
            "In a Telegram statement, the Kherson regional administration said shelling killed two.",
            [("Kherson regional administration", "official", "Telegram")],
        ),
        (
            "According to Ukraine's Air Force, 20 drones were shot down, Ukrinform reported.",
            [("Ukraine's Air Force", "military", None), ("Ukrinform", "media", None)],
        ),
    ],
)
def test_more_attribution_patterns(sentence, expected):
    assert chain(sentence) == expected


def test_the_agency_is_the_news_agency_named_before():
    got = chain(
        "According to governor Vyacheslav Gladkov, two people were wounded, the agency said.",
        context=("Interfax carried the governor's statement.",),
    )
    assert got == [("Vyacheslav Gladkov", "official", None), ("Interfax", "media", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # dotted abbreviations are one word
        ("The Rapid Support Forces shelled a camp near El Fasher, the U.N. said.", [("U.N.", "official", None)]),
        ("The U.S.-led coalition said its aircraft struck an ISIS cell near Deir ez-Zor.", []),
        # footage carries a source; the agent a few words after the verb is the source
        (
            "Footage shared on social media by Ukraine's 3rd Assault Brigade showed a tank being hit.",
            [("3rd Assault Brigade", "military", None)],
        ),
        ("A video posted on Telegram by Rybar showed the blast.", [("Rybar", "social_media", "Telegram")]),
        # an appositive alias
        ("Mali's armed forces, known as FAMa, said they had killed 30 fighters.", [("FAMa", "military", None)]),
        ("Niger's junta said in a statement that 20 soldiers were killed.", [("Niger's junta", "official", None)]),
    ],
)
def test_wire_and_broadcast_styles(sentence, expected):
    assert chain(sentence) == expected


def test_a_bare_masthead_line_names_the_outlet():
    text = "Mogadishu Morning Star\n18 February 2025\nA soldier told the Star that the outpost fell."
    start = text.index("A soldier")
    article = Article(id="x", text=text, outlet=None)
    mention_ = Mention(type="armed_clash", sentences=[Sentence(start, len(text), text[start:])], confidence=1.0)
    assert find_sources(mention_, article) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an unnamed speaker still names the outlet it told
        ("Two pilots ejected, the crew told RIA Novosti.", [("RIA Novosti", "media", None)]),
        ("Soldiers told the BBC that they had been shelled by their own side.", [("BBC", "media", None)]),
        # the crew of a machine is no named entity
        ("The helicopter hit a power line, the Black Hawk crew said.", []),
        ("Two pilots ejected, the Su-34 crew told Reuters.", [("Reuters", "media", None)]),
    ],
)
def test_unnamed_speakers_and_machines(sentence, expected):
    assert chain(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the outlet a speaker talked to carries the speaker's words
        (
            "Speaking to Hromadske, Captain Ivan Hrytsenko said his unit had been hit by its own artillery.",
            [("Ivan Hrytsenko", "military", None), ("Hromadske", "media", None)],
        ),
        (
            "In an interview with the BBC, Colonel Yuri Ignat said the drone was shot down by mistake.",
            [("Yuri Ignat", "military", None), ("BBC", "media", None)],
        ),
        # asides and describing appositives between subject and verb
        (
            "Colombia's Defence Ministry, in a statement, said seven soldiers died in the crash.",
            [("Colombia's Defence Ministry", "official", None)],
        ),
        (
            "Al-Masirah, the Houthis' television channel, said US jets struck Hodeidah.",
            [("Al-Masirah", "media", None)],
        ),
        # compilers and estimators
        ("Data compiled by ACLED show that 40 people were killed in the clashes.", [("ACLED", "ngo", None)]),
        # the page of a body carries the body's word, with the body's kind
        (
            "A statement on the website of the Nigerian Army said troops killed 12 gunmen.",
            [("Nigerian Army", "military", None)],
        ),
    ],
)
def test_interviews_asides_and_compilers(sentence, expected):
    assert chain(sentence) == expected


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        ("Rights lawyer Florence Achieng said six men were detained in Kisumu.", "Florence added that two were beaten.",
         "Florence Achieng"),
        # "Archer" is also a howitzer
        ("Colonel John Archer said the battery was hit.", "Archer added that two crewmen died.", "John Archer"),
    ],
)  # fmt: skip
def test_a_person_named_like_a_town_or_a_weapon_still_speaks_once_named_in_full(first, second, name):
    assert [s[0] for s in chain(first, second)] == [name]


@pytest.mark.parametrize(
    "byline", ["By Amina Yusuf, Mogadishu Horizon correspondent", "By Amina Yusuf | The Mogadishu Horizon"]
)
def test_a_byline_names_the_outlet(byline):
    body = "The Mogadishu Horizon reported that three soldiers deserted."
    text = f"{byline}\n{body}"
    start = text.index(body)
    article = Article(id="x", text=text, outlet=None)
    mention_ = Mention(type="refusal_to_fight", sentences=[Sentence(start, len(text), body)], confidence=1.0)
    assert find_sources(mention_, article) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # institutions without a proper name still speak; the article stays out of the name
        ("A shell hit a school in Dorvik, the regional prosecutor's office said.", ["regional prosecutor's office"]),
        ("Four people died when a rocket struck the clinic, the health ministry said.", ["health ministry"]),
        ("Two rockets were fired at the base overnight, the military said.", ["military"]),
        ("Police said a car bomb exploded outside the grain market.", ["police"]),
        (
            "Gunmen killed nine villagers, the Upper Lomami civil society coordination said.",
            ["Upper Lomami civil society coordination"],
        ),
        # a body's statement, its own outlet, a colon line, a toll, an aside between subject and verb
        ("According to an SDF statement, three fighters died in the raid on the farm.", ["SDF"]),
        ("A UNMISS statement said four peacekeepers were wounded at the camp gate.", ["UNMISS"]),
        ("The group claimed the bombing of the checkpoint via its Amaq agency.", ["Amaq"]),
        ("The group claimed the ambush on its Al-Bayan radio station.", ["Al-Bayan"]),
        ("Regional governor: two drones were downed over the refinery overnight.", ["Regional governor"]),
        ("The Sahel Rights Watch, citing its network of monitors, put the death toll at 11.", ["Sahel Rights Watch"]),
        ("The Ministry of Defence confirmed that two missiles hit the airfield.", ["Ministry of Defence"]),
        ("The Tarn Valley Guard, meanwhile, said its drones hit a fuel depot.", ["Tarn Valley Guard"]),
        # a possessor before a body with a name of its own is no part of that name
        (
            "The Kurdistan Region's Counter-Terrorism Department said two militants died.",
            ["Counter-Terrorism Department"],
        ),
        (
            "The Army's 5th Infantry Division said its troops repelled an attack on the outpost.",
            ["5th Infantry Division"],
        ),
    ],
)
def test_unnamed_institutions_and_attribution_forms(sentence: str, expected: list[str]) -> None:
    assert [name for name, _, _ in chain(sentence)] == expected


def test_the_military_is_the_state_force_named_a_sentence_later() -> None:
    names = chain(
        "A jeep overturned near the border post, killing a soldier, the military said.",
        context=("The IDF said an inquiry had been opened.",),
    )
    assert names == [("IDF", "military", None)]


def test_more_unnamed_institutions() -> None:
    assert chain("According to the health ministry, 14 people died in the shelling.") == [
        ("health ministry", "official", None)
    ]
    assert chain("The armed forces said 20 militants were killed near the dam.") == [("armed forces", "military", None)]


def test_a_person_who_only_hears_a_claim_is_no_source() -> None:
    assert chain("A drone hit the depot, the commander told Nadia Ferro.") == []
    assert chain("A drone hit the depot, the commander told Radio Kivu.") == [("Radio Kivu", "media", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two soldiers died at the post, a military official said.", [("military official", "official", None)]),
        ("The army spokesman said two soldiers died at the post.", [("army spokesman", "official", None)]),
        ("Two soldiers died at the post, the spokesman said.", []),
        ("Two soldiers died, MP Ann Holt wrote on Facebook.", [("Ann Holt", "official", "Facebook")]),
        ("Two soldiers died, Lt.-Gen. Omar Fadil said.", [("Omar Fadil", "military", None)]),
        ("Two soldiers died, Gov. Lisa Marr said.", [("Lisa Marr", "official", None)]),
        ("Two soldiers died, Sheikh Omar Fadil said.", [("Omar Fadil", "person", None)]),
        ("Two soldiers died, Warrant Officer Omar Fadil said.", [("Omar Fadil", "military", None)]),
    ],
)
def test_unnamed_roles_and_titles(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert chain(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Tavan Times's correspondent reported that the strike hit a shelter.", ["Tavan Times"]),
        ("The strike hit a shelter, the Palestinian health ministry in Gaza said.", ["Palestinian health ministry"]),
        ("The strike killed 12, Gaza's civil defence agency said.", ["Gaza's civil defence agency"]),
        ("The UN's humanitarian office, OCHA, said the strike hit a shelter.", ["OCHA"]),
        ("ACLED recorded 12 attacks on the road in March.", ["ACLED"]),
        ("Two men died, according to the UN mission in the country.", ["UN mission"]),
        ("Sudan's RSF said its fighters took the town.", ["RSF"]),
        ("A spokesman for the Tarn Valley Guard said two fighters died.", ["Tarn Valley Guard"]),
        ("The Tarn Valley Guard's spokesman said two fighters died.", ["Tarn Valley Guard"]),
        ("The Tarn Valley Guard late on Monday said two fighters died.", ["Tarn Valley Guard"]),
        ("Russia's Defence Ministry said its fighters took the town.", ["Russia's Defence Ministry"]),
    ],
)
def test_possessors_places_and_acronyms(sentence: str, expected: list[str]) -> None:
    assert [name for name, _, _ in chain(sentence)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("⚡️Governor Ivan Sobol: two drones were downed over the refinery.", ["Ivan Sobol"]),
        ("Air Force: 30 of 35 drones were shot down overnight.", ["Air Force"]),
        ("Update: 30 of 35 drones were shot down overnight.", []),
        ("Breaking News: 30 of 35 drones were shot down overnight.", []),
    ],
)
def test_a_line_opened_by_its_speaker_and_a_colon(line: str, expected: list[str]) -> None:
    assert [name for name, _, _ in chain(line)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Two drones hit the depot, our correspondent Mira Sand reported from the port.",
        "Two drones hit the depot, Mira Sand, our reporter in the port, said.",
    ],
)
def test_the_outlets_own_staff_are_no_source(sentence: str) -> None:
    assert chain(sentence) == []


def test_passive_quotes_keep_the_speaker_deeper_than_the_carrier() -> None:
    assert chain("Ivan Sobol was quoted by TASS as saying two fighters died.") == [
        ("Ivan Sobol", "person", None),
        ("TASS", "media", None),
    ]
    assert chain("The Tarn Valley Guard were quoted as saying two fighters died.") == [
        ("Tarn Valley Guard", "military", None)
    ]


def test_the_body_whose_data_show_it() -> None:
    assert chain("UNHCR data showed that 40 civilians were killed in the strikes.") == [("UNHCR", "official", None)]


def test_the_outlet_under_a_shortened_name_is_no_source() -> None:
    text = "A drone hit the school, Kivu Post reported."
    article = Article(id="x", text=text, outlet="kivumorningpost.com", published="2024-03-01")
    m = Mention(type="strike", sentences=[Sentence(0, len(text), text)], confidence=1.0, context=[])
    assert find_sources(m, article) == []


def test_local_crowds_are_written_as_the_gold_writes_them() -> None:
    assert chain("A drone hit the market, local activists said.") == [("local activists", "person", None)]


def test_vague_crowds_and_plain_nouns_name_nobody() -> None:
    assert chain("Update: a drone hit a warehouse in the port, residents said.") == []
    assert chain("A drone hit the school, a ministry said.") == []
