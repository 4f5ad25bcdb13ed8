"""detect: incidents found, typed and grouped from invented reports of several wars."""

from __future__ import annotations

import pytest

from fogwatch.detect import classify, detect
from fogwatch.model import Article, Embed, Mention
from fogwatch.segment import split


def mentions(text: str, nlp, embeds: list[Embed] | None = None) -> list[Mention]:
    return detect(split(text), Article(id="t", text=text, embeds=embeds or []), nlp)


def evidence(m: Mention) -> list[str]:
    return [s.text for s in m.sentences]


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [
        (
            "friendly_fire",
            "A Sudanese army helicopter fired on its own infantry near El Obeid on Sunday, killing four soldiers.",
        ),
        (
            "friendly_fire",
            "Junta gunners mistook a column of allied militia for rebels and shelled it outside Lashio last week.",
        ),
        ("friendly_fire", "Two Yemeni government fighters died in a friendly fire incident in Marib on Tuesday."),
        ("friendly_fire", "A tank crew opened fire on soldiers of its own battalion near the crossing, the army said."),
        (
            "accidental_release",
            "A Syrian air force jet accidentally dropped a bomb on a government-held village near Hama.",
        ),
        (
            "accidental_release",
            "The ministry acknowledged an unscheduled release of aviation munitions over Voronezh on Friday.",
        ),
        (
            "refusal_to_fight",
            "About 40 conscripts of a brigade in Tigray refused to deploy to the front in March, a rights group said.",
        ),
        (
            "refusal_to_fight",
            "Dozens of Malian soldiers deserted their posts at a base near Gao after months without pay.",
        ),
        (
            "refusal_to_fight",
            "Sailors on a patrol vessel staged a mutiny in the Red Sea on Monday, according to the navy.",
        ),
        ("repression", "Military police arrested six officers in Yangon on Thursday for criticising the junta online."),
        (
            "repression",
            "A military court sentenced a sergeant to nine years in prison for refusing an order, his lawyer said.",
        ),
        ("repression", "Security agents raided the homes of three reporters in Omdurman last week."),
        (
            "losses",
            "The 45th Motor Rifle Brigade lost its commanding officer and at least 120 men near the river in October.",
        ),
        ("strike", "A missile strike destroyed a school in Kharkiv on Wednesday, killing five people."),
        ("strike", "Rebel artillery shelled the market in El Fasher on Saturday, local medics said."),
        ("strike", "A drone struck a fuel depot in Sevastopol overnight, the governor said."),
        ("armed_clash", "Heavy clashes broke out between the army and the RSF in Khartoum North on Monday."),
        ("armed_clash", "Insurgents ambushed a military convoy near Menaka on Friday, killing 12 soldiers."),
        ("armed_clash", "Government troops and rebels exchanged fire for hours near the border town on Sunday."),
        (
            "military_accident",
            "A military transport plane crashed during a training flight near Kaduna on Tuesday, killing its crew.",
        ),
        ("military_accident", "Three cadets died in a training accident at a firing range in Chittagong last month."),
        (
            "military_accident",
            "An ammunition depot exploded near Kalynivka on Saturday night, forcing hundreds to evacuate.",
        ),
        ("other", "Saboteurs set fire to a railway relay cabinet used to supply the front near Omsk on Friday."),
    ],
)
def test_one_event_sentence_is_one_typed_mention(expected: str, sentence: str, nlp) -> None:
    found = mentions(sentence, nlp)
    assert [m.type for m in found] == [expected]
    assert evidence(found[0]) == [sentence]
    assert found[0].summary == sentence
    assert 0.0 < found[0].confidence <= 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "Drone strikes on the city have become more frequent lately.",
        "Troops there have been deserting in growing numbers since the summer.",
        "There have been several friendly fire incidents in the sector this year.",
        "Soldiers often shoot at anything that moves at night.",
        "The army has suffered heavy losses since the war began.",
        "Such attacks are not unheard of in the region.",
        "The brigade could be disbanded if more soldiers desert.",
        "Officials did not say whether troops had clashed.",
        "Arrests of soldiers who refuse to fight have increased in recent months.",
        "Poor discipline was blamed for the friendly fire incidents on that front.",
        "Friendly fire.",
    ],
)
def test_trends_generic_and_hypothetical_statements_are_not_incidents(sentence: str, nlp) -> None:
    assert mentions(sentence, nlp) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll from the drone strike on a fuel market in Nyala has risen to 19, a hospital director said.",
        "The number of soldiers killed in the rocket attack on the barracks near Gao climbed to 11 on Sunday.",
    ],
)
def test_an_update_of_one_events_toll_reports_that_event(sentence: str, nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == ["strike"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling of the border villages has risen sharply since the spring.",
        "The number of desertion cases registered by military courts has climbed steeply this year.",
    ],
)
def test_a_rising_count_with_no_figure_stays_a_trend(sentence: str, nlp) -> None:
    assert mentions(sentence, nlp) == []


