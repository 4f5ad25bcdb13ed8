"""certainty: evidence (+ context) -> confirmed / reported / alleged / unverified / denied."""

from __future__ import annotations

import pytest

from fogwatch.fields.certainty import assess_certainty
from fogwatch.model import Article, Mention, Sentence

ARTICLE = Article(id="x", text="", outlet="example.com", published="2024-03-01")


def certainty(sentence: str, *context: str, kind: str = "strike") -> str:
    mention = Mention(
        type=kind,
        sentences=[Sentence(0, len(sentence), sentence)],
        confidence=1.0,
        context=[Sentence(0, len(c), c) for c in context],
    )
    return assess_certainty(mention, ARTICLE)


@pytest.mark.parametrize(
    ("sentence", "context", "expected"),
    [
        ("Russian artillery shelled a Ukrainian checkpoint near Kupiansk.", (), "reported"),
        ("Two Ukrainian soldiers died in the blast, the regional governor said.", (), "reported"),
        ("Ukrainian troops allegedly fired on their own convoy near Bakhmut.", (), "alleged"),
        ("The brigade reportedly lost a tank to its own mine.", (), "alleged"),
        ("Forty reservists were said to have walked off the base.", (), "alleged"),
        ("Hamas claimed that Israeli tanks fired on their own infantry.", (), "alleged"),
        ("In another purported friendly fire incident, a helicopter was downed over Kursk.", (), "alleged"),
        (
            "A drone hit a fuel depot in Tambov.",
            ("The claim could not be independently verified.",),
            "unverified",
        ),
        ("A drone hit a fuel depot in Tambov.", ("The outlet was unable to confirm the report.",), "unverified"),
        ("A drone hit a fuel depot in Tambov.", ("We were not able to confirm this with the army.",), "unverified"),
        ("A drone hit a fuel depot in Tambov.", ("The strike has not been independently confirmed.",), "unverified"),
        ("Unconfirmed reports say a frigate was struck off Sevastopol.", (), "unverified"),
        (
            "Both sides blamed each other for the blast; neither claim could be independently verified.",
            (),
            "unverified",
        ),
        (
            "A Russian warplane dropped a bomb on Shebekino.",
            ("The Russian Defence Ministry later admitted the bomb was released by accident.",),
            "confirmed",
        ),
        ("Israel's military acknowledged that its tank fired on the hostages.", (), "confirmed"),
        ("The unit commander confirmed that the army lost two tanks near Marinka.", (), "confirmed"),
        (
            "Drone footage shows an armoured column firing on its own trenches.",
            ("The ministry dismissed the video as a fake.",),
            "denied",
        ),
        ("Kyiv denied that its troops had shelled the market.", (), "denied"),
        ("A missile struck the port, but the Kremlin called the reports false.", (), "denied"),
    ],
)
def test_cues_give_the_code(sentence, context, expected):
    assert certainty(sentence, *context) == expected


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        # a hedge in a neighbouring sentence usually hedges something else
        ("Ukrainian forces struck a depot in Tokmak.", ("Russia claimed it had intercepted most of the missiles.",)),
        # the hedge is on the charge, not on the arrest
        ("Police detained a teacher in Tula for allegedly praising the Ukrainian army.", ()),
        ("Hamas claimed responsibility for the rocket attack on Ashkelon.", ()),
        ("The shelling claimed the lives of four civilians.", ()),
        # a victim's loss, not a denial
        ("Wounded prisoners were denied medical care after the raid.", ()),
        # a resident is no authority
        ("A resident confirmed that the school was hit.", ()),
        # a party's silence leaves it reported
        ("A drone hit a fuel depot in Tambov.", ("The army has not confirmed the losses.",)),
        ("A drone hit a fuel depot in Tambov.", ("The governor declined to confirm the damage.",)),
        # a context sentence that opens another topic speaks of another event
        ("A Su-24 crashed near Saky.", ("Meanwhile, officials denied claims that a radar had been destroyed.",)),
        # a habit of denying is no denial of this report
        ("A drone hit a bus near Gondar.", ("The government has in the past denied targeting civilians.",)),
        # hedges that weigh a cause or a reason, not the event
        ("A Su-25 crashed near Yeysk; a technical fault was the likely cause.", ()),
        ("A tank fired on its own infantry, apparently mistaking them for the enemy.", ()),
    ],
)
def test_look_alikes_stay_reported(sentence, context):
    assert certainty(sentence, *context) == "reported"


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        # a denial wins: the record is contested
        (("Ukraine's army confirmed the strike.", "Moscow denied any damage."), "denied"),
        # an authority's confirmation settles what the outlet could not verify
        (("Reuters could not verify the footage.", "The General Staff later confirmed the strike."), "confirmed"),
        # "neither confirmed nor denied" is no denial
        (("The ministry neither confirmed nor denied the report.",), "unverified"),
        # an explicit failure to verify says more than a hedge
        (("The outlet could not verify the account.",), "unverified"),
    ],
)
def test_precedence_when_several_codes_apply(context, expected):
    assert certainty("A bridge near Zatoka was reportedly hit by a missile.", *context) == expected


