"""Count phrases -> (field, value, qualifier)."""

import pytest

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
        ("Dozens of residents were injured.", [("wounded", 24, "about")]),
        ("Hundreds of soldiers were killed.", [("killed", 200, "about")]),
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
        "No one was hurt.",
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


def test_a_precise_later_count_replaces_a_vague_one():
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