def test_a_present_perfect_with_a_count_is_still_an_event(nlp) -> None:
    found = mentions("The security service has detained two officers suspected of leaking positions.", nlp)
    assert [m.type for m in found] == ["repression"]


def test_follow_up_joins_and_another_incident_splits(nlp) -> None:
    text = (
        "On Tuesday, a drone struck a radar station near Kursk, the regional governor said.\n"
        "The strike damaged two buildings and cut power to a nearby village, he added.\n"
        "The ministry could not independently verify the claim.\n"
        "In another incident, a drone hit an oil depot in Bryansk on Wednesday.\n"
        "Drone attacks on border regions have become more frequent lately."
    )
    first, second = mentions(text, nlp)
    assert (first.type, second.type) == ("strike", "strike")
    assert evidence(first) == [
        "On Tuesday, a drone struck a radar station near Kursk, the regional governor said.",
        "The strike damaged two buildings and cut power to a nearby village, he added.",
    ]
    assert [s.text for s in first.context] == ["The ministry could not independently verify the claim."]
    assert evidence(second) == ["In another incident, a drone hit an oil depot in Bryansk on Wednesday."]


def test_a_lede_restated_lower_down_is_one_incident(nlp) -> None:
    text = (
        "More than 30 soldiers of a battalion in Sagaing refused to fight last week, a local outlet reported.\n"
        "The junta has struggled to fill its ranks since the coup.\n"
        "Over 30 soldiers of the battalion in Sagaing refused to fight, the outlet said, citing relatives.\n"
        "A military spokesman denied the report.\n"
        "Separately, security forces arrested a village head in Magway on Friday."
    )
    refusal, arrest = mentions(text, nlp)
    assert refusal.type == "refusal_to_fight"
    assert len(refusal.sentences) == 2
    assert [s.text for s in refusal.context] == ["A military spokesman denied the report."]
    assert refusal.summary.startswith("More than 30 soldiers")
    assert arrest.type == "repression"


def test_a_similar_incident_is_new_even_with_the_same_place_and_count(nlp) -> None:
    text = (
        "Militants ambushed an army patrol near Djibo on Sunday, killing 9 soldiers.\n"
        "The soldiers were escorting a supply convoy when the ambush began, a security source said.\n"
        "A similar attack took place near Djibo in May, when fighters ambushed a unit and killed 9 gendarmes."
    )
    first, second = mentions(text, nlp)
    assert len(first.sentences) == 2
    assert evidence(second)[0].startswith("A similar attack")
    assert first.type == second.type == "armed_clash"


def test_follow_up_naming_the_same_people_joins_unless_it_is_an_event_of_its_own(nlp) -> None:
    text = (
        "At least 25 marines of a coastal brigade refused to advance on Monday, a Telegram channel reported.\n"
        "The marines had received no ammunition for a week.\n"
        "The marines were later detained by military police, the channel said."
    )
    refusal, arrest = mentions(text, nlp)
    assert refusal.type == "refusal_to_fight"
    assert len(refusal.sentences) == 2
    assert arrest.type == "repression"


def test_embedded_post_echoing_a_mention_is_its_context_not_a_new_incident(nlp) -> None:
    lines = [
        "Last week a navy helicopter crashed into the sea off Tartus, killing its three crew members.",
        "The defence ministry confirms the helicopter went down off Tartus during a routine flight.",
        "Residents also reported loud explosions in the port.",
    ]
    text = "\n".join(lines)
    start = text.index(lines[1])
    post = Embed(kind="tweet", author="@someone", start=start, end=start + len(lines[1]))
    (found,) = mentions(text, nlp, [post])
    assert found.type == "military_accident"
    assert evidence(found) == [lines[0]]
    assert [s.text for s in found.context] == [lines[1]]


def test_headline_lists_and_calls_to_action_are_ignored(nlp) -> None:
    text = (
        "A drone struck a bus station in Kherson on Monday, killing three people.\n"
        "- Sailor dies in training accident off the coast\n"
        "- Army Jet Crashes Near Air Show, Pilot Ejects\n"
        "SUBSCRIBE TO OUR CHANNEL"
    )
    found = mentions(text, nlp)
    assert [m.type for m in found] == ["strike"]