def test_a_sides_own_authority_reporting_self_harm_is_an_admission():
    text = "Two Israeli soldiers were killed when an Israeli tank fired on their position, the Israeli military said."
    assert certainty(text, kind="friendly_fire") == "confirmed"
    # the same words about the other side's losses stay a claim
    text = "Two Russian soldiers were killed by a Russian mine, the Ukrainian military said."
    assert certainty(text, kind="friendly_fire") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        # an armed group claiming or "confirming" its own attack is making a claim, not admitting one
        "Hezbollah confirmed it fired rockets at an Israeli military post near Metula.",
        "The Houthis took responsibility for the missile strike on a tanker in the Red Sea.",
        "Fano fighters ambushed an army convoy near Bahir Dar, the group confirmed.",
        "Al-Shabaab claimed responsibility for the bombing, saying its fighters killed 20 soldiers.",
        "M23 rebels confirmed they had captured the town.",
        "The RSF admitted that its fighters had shelled the camp.",
    ],
)
def test_a_claim_of_responsibility_is_never_confirmed(sentence):
    assert certainty(sentence) != "confirmed"


def test_a_present_tense_claim_is_a_hedge():
    assert certainty("Hezbollah claims drone attack on an Israeli army base near Safed.") == "alleged"


@pytest.mark.parametrize(
    "sentence",
    [
        "A US Navy cruiser shot down a US fighter jet, the Navy acknowledging the error in a statement.",
        "The Nigerian Air Force conceded that its jet had bombed the village by mistake.",
        "The Pakistani army owned up to the mistaken strike on its own border post.",
        "The Colombian army took responsibility for the deaths of three soldiers hit by its own mortar.",
        "The defence ministry apologised for the errant bomb that fell on the village.",
        "Two Israeli soldiers were wounded by a rocket, the army confirmed.",
        # a state named by its country, capital or forces is an authority
        "The Myanmar junta admitted its jets had bombed the monastery by mistake.",
        "The Tatmadaw acknowledged that a bomb fell on its own base.",
        "Washington owned up to the strike that killed ten civilians in Kabul.",
    ],
)
def test_an_authority_owning_up_to_a_mistake_confirms_it(sentence):
    assert certainty(sentence, kind="friendly_fire") == "confirmed"


@pytest.mark.parametrize(
    ("sentence", "context", "expected"),
    [
        # the denial is of another claim: the hedge stands
        (
            "A drone reportedly hit a hospital in Sumy.",
            ("Moscow denied reports that its troops had withdrawn from Kherson.",),
            "alleged",
        ),
        (
            "Militants allegedly attacked a convoy near Kidal.",
            ("The army denied claims that it had executed prisoners in Gao.",),
            "alleged",
        ),
        (
            "Shells allegedly landed on a camp in Goma, the army said, while denying that its troops entered Rutshuru.",
            (),
            "alleged",
        ),
        # the denial is of this event, by pronoun, by generic words or by the words it shares with the evidence
        ("A drone reportedly hit a hospital in Sumy.", ("The Russian military denied it.",), "denied"),
        # a class word stands for this event's weapon
        ("ISWAP claims it shot down a helicopter near Marte.", ("The army denied losing any aircraft.",), "denied"),
        ("A drone reportedly hit a hospital in Sumy.", ("Moscow denied targeting the hospital.",), "denied"),
        (
            "The RSF allegedly shelled the main market in El Fasher.",
            ("The RSF denied shelling the market and called the accusation propaganda.",),
            "denied",
        ),
    ],
)
def test_a_denial_counts_only_for_this_event(sentence, context, expected):
    assert certainty(sentence, *context) == expected


