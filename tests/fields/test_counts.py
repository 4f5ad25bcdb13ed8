"""Count phrases -> (field, value, qualifier)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogwatch.fields.counts import counts_in, find_counts, parse_number
from fogwatch.model import Mention, Sentence


def counts_of(*texts: str, context: tuple[str, ...] = ()):
    def sentences(items):
        return [Sentence(0, len(t), t) for t in items]

    return find_counts(Mention(type="strike", sentences=sentences(texts), confidence=1.0, context=sentences(context)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A rocket hit the barracks, killing three conscripts.", [("killed", 3, "exact")]),
        ("Shelling killed 14 civilians in the market.", [("killed", 14, "exact")]),
        ("The strike killed 12 in the town.", [("killed", 12, "exact")]),
        (
            "Nine marines were killed and 21 more were injured by the mine.",
            [("killed", 9, "exact"), ("wounded", 21, "exact")],
        ),
        ("At least 18 people died when the ammunition train exploded.", [("killed", 18, "at_least")]),
        ("More than 200 troops were killed in the assault.", [("killed", 200, "at_least")]),
        ("Over 40 recruits were hurt.", [("wounded", 40, "at_least")]),
        ("Nearly 30 servicemen were wounded.", [("wounded", 30, "up_to")]),
        ("As many as 15 sailors are feared dead.", [("killed", 15, "up_to")]),
        ("Around twenty-five fighters were slain.", [("killed", 25, "about")]),
        ("Some 1,200 soldiers lost their lives in the siege.", [("killed", 1200, "about")]),
        ("A dozen gunners were wounded.", [("wounded", 12, "exact")]),
        ("The death toll rose to 31 on Sunday.", [("killed", 31, "exact")]),
        ("Officials gave a death toll of at least 8.", [("killed", 8, "at_least")]),
        ("A conscript was killed by the blast.", [("killed", 1, "exact")]),
        ("Eighty reservists refused to board the buses.", [("participants", 80, "exact")]),
        ("Up to 45 members of the battalion deserted.", [("participants", 45, "up_to")]),
        ("About 300 mobilised men protested outside the barracks.", [("participants", 300, "about")]),
        # the named leader and "N other" / "N of his" men
        (
            "The battalion lost its deputy commander, Maj. Ivan Petrov, and 17 other soldiers.",
            [("killed", 18, "exact")],
        ),
        ("Lieutenant Orlov and nine of his men refused the order.", [("participants", 10, "exact")]),
        ("Two officers and 14 other soldiers deserted.", [("participants", 16, "exact")]),
        ("Five sappers were killed and two others were wounded.", [("killed", 5, "exact"), ("wounded", 2, "exact")]),
        # conjoined groups add up; "both" is two; a singular victim is one
        ("A firefight in which three guards and nine raiders died.", [("killed", 12, "exact")]),
        ("The trainer jet crashed, killing both pilots.", [("killed", 2, "exact")]),
        ("Both crew members were killed.", [("killed", 2, "exact")]),
        ("The boat capsized, killing all four sailors aboard.", [("killed", 4, "exact")]),
        ("The helicopter went down, killing its three crew members.", [("killed", 3, "exact")]),
        ("The jeep overturned, killing the driver.", [("killed", 1, "exact")]),
        ("A shell hit the yard, wounding an elderly man and his daughter.", [("wounded", 2, "exact")]),
        ("A reservist from the northern brigade was also killed.", [("killed", 1, "exact")]),
        ("The raid killed between 14 and 19 people.", [("killed", 14, "at_least")]),
        ("The number of civilians killed in the strike has risen to 22.", [("killed", 22, "exact")]),
        ("Gunners fired on the raiders, killing two of them.", [("killed", 2, "exact")]),
        (
            "A salvo hit the village, killing 6 farmers and wounding 11.",
            [("killed", 6, "exact"), ("wounded", 11, "exact")],
        ),
        ("Some 70 cadets, most of them first-year students, refused the order.", [("participants", 70, "about")]),
        ("Nineteen marines left their positions without orders.", [("participants", 19, "exact")]),
        # a number word that counts another group ends the subject; one that counts units does not
        (
            "Troops beat back three armoured columns, the unit said, adding that nine attackers were killed.",
            [("killed", 9, "exact")],
        ),
        ("About 150 conscripts from two rifle companies abandoned their posts.", [("participants", 150, "about")]),
    ],
)
def test_count_phrase(sentence, expected):
    assert [(f, c.value, c.qualifier) for f, c in counts_in(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The 155mm shells fell on the 72nd Brigade in 2023.",
        "Su-34 jets and 2S19 guns were seen; nobody knows how many.",
        "A 45-year-old driver was questioned on March 3.",
        "Two days after the raid, the shop reopened.",
        "Twenty were killed or wounded.",
        "The regiment lost about 90 men killed and wounded in a month.",
        "Medics carried two of the wounded to the road.",
        "No one was hurt.",
        "Dozens of residents were injured.",
        "The barrage killed hundreds of soldiers.",
    ],
)
def test_numbers_that_are_not_counts(sentence):
    assert counts_in(sentence) == []


def test_quote_is_the_phrase_the_count_came_from():
    ((field, count),) = counts_in("Officials said a missile struck the depot, killing at least 6 guards overnight.")
    assert (field, count.quote) == ("killed", "killing at least 6 guards")


def test_first_sentence_with_a_count_wins():
    got = counts_of("Up to 50 soldiers refused to advance.", "At least 50 soldiers refused, a second report said.")
    assert (got.participants.value, got.participants.qualifier) == (50, "up_to")


def test_a_vague_amount_leaves_the_field_to_a_later_number():
    got = counts_of("Dozens of soldiers were killed.", "The ministry later said 31 soldiers were killed.")
    assert (got.killed.value, got.killed.qualifier) == (31, "exact")


def test_explicit_zero_only_without_a_positive_count():
    got = counts_of("A bomb fell on the square.", "Officials said there were no casualties.")
    assert (got.killed.value, got.wounded.value, got.killed.qualifier) == (0, 0, "exact")
    got = counts_of("Four guards were wounded.", "No one was killed.")
    assert (got.killed.value, got.wounded.value) == (0, 4)


def test_context_sentences_are_a_fallback():
    got = counts_of("A drone hit the convoy.", context=("Seven soldiers were killed, the channel said.",))
    assert got.killed.value == 7
    assert counts_of("A drone hit the convoy.").killed is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("7", 7), ("2,450", 2450), ("eleven", 11), ("forty-two", 42), ("ninety nine", 99), ("a hundred", 100),
     ("three hundred", 300), ("a dozen", 12), ("scores", 40), ("thousands", 2000)],
)  # fmt: skip
def test_parse_number(phrase, value):
    assert parse_number(phrase)[0] == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside between the number and the verb, numbers and all
        ("Nine villagers, including two children, were killed when the shell landed.", [("killed", 9, "exact")]),
        ("Eleven fishermen (four of them teenagers) were killed on the lake.", [("killed", 11, "exact")]),
        ("Six aid workers -- among them two drivers -- died in the ambush.", [("killed", 6, "exact")]),
        ("Seven people, three of them children, were wounded.", [("wounded", 7, "exact")]),
        ("Fifteen miners, most of them from the same village, perished.", [("killed", 15, "exact")]),
        # adverbs before the verb, intransitive verbs, one group of two nouns
        ("Three guards were lightly wounded.", [("wounded", 3, "exact")]),
        ("Four conscripts later died of their wounds in hospital.", [("killed", 4, "exact")]),
        ("At least 31 passengers and crew died when the ferry was hit.", [("killed", 31, "at_least")]),
        ("Twelve sailors and officers lost their lives.", [("killed", 12, "exact")]),
        # one victim each, however phrased
        ("Another gunner was critically wounded in the same blast.", [("wounded", 1, "exact")]),
        ("A paramedic died on the way to hospital.", [("killed", 1, "exact")]),
        (
            "The drone killed an elderly farmer and wounded eight people at the market.",
            [("killed", 1, "exact"), ("wounded", 8, "exact")],
        ),
        ("Two marines were killed and another was wounded.", [("killed", 2, "exact"), ("wounded", 1, "exact")]),
        ("Five sappers lost their lives and seven were wounded.", [("killed", 5, "exact"), ("wounded", 7, "exact")]),
        # a unit's ordinal is no count; object groups add up; tolls of the wounded
        ("Ten gunners from the 44th brigade, including their captain, were killed.", [("killed", 10, "exact")]),
        ("Jets killed 12 fighters and two commanders near the river.", [("killed", 14, "exact")]),
        ("The drone strike killed the colonel and two of his bodyguards.", [("killed", 3, "exact")]),
        ("The blast killed a total of 14 people.", [("killed", 14, "exact")]),
        ("The number of injured has climbed to 25.", [("wounded", 25, "exact")]),
    ],
)
def test_counts_far_from_the_verb(sentence, expected):
    assert [(f, c.value, c.qualifier) for f, c in counts_in(sentence)] == expected


def test_counts_are_read_from_every_evidence_sentence():
    got = counts_of(
        "A glide bomb hit a hospital in Kupiansk, killing four patients.", "Three nurses were lightly hurt."
    )
    assert (got.killed.value, got.wounded.value) == (4, 3)


def test_a_later_exact_figure_refines_a_hedged_one_but_not_a_part_of_it():
    got = counts_of("At least five fighters were killed in the ambush.", "The militia later said seven fighters died.")
    assert (got.killed.value, got.killed.qualifier) == (7, "exact")
    got = counts_of("At least 12 people were killed in the shelling.", "Two children were killed in their home.")
    assert (got.killed.value, got.killed.qualifier) == (12, "at_least")
    got = counts_of("Nine people were killed in the raid.", "Officials later said about 10 people died.")
    assert got.killed.value == 9


@pytest.mark.parametrize(
    "context",
    [
        "On Sunday, shelling killed three people in a village, the governor said; this could not be verified.",
        "Separately, six soldiers were killed near Bakhmut, a claim that could not be verified.",
        "In another attack, four guards were wounded, the channel said, though this could not be verified.",
    ],
)
def test_a_context_sentence_about_another_event_gives_no_count(context):
    got = counts_of("A drone hit a minibus near Kherson on Monday.", context=(context,))
    assert (got.killed, got.wounded) == (None, None)


def test_a_context_sentence_about_the_same_event_is_a_fallback():
    got = counts_of(
        "A drone hit a minibus near Kherson on Monday.",
        context=("Medics said five passengers were killed on Monday, a figure that could not be verified.",),
    )
    assert got.killed.value == 5


_WORDS = ["nine", "people", ",", "including", "two", "children", "were", "killed", "lightly", "wounded", "and",
          "crew", "died", "(", ")", "--", "At least", "22", "passengers", "a", "soldier", "another", "was", "the",
          "number of injured", "rose to", "killing", "of his", "155th", "brigade", "lost", "their lives",
          "."]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_counts_quoted_from_it(words):
    text = " ".join(words)
    for _, count in counts_in(text):
        assert count.value >= 0 and count.quote and count.quote in text