def test_evidence_sentences_carry_their_parse(nlp) -> None:
    (found,) = mentions("Rebels shelled a camp near Goma on Friday.", nlp)
    assert found.sentences[0].doc is not None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The unit was prosecuted for desertion.", "repression"),
        ("Their own jet accidentally bombed a field.", "accidental_release"),
        ("They fired at their own trenches by mistake.", "friendly_fire"),
        ("Gunmen killed a soldier and the guard was killed too.", "losses"),
        ("Nothing happened here.", None),
    ],
)
def test_classify_settles_co_occurring_cues(sentence: str, expected: str | None) -> None:
    assert classify(sentence)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The strongest cue is negated, so the next one types the sentence.
        ("The regiment has lost at least 60 men since March, not counting last week's ambush.", ["losses"]),
        # One nationality on both ends of a strike.
        (
            "A Sudanese army drone struck a Sudanese army truck near Kosti on Monday, killing two soldiers.",
            ["friendly_fire"],
        ),
        ("Two soldiers died when a mortar round fell short and hit their own trench near Kupiansk.", ["friendly_fire"]),
        # An own weapon gone astray onto held ground.
        (
            "An air defence missile fell on a farm near Kursk on Friday after failing to hit a drone.",
            ["accidental_release"],
        ),
        # A captured enemy soldier is not repression.
        ("Georgian border guards detained an Armenian soldier near the crossing on Sunday.", ["other"]),
        ("Military police detained three Georgian conscripts in Tbilisi on Sunday.", ["repression"]),
        # A punished refusal with a place or time of its own is a second incident; a bare charge is not.
        (
            "A court in Bukavu sentenced six soldiers for fleeing their positions near Kamanyola last month.",
            ["repression", "refusal_to_fight"],
        ),
        ("A court sentenced a soldier to three years on Monday for refusing to deploy.", ["repression"]),
        # A ground attack whose victims are civilians.
        ("Gunmen stormed two villages near Bankass on Friday, killing at least 30 civilians.", ["other"]),
        # Change in frequency is a trend even with a year in it.
        ("Airstrikes on the region have increased since last year.", []),
    ],
)
def test_grammar_settles_the_type(text: str, expected: list[str], nlp) -> None:
    assert [m.type for m in mentions(text, nlp)] == expected


def test_a_past_perfect_account_of_the_same_event_joins_it(nlp) -> None:
    text = (
        "A drone struck a fuel truck near Tartus on Monday, killing two men, medics said.\n"
        "The army said its drones had hit a supply vehicle used by militants."
    )
    (found,) = mentions(text, nlp)
    assert found.type == "strike"
    assert len(found.sentences) == 2


@pytest.mark.parametrize("opening", ["Government artillery also shelled", "The same day, government artillery shelled"])
def test_also_and_the_same_day_add_an_incident(opening: str, nlp) -> None:
    text = f"Rebels shelled an army base near Kidal on Monday.\n{opening} rebel camps near Anefis."
    assert [m.type for m in mentions(text, nlp)] == ["strike", "strike"]


def test_the_report_is_the_mention_introduced_as_a_report(nlp) -> None:
    text = (
        "Some 40 conscripts refused to fight near Toretsk last week, a report says.\n"
        "Three of them were arrested in Donetsk on Friday, a local channel reported.\n"
        "The outlet could not verify the report."
    )
    refusal, arrest = mentions(text, nlp)
    assert [s.text for s in refusal.context] == ["The outlet could not verify the report."]
    assert arrest.context == []


def test_details_after_a_report_join_it_and_background_is_not_an_incident(nlp) -> None:
    text = (
        "Rebels of a northern alliance said on Saturday they had captured an army base near Kyaukme after two days "
        "of fighting.\n"
        "The group said dozens of soldiers were killed and 40 surrendered.\n"
        "The alliance is one of the largest armed groups in the country and has fought the military for years."
    )
    (found,) = mentions(text, nlp)
    assert found.type == "armed_clash"
    assert len(found.sentences) == 2


def test_each_item_of_a_list_of_incidents_is_its_own(nlp) -> None:
    text = (
        "Overnight summary:\n"
        "- A missile strike hit an apartment block in Dnipro, killing 4 people.\n"
        "- Enemy troops attacked positions near Chasiv Yar 14 times.\n"
        "- Two soldiers were detained in Lviv for going absent without leave."
    )
    assert [m.type for m in mentions(text, nlp)] == ["strike", "armed_clash", "repression"]