def test_sources_and_actors_found_before_are_used_as_given():
    from fogwatch.model import Actor, Source

    text = "Two soldiers died when a shell fell short of its target."
    mention = Mention(type="friendly_fire", sentences=[Sentence(0, len(text), text)], confidence=1.0)
    army = Source(name="Estonian army", kind="military", quote="the Estonian army said")
    troops = Actor(text="Estonian soldiers", role="target", side="EE", kind="military")
    assert assess_certainty(mention, ARTICLE, [army], [troops]) == "confirmed"
    assert assess_certainty(mention, ARTICLE, [], [troops]) == "reported"


def _in_article(*texts: str) -> tuple[Mention, Article]:
    """The first text is the evidence; the rest follow it in the article."""
    text = " ".join(texts)
    first = Sentence(0, len(texts[0]), texts[0])
    return Mention(type="refusal_to_fight", sentences=[first], confidence=1.0), Article(id="x", text=text)


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        ("Their account could not be independently verified.", "unverified"),
        ("The paper was unable to verify the soldiers' account.", "unverified"),
        ("We were not able to confirm this with the ministry.", "unverified"),
        # another event follows: the note is about that one
        ("In Belgorod, a drone hit a bus; the claim could not be verified.", "reported"),
        # a note without a word pointing back
        ("Casualty figures from the front cannot be verified.", "reported"),
    ],
)
def test_a_note_right_after_the_evidence_speaks_of_it(following, expected):
    mention, article = _in_article(
        "About 40 reservists refused to board the trains in Chita, their wives said.", following
    )
    assert assess_certainty(mention, article) == expected


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        ("Moscow denied that its jet had touched the drone, saying it fell after a sharp turn.", "denied"),
        # a denial of something else
        ("Moscow denied that its troops had shelled Nikopol.", "reported"),
        # another event comes first: the denial in it is that event's
        ("Later, a missile struck Odesa, though Russia denied hitting any drone.", "reported"),
    ],
)
def test_a_denial_right_after_the_evidence_denies_it_when_it_denies_this_event(following, expected):
    first = "A Russian jet clipped a US surveillance drone over the Black Sea, forcing it down, the Pentagon said."
    text = f"{first} {following}"
    mention = Mention(type="military_accident", sentences=[Sentence(0, len(first), first)], confidence=1.0)
    assert assess_certainty(mention, Article(id="x", text=text)) == expected


def _told_by(sentence: str, speaker: str, quote: str, kind: str = "military_accident", source_kind: str = "military"):
    from fogwatch.model import Source

    mention = Mention(type=kind, sentences=[Sentence(0, len(sentence), sentence)], confidence=1.0)
    return assess_certainty(mention, ARTICLE, [Source(name=speaker, kind=source_kind, quote=quote)], [])


