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