def test_a_post_without_final_stops_is_still_read(nlp) -> None:
    text = (
        "Drone hit a bus in Kherson this morning, 3 killed and 12 injured\nThe administration confirmed the casualties"
    )
    assert [m.type for m in mentions(text, nlp)] == ["strike"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army said a soldier was killed by friendly fire in the north on Sunday.", ["friendly_fire"]),
        ("Friendly fire remains a major problem for both armies.", []),
        ("Two soldiers drowned when their boat capsized while crossing the river on Monday.", ["military_accident"]),
        ("Five civilians were killed when missiles struck the port overnight, the governor said.", ["strike"]),
        ("Heavy fighting continues around the town.", []),
        ("Dozens of soldiers from the brigade went AWOL after arriving at the front last month.", ["refusal_to_fight"]),
        (
            "Mobilised men staged a protest at their base in Kazan on Monday, refusing to go to the front.",
            ["refusal_to_fight"],
        ),
        ("Police detained a soldier's mother on Tuesday for posting about losses in her son's unit.", ["repression"]),
        ("Rebels shot down a government Mi-24 helicopter near Kidal on Thursday.", ["strike"]),
        (
            "An explosion at an arms depot killed six soldiers on Monday; officials blamed careless handling.",
            ["military_accident"],
        ),
        ("Militias launched a drone attack on a base in the east on Sunday, wounding three soldiers.", ["strike"]),
        ("Junta troops and resistance fighters fought for control of the bridge on Saturday.", ["armed_clash"]),
        ("The brigade's deputy commander was killed in action near the village on Friday, his unit said.", ["losses"]),
        ("Soldiers who desert face up to 10 years in prison under the new law.", []),
        ("Analysts say desertion has become a serious problem for the army.", []),
        ("Gunmen killed 12 villagers in Zamfara on Sunday, police said.", ["other"]),
        ("Insurgents killed nine soldiers near Mocimboa da Praia on Friday.", ["armed_clash"]),
    ],
)
def test_more_wars_and_phrasings(sentence: str, expected: list[str], nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == expected


def test_a_wire_story_with_background_quotes_and_a_denial(nlp) -> None:
    lines = [
        "Paramilitary fighters shelled a displacement camp outside El Obeid on Thursday, killing at least 18 people.",
        '"The shells landed in the middle of the camp while people were queuing for water," said a nurse.',
        "The paramilitary group denied responsibility and accused the army of staging the attack.",
        "The war, which began in April 2023, has displaced millions.",
        "Both sides have been accused of war crimes, including the indiscriminate shelling of residential areas.",
        "On Friday, army warplanes bombed positions near Bara, 60 km north of El Obeid, a military source said.",
        "Separately, intelligence officers arrested three journalists in Port Sudan on Wednesday, a union said.",
        '"Journalists are routinely detained and beaten," the union\'s head said.',
        "An army helicopter also crashed near Kosti on Thursday, killing its crew of three.",
    ]
    found = mentions("\n".join(lines), nlp)
    assert [m.type for m in found] == ["strike", "strike", "repression", "military_accident"]
    camp = found[0]
    assert evidence(camp) == lines[:2]
    assert [s.text for s in camp.context] == [lines[2]]


def test_summary_drops_a_wire_dateline(nlp) -> None:
    (found,) = mentions("GOMA (Wire) — Rebels shelled a camp near Goma on Friday, killing four people.", nlp)
    assert found.summary == "Rebels shelled a camp near Goma on Friday, killing four people."


def test_an_article_that_is_one_embedded_post_still_reports_its_incident(nlp) -> None:
    text = "Two soldiers were detained in Brest on Friday after refusing to deploy, our sources say."
    post = Embed(kind="telegram", author="@channel", start=0, end=len(text))
    assert [m.type for m in mentions(text, nlp, [post])] == ["repression"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # think-tank update: an assault with its losses is a clash; "continued operations" is a trend
        (
            "Enemy forces continued offensive operations near the town on December 3.\n"
            "Geolocated footage indicates that enemy forces conducted a company-sized mechanized assault near the "
            "village and lost at least eight armored vehicles.",
            ["armed_clash"],
        ),
        # liveblog entries, one incident each
        (
            "14:05 — A missile hit a residential building in Kryvyi Rih, killing at least six people.\n"
            "12:15 — Troops killed two militants in a gunfight in Kupwara district, police said.",
            ["strike", "armed_clash"],
        ),
        # Telegram roundup lines without stops
        (
            "Morning roundup:\n"
            "🔴 Shebekino: drone attacked a car, driver wounded — governor\n"
            "🔴 Kursk: air defences shot down 7 drones overnight",
            ["strike", "strike"],
        ),
        # losses counted since an offensive began: the offensive is background
        (
            "The rebels said the army had lost more than 500 soldiers since it launched its offensive in May.",
            ["losses"],
        ),
    ],
)
def test_report_styles(text: str, expected: list[str], nlp) -> None:
    assert [m.type for m in mentions(text, nlp)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accidental release told in a clause on the weapon, not in the main verb
        ("A bomb that had come loose from a Su-34 fell on a farm outside Belgorod on Tuesday.", ["accidental_release"]),
        (
            "A mortar round fired during a live-fire exercise landed on a house near Kaduna, wounding two children.",
            ["accidental_release"],
        ),
        (
            "A shell fired by army gunners during target practice struck a monastery in Sagaing region on Friday.",
            ["accidental_release"],
        ),
        # ... or in a second sentence, which joins the strike and retypes it
        (
            "A bomb fell on a residential street in Belgorod on Thursday, damaging three houses.\n"
            "The defence ministry later said the munition had been released accidentally by one of its jets.",
            ["accidental_release"],
        ),
        (
            "A shell landed on a farmhouse near Sderot on Tuesday, lightly wounding a woman.\n"
            "The army said the shell was fired during an exercise at a nearby range.",
            ["accidental_release"],
        ),
        # an adversary's drone makes the blast a strike
        (
            "A Ukrainian drone struck an ammunition truck near Tokmak, which exploded, the army said.",
            ["strike"],
        ),
    ],
)
def test_weapons_not_aimed_at_anyone_are_accidental_releases(text: str, expected: list[str], nlp) -> None:
    assert [m.type for m in mentions(text, nlp)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "An army truck carrying ammunition exploded on a highway near Kayes on Monday, killing four soldiers.",
        "A conscript was killed when his rifle discharged while he was cleaning it at a base near Rostov.",
        "An army truck plunged into a gorge in Poonch district on Sunday, killing five soldiers.",
        "A fire broke out at a military depot in Primorsky Krai overnight, the ministry said.",
        "Two marines drowned during a river crossing drill in the Amur region on Thursday.",
        "Three soldiers died in a road accident when their truck collided with a bus near Mopti.",
        "A Pakistani soldier accidentally shot dead a comrade while cleaning his weapon in Quetta, officials said.",
        "A conscript was run over by an armoured vehicle at a base near Pskov on Tuesday.",
        "A T-72 tank fell through the ice on a lake during a training march in Karelia, drowning its driver.",
    ],
)
def test_accidents_need_no_crash_word(sentence: str, nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == ["military_accident"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No shelling was recorded in the area overnight, the regional administration said.", []),
        ("There were no airstrikes on the city on Sunday, residents said.", []),
        ("Kharkiv was quiet overnight, with no drone attacks reported.", []),
        ("No clashes were reported along the line of contact on Friday.", []),
        ("No soldiers were killed, the ministry said.", []),
        ("The front line was calm overnight, with no assaults recorded near Pokrovsk, the General Staff said.", []),
        # a negated subject negates its own verb only, not an attack named beside it
        (
            "The army said no soldiers were killed in the enemy attack on the base near Kupiansk on Monday.",
            ["armed_clash"],
        ),
        ("Nobody was hurt when a drone hit a garage in Kursk on Sunday.", ["strike"]),
        # "without casualties" negates the casualties, not the strike
        ("A drone hit a warehouse in Odesa on Monday without casualties, the governor said.", ["strike"]),
        # a Telegram roundup: one quiet town, one shelled
        (
            "Overnight summary from the regional administration:\n"
            "🔴 Nikopol: no shelling recorded\n"
            "🔴 Marhanets: artillery shelled a residential area, one man wounded",
            ["strike"],
        ),
    ],
)
def test_negated_existence_is_no_incident(text: str, expected: list[str], nlp) -> None:
    assert [m.type for m in mentions(text, nlp)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Combat between the ELN and FARC dissidents in Catatumbo left at least 40 dead, the ombudsman said.",
        "Two militants were killed in a gunfight with security forces in Pulwama on Tuesday.",
        "Militants attacked a checkpoint near Bannu and fighting lasted for hours, police said.",
        "Skirmishes between Azerbaijani and Armenian troops on the border left two soldiers dead.",
        "The army repelled an assault by JNIM fighters on its base at Boni on Saturday.",
        "Al-Shabaab fighters overran a military base in Middle Shabelle on Sunday, a local official said.",
        "RSF fighters battled the army for control of the refinery north of Khartoum.",
        "Hezbollah fighters and Israeli troops traded fire across the border on Monday.",
        "Police and Maoist rebels exchanged gunfire in a forest in Chhattisgarh on Tuesday, killing three rebels.",
    ],
)
def test_clashes_between_states_and_armed_groups(sentence: str, nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == ["armed_clash"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Houthi forces seized a cargo ship in the Red Sea on Sunday, the group said.", "other"),
        ("Villagers in Oromia held 12 soldiers for two days before releasing them, a local official said.", "other"),
        (
            "Five soldiers were held by villagers in Manipur for hours on Friday before police freed them.",
            "other",
        ),
        ("Gunmen took 30 passengers hostage on a road near Zamfara on Friday.", "other"),
        (
            "The navy announced the seizure of a Marshall Islands-flagged tanker in the Gulf of Oman on Thursday.",
            "other",
        ),
        ("Russian fighter jets intercepted a Norwegian patrol aircraft over the Barents Sea on Wednesday.", "other"),
        (
            "Human rights group: On 3 March, soldiers of an infantry division abducted 12 villagers in Magway.",
            "other",
        ),
        # a strike on a market stays a strike, whatever its victims
        ("Artillery shelled a market in Avdiivka on Saturday, killing seven people.", "strike"),
        (
            "An artillery strike on a market in Horlivka killed 16 civilians on Sunday, officials said.",
            "strike",
        ),
        (
            "Militants shelled a crowded market in Maiduguri, killing 12 people in what residents called a massacre.",
            "strike",
        ),
    ],
)
def test_other_is_a_class_of_its_own_not_a_fallback(sentence: str, expected: str, nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A group of soldiers left their positions and fled across the border into Chad, a source said; the army "
        "denied it.",
        "About 20 soldiers reportedly abandoned their posts near Myawaddy and crossed into Thailand.",
        "Dozens of troops fled from the front line near Sake on Tuesday as rebels advanced.",
        "Two conscripts deserted on Monday from a unit stationed in Belgorod region, a local channel reported.",
        "Five soldiers escaped from their unit near Pskov on Friday and are being sought by military police.",
    ],
)
def test_flight_and_desertion_wording_is_refusal(text: str, nlp) -> None:
    assert [m.type for m in mentions(text, nlp)] == ["refusal_to_fight"]