@pytest.mark.parametrize(
    ("sentence", "speaker", "quote", "kind", "expected"),
    [
        # a force telling of its own mishap admits it, even when the text names no side
        (
            "The navy said one of its patrol boats ran aground off Bodo.",
            "navy",
            "The navy said",
            "military_accident",
            "confirmed",
        ),
        (
            "A transport plane skidded off the runway at Kano, the air force said.",
            "air force",
            "the air force said",
            "military_accident",
            "confirmed",
        ),
        (
            "Two of our soldiers died when a shell fell short, the army said.",
            "army",
            "the army said",
            "friendly_fire",
            "confirmed",
        ),
        # the one side the text names is taken for the speaker's
        (
            "A Chilean army truck overturned near Arica, killing two, the army said.",
            "army",
            "the army said",
            "military_accident",
            "confirmed",
        ),
        # the mishap of another side: a claim about the enemy
        (
            "The Ukrainian military said a Russian drone crashed into a field in Moldova.",
            "Ukrainian military",
            "The Ukrainian military said",
            "military_accident",
            "reported",
        ),
        # a governor is no force, and one officer is not the force speaking
        (
            "A missile from an air defence battery fell on a street in Rossosh, the governor said.",
            "governor",
            "the governor said",
            "accidental_release",
            "reported",
        ),
        (
            "Three recruits died when a grenade went off at a camp near Garissa, an army officer said.",
            "army officer",
            "an army officer said",
            "military_accident",
            "reported",
        ),
        # a force named by its acronym
        (
            "A Pakistani Air Force trainer crashed near Mianwali, the PAF said.",
            "PAF",
            "the PAF said",
            "military_accident",
            "confirmed",
        ),
        # a force claiming the enemy's mishap is making a charge (a hedge), not an admission
        (
            "A junta gun shelled its own troops near Kyaukme, the resistance command claimed.",
            "resistance command",
            "the resistance command claimed",
            "friendly_fire",
            "alleged",
        ),
        # losses need a sign of ownership: "the army said 20 militants died" tells of the enemy's
        ("Twenty militants were killed near Buni Yadi, the army said.", "army", "the army said", "losses", "reported"),
        (
            "Twelve of its fighters were killed in a week, the army said.",
            "army",
            "the army said",
            "losses",
            "confirmed",
        ),
    ],
)
def test_a_force_telling_of_its_own_mishap_admits_it(sentence, speaker, quote, kind, expected):
    assert _told_by(sentence, speaker, quote, kind) == expected


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        # denying a part in it, or a figure of it, leaves the event standing
        ("The rebels denied any involvement in the bombing.", "reported"),
        ("The group denied responsibility and blamed the army.", "reported"),
        ("The army denied the death toll, saying only fighters died.", "reported"),
        ("The ministry disputed the figures given by the hospital.", "reported"),
        # denying the event itself
        ("The army denied that any bomb had fallen on the market.", "denied"),
        # the denial belongs to the other event the sentence tells first
        ("A shell also hit a clinic in Beni, which the army denied.", "reported"),
    ],
)
def test_a_denial_of_a_part_a_figure_or_another_event_is_no_denial(context, expected):
    assert certainty("A car bomb exploded at the market in Bunia, killing nine.", context) == expected


def _article_of(*texts: str) -> tuple[list[Sentence], Article]:
    sentences, start = [], 0
    for text in texts:
        sentences.append(Sentence(start, start + len(text), text))
        start += len(text) + 1
    return sentences, Article(id="x", text=" ".join(texts))


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # the sentence right after the evidence continues its claim
        ("Their account could not be verified.", "unverified"),
        # further off, the note is about another claim of the article
        ("Schools in the town stayed shut on Tuesday.", "reported"),
    ],
)
def test_a_verification_note_speaks_only_of_the_claim_right_before_it(note, expected):
    sentences, article = _article_of(
        "Rebels shot down an army helicopter near Kalemie, the governor said.",
        note,
        "Residents said the market had reopened.",
        "The rebels also said they had taken two villages, which could not be verified.",
    )
    notes = [s for s in sentences[1:] if "verified" in s.text]
    mention = Mention(type="strike", sentences=[sentences[0]], confidence=1.0, context=notes)
    assert assess_certainty(mention, article) == expected


def test_a_hedge_on_a_detail_around_the_event_leaves_it_reported():
    sentences, article = _article_of(
        "Two soldiers died in an explosion at an arms depot near Kursk, a regional official said.",
        "Unverified posts claimed a drone had been seen shortly before the blast.",
    )
    mention = Mention(type="military_accident", sentences=sentences, confidence=1.0)
    assert assess_certainty(mention, article) == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "A missile struck a school in Kharkiv, killing four, the mayor said; separately, Moscow denied that its jets "
        "had bombed a hospital in Sumy.",
        "Drones struck an oil depot in Bryansk overnight, the governor said; meanwhile, an unverified report claimed "
        "a frigate had been sunk near Novorossiysk.",
    ],
)
def test_the_other_part_of_a_sentence_telling_two_events_hedges_only_its_own(sentence):
    assert certainty(sentence) == "reported"
