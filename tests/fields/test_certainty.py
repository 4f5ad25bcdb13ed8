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