def test_a_denied_desertion_after_another_incident_is_still_reported(nlp) -> None:
    text = (
        "A drone strike hit a bus in Nikopol on Monday, killing two passengers.\n"
        "The army denied that its soldiers had abandoned positions near the town the same day."
    )
    assert [m.type for m in mentions(text, nlp)] == ["strike", "refusal_to_fight"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone strike hit a minibus near Kherson on Monday, killing six people.\n"
            "Prosecutors opened a criminal case over the deaths.",
            ["strike"],
        ),
        (
            "Three conscripts died in a barracks fire in Kemerovo on Friday.\n"
            "Investigators have opened a criminal case into negligence.",
            ["military_accident"],
        ),
        (
            "An army helicopter crash-landed near Baidoa on Saturday.\n"
            "Prosecutors launched an investigation into the crash, officials said.",
            ["military_accident"],
        ),
        (
            "A bomb exploded at a bus stop in Mogadishu on Monday, killing six people.\n"
            "Police later arrested two men suspected of planting the bomb.",
            ["strike"],
        ),
        (
            "Three conscripts died in a barracks fire in Kemerovo on Friday.\n"
            "A military court later sentenced the unit commander over the fire.",
            ["military_accident"],
        ),
        # a case against people for what they did or said is repression
        ("Officers opened a criminal case against a blogger for reporting on troop movements.", ["repression"]),
        ("Prosecutors charged two soldiers with desertion on Monday, the court said.", ["repression"]),
    ],
)
def test_an_inquiry_into_a_reported_incident_is_its_follow_up(text: str, expected: list[str], nlp) -> None:
    found = mentions(text, nlp)
    assert [m.type for m in found] == expected
    if "\n" in text:  # the inquiry joins the incident it is about, as evidence or context
        assert text.split("\n")[1] in [s.text for s in found[0].sentences + found[0].context]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blast set off by an adversary is an attack, not an accident
        ("A car bomb exploded near an army checkpoint in Mogadishu on Monday, killing three soldiers.", ["strike"]),
        ("Two soldiers were wounded when an explosive device went off near their convoy in Kidal.", ["strike"]),
        (
            "A suicide bomber blew himself up at the gate of a military base in Bannu, killing five soldiers.",
            ["strike"],
        ),
        ("A Russian missile hit a fuel depot in Odesa, which caught fire, the governor said.", ["strike"]),
        (
            "Two houses caught fire after debris from a downed drone fell on them in Ryazan, the governor said.",
            ["strike"],
        ),
        # the navy as rescuer does not make a shipwreck of migrants a military accident
        ("A boat carrying migrants sank off Lampedusa overnight; the navy rescued 20 people.", []),
        ("The army has been plagued by accidents since the start of the war.", []),
        ("The soldier was discharged from hospital on Monday.", []),
        # the state's agents seizing a journalist is repression, armed men seizing hostages is other
        ("Security forces abducted a journalist from his home in Khartoum on Monday, his family said.", ["repression"]),
        ("Pirates seized a bulk carrier off Somalia and took its 20 crew hostage on Tuesday.", ["other"]),
        ("The navy intercepted a dhow carrying weapons in the Arabian Sea on Friday.", ["other"]),
        ("Air defences intercepted a rocket fired from Lebanon over Kiryat Shmona on Tuesday.", ["strike"]),
        (
            "Dozens of Afghan soldiers fled into Tajikistan on Sunday as the Taliban advanced, officials said.",
            ["refusal_to_fight"],
        ),
    ],
)
def test_accident_and_other_cues_keep_their_limits(text: str, expected: list[str], nlp) -> None:
    assert [m.type for m in mentions(text, nlp)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NGO release: dated items, a kidnapping and soldiers held by residents, a quiet governorate
        (
            "GENEVA — The Observatory documented the following incidents in the week to 12 May.\n"
            "On 6 May, government forces shelled the market in Kafr Nabl, killing four civilians, including a child.\n"
            "On 8 May, an armed group abducted three aid workers on the road between Idlib and Saraqib.\n"
            "On 9 May, soldiers at a checkpoint near Hama were held for several hours by residents protesting the "
            "arrest of a local man.\n"
            "No airstrikes were recorded in the governorate during the reporting period.",
            ["strike", "other", "other"],
        ),
        # think-tank update: a hedged desertion claim that the writer cannot verify is still an incident
        (
            "Key Takeaways: Enemy forces recently advanced near the town.\n"
            "Defending forces repelled a mechanized assault near Kurakhove on May 3, according to the General Staff.\n"
            "A Su-34 reportedly accidentally dropped a FAB-500 glide bomb on occupied Donetsk City on May 2.\n"
            "Milbloggers claimed that elements of a motorized rifle regiment abandoned their positions near Chasiv "
            "Yar, although the institute cannot independently verify this claim.",
            ["armed_clash", "accidental_release", "refusal_to_fight"],
        ),
        # liveblog: an accident, its criminal case, then a separate depot fire
        (
            "09:12 — A military truck overturned on a road near Pskov, injuring six servicemen, local media report.\n"
            "10:40 — Prosecutors have opened a criminal case over the incident, citing a violation of traffic rules.\n"
            "11:05 — Separately, a fire broke out at an ammunition depot in Tver region, the governor says.",
            ["military_accident", "military_accident"],
        ),
        # Telegram roundup lines without stops
        (
            "Evening roundup from our channel:\n"
            "🔴 Belgorod: a bomb came loose from a jet and fell on a yard, no casualties\n"
            "🔴 Kursk: mobilised men refused to go on an assault, 12 detained\n"
            "🔴 Bryansk: drone attacks on border villages, one woman wounded",
            ["accidental_release", "refusal_to_fight", "strike"],
        ),
    ],
)
def test_report_styles_for_the_general_mechanisms(text: str, expected: list[str], nlp) -> None:
    assert [m.type for m in mentions(text, nlp)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No one was killed when a missile struck a school in Zaporizhzhia on Monday, the governor said.", ["strike"]),
        ("Russia launched no fewer than 40 drones at Kyiv overnight, the air force said.", ["strike"]),
        ("The army said the explosion at the base was no accident and blamed saboteurs.", ["other"]),
        ("The weapon went off accidentally, killing a guard at the palace in Juba on Sunday.", ["military_accident"]),
        # a claimed shoot-down names an adversary; a denied one does not
        ("A Su-25 crashed near Avdiivka on Friday; Kyiv said its forces had shot it down.", ["strike"]),
        (
            "A Su-25 crashed into the sea on Monday, the navy said, adding that it had not been shot down.",
            ["military_accident"],
        ),
        ("Villagers said a drone exploded over the village, but no damage was reported.", ["strike"]),
        (
            "A navy patrol boat collided with a fishing vessel off Karachi, killing two fishermen.",
            ["military_accident"],
        ),
    ],
)
def test_negation_and_adversaries_in_accident_reports(sentence: str, expected: list[str], nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the very next sentence tells how the event came about: one incident, retyped
        (
            "An explosion hit a residential area in Belgorod on Thursday, damaging a dozen houses.\n"
            "The defence ministry said a Su-34 had accidentally released a bomb over the city.",
            "accidental_release",
        ),
        (
            "Two soldiers were killed in the Kemerovo region on Tuesday.\n"
            "Their armoured vehicle overturned during a night march, the ministry said.",
            "military_accident",
        ),
        (
            "Three servicemen died on Saturday at a base near Mosul, the coalition said.\n"
            "The deaths were not the result of enemy action; an investigation is under way.",
            "military_accident",
        ),
        # a strike sentence's own weaker cue does not retype it
        (
            "Missiles struck Kyiv overnight, killing three people.\nAn air defence missile also fell on a car park.",
            "strike",
        ),
    ],
)
def test_a_detail_in_the_next_sentence_types_the_incident(text: str, expected: str, nlp) -> None:
    found = mentions(text, nlp)
    assert found[0].type == expected
    assert found[0].sentences[0].text == text.split("\n")[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Five gendarmes were martyred when jihadists overran a checkpoint near Dori on Sunday.", "armed_clash"),
        ("Two border guards were martyred near Chaman on Friday, the provincial police said.", "losses"),
        ("Around fifty conscripts deserted their positions near the dam on Thursday.", "refusal_to_fight"),
        (
            "A battalion commander crossed over to the insurgents with 80 of his men near Sittwe in May.",
            "refusal_to_fight",
        ),
        ("A colonel switched sides and joined the rebels with his whole unit on Wednesday.", "refusal_to_fight"),
        (
            "Military prosecutors ordered the detention of two majors accused of demoralising their soldiers.",
            "repression",
        ),
        ("Medics report shells landing near the maternity ward in Babanusa.", "strike"),
        ("A small drone dropped explosive charges on a checkpoint outside Tessalit on Monday.", "strike"),
        ("The army said its spring offensive had so far cost the lives of 61 soldiers.", "losses"),
        ("Indian and Pakistani troops traded mortar fire across the frontier on Sunday night.", "strike"),
        ("Pirates boarded a bulk carrier off Eyl on Tuesday and took control of the vessel.", "other"),
        ("A platoon pulled back from its trenches without orders near Siversk on Friday.", "refusal_to_fight"),
        ("Two rangers embraced martyrdom in a roadside bomb blast near Wana on Monday.", "strike"),
        ("Explosions rocked an arms depot near Kalinovka overnight, the governor said.", "military_accident"),
        ("Armenian and Azerbaijani soldiers traded small-arms fire near Sotk on Tuesday.", "armed_clash"),
    ],
)
def test_words_of_other_newsrooms_for_known_kinds(sentence: str, expected: str, nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The victims named inside the building the attacker hit.
        (
            "An Israeli tank shelled a house where Israeli paratroopers were resting in Rafah on Monday.",
            "friendly_fire",
        ),
        (
            "A Ukrainian gun crew opened fire on a farmhouse that Ukrainian scouts were holding near Kreminna.",
            "friendly_fire",
        ),
        # A force's own name on both ends.
        (
            "An IDF tank fired at the house where IDF reservists were stationed in Khan Younis on Monday.",
            "friendly_fire",
        ),
        # The target is the army's ally, the attacker the army.
        ("Army helicopters struck a base of the pro-government militia near Loikaw on Friday.", "friendly_fire"),
        (
            "A junta jet bombed a camp of a militia that fights alongside the army near Hpakant on Monday.",
            "friendly_fire",
        ),
        ("Malian soldiers came under fire from a neighbouring Malian unit near Tessit on Monday.", "friendly_fire"),
        (
            "The army admitted that six of its soldiers died in an errant airstrike near Sanaa last week.",
            "friendly_fire",
        ),
        # The ally defended itself against the enemy: a clash.
        (
            "Government-allied fighters said they repelled an assault on their trenches, killing ten attackers.",
            "armed_clash",
        ),
        # Their own counted among the dead of the clash they fought.
        (
            "Loyalist brigades said they repelled an assault on their trenches, killing nine attackers and losing two"
            " of their own fighters.",
            "armed_clash",
        ),
        (
            "The militia said it had beaten back the raid, killing 14 rebels while two of its own men were hurt.",
            "armed_clash",
        ),
        # "allied" beside the enemy's attack is the enemy's target, not a mistake.
        ("Rebels attacked allied militia positions near Marib on Sunday, killing four.", "armed_clash"),
    ],
)
def test_the_sides_of_attacker_and_victim_decide_friendly_fire(sentence: str, expected: str, nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == [expected]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Some thirty assailants died in the ensuing gunfight, the ministry said.",
        "Three soldiers also died, it added.",
        "Nine assailants were neutralised during the counter-attack, the statement said.",
        "Troops killed eleven of the attackers and arrested three, the ministry said.",
    ],
)
def test_a_detail_added_to_the_account_joins_it(follow_up: str, nlp) -> None:
    lede = "Insurgents raided an army camp near Diffa on Saturday, killing seven soldiers."
    found = mentions(f"{lede} {follow_up}", nlp)
    assert [evidence(m) for m in found] == [[lede, follow_up]]


def test_an_added_event_at_a_new_place_is_its_own(nlp) -> None:
    text = (
        "Insurgents raided an army camp near Diffa on Saturday, killing seven soldiers. "
        "Two more soldiers were killed in a drone strike near Bosso, it added."
    )
    assert [m.type for m in mentions(text, nlp)] == ["armed_clash", "strike"]


def test_troops_detaining_a_named_group_is_still_an_arrest(nlp) -> None:
    text = "Israeli troops detained 14 Hamas members in raids near Jenin on Tuesday, the army said."
    assert [m.type for m in mentions(text, nlp)] == ["repression"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Border clashes involving artillery and mortar fire erupted between Kyrgyz and Tajik forces on Friday.",
            "strike",
        ),
        ("Thai and Cambodian troops clashed along the frontier on Thursday, both sides firing rockets.", "strike"),
        ("Israeli and Lebanese soldiers exchanged fire along the border on Tuesday.", "armed_clash"),
        (
            "Infantry assaults backed by artillery were repelled along the front line near Toretsk on Monday.",
            "armed_clash",
        ),
    ],
)
def test_heavy_weapons_across_a_line_are_strikes_small_arms_are_clashes(sentence: str, expected: str, nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shells rained on the outskirts of Kosti on Tuesday, killing nine people, medics said.", "strike"),
        ("Glide bombs pummelled the town of Kurakhove on Thursday, the governor said.", "strike"),
        (
            "A military helicopter went down in the hills near Tunceli on Saturday, killing all seven aboard.",
            "military_accident",
        ),
        ("A sergeant shot dead four comrades at a base near Chita on Monday.", "other"),
        ("The junta hanged three pro-democracy activists last week, state media said.", "repression"),
        ("A FAB-250 bomb fell from a Su-34 onto a garage yard in Belgorod on Thursday.", "accidental_release"),
    ],
)
def test_more_verbs_for_known_kinds(sentence: str, expected: str, nlp) -> None:
    assert [m.type for m in mentions(sentence, nlp)] == [expected]


def test_a_toll_added_at_another_place_is_not_the_same_incident(nlp) -> None:
    text = (
        "Rebels stormed a garrison in Kayah State on Monday, killing six soldiers. "
        "In Sagaing, two soldiers also died, it added."
    )
    assert len(mentions(text, nlp)) == 2
