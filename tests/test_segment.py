"""segment.split: sentences with exact offsets, abbreviations and quotes handled."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogwatch.segment import split


def texts(text: str) -> list[str]:
    return [s.text for s in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone hit a depot. Two guards were hurt.", ["A drone hit a depot.", "Two guards were hurt."]),
        # Lines are paragraphs: a line break always ends a sentence, even without a stop.
        ("Shelling resumed\nThe mayor spoke.", ["Shelling resumed", "The mayor spoke."]),
        # Ranks and titles before names do not end a sentence.
        (
            "Col. Ivan Petrenko and Gen. Amir Said met Lt. Dara Moe.",
            ["Col. Ivan Petrenko and Gen. Amir Said met Lt. Dara Moe."],
        ),
        ("The U.S. Army said so. Others did not.", ["The U.S. Army said so.", "Others did not."]),
        ("It was ranked No. 1 in the region. Then it fell.", ["It was ranked No. 1 in the region.", "Then it fell."]),
        # Decimals and initials.
        (
            "The blast measured 3.5 on the scale. J. R. Okafor saw it.",
            ["The blast measured 3.5 on the scale.", "J. R. Okafor saw it."],
        ),
        # A quote closing after the stop stays with its sentence.
        (
            'He said: "We will not go." The unit was disbanded.',
            ['He said: "We will not go."', "The unit was disbanded."],
        ),
        ("She called it “a disaster.” Nobody answered.", ["She called it “a disaster.”", "Nobody answered."]),
        ("Why now? Nobody knows!", ["Why now?", "Nobody knows!"]),
        # A lowercase word after a stop is not a new sentence (links, ellipses in posts).
        ("Watch it here: pic.twitter.com/abc Did you? yes.", ["Watch it here: pic.twitter.com/abc Did you? yes."]),
        ("1. Kherson: a drone hit a bus. Two died.", ["1. Kherson: a drone hit a bus.", "Two died."]),
        ("They fired 12. Then 14 more.", ["They fired 12.", "Then 14 more."]),
        ("", []),
        ("  \n \n", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_index_the_text_and_skip_whitespace() -> None:
    text = "  First one.   Second one.\n\n  Third, on its own line.  "
    sentences = split(text)
    assert [text[s.start : s.end] for s in sentences] == ["First one.", "Second one.", "Third, on its own line."]
    assert all(s.text == s.text.strip() for s in sentences)


@given(st.text(alphabet=st.sampled_from(list('ab .?!\n"”A1')), max_size=80))
def test_offsets_are_exact_for_any_text(text: str) -> None:
    previous_end = 0
    for s in split(text):
        assert text[s.start : s.end] == s.text
        assert s.text.strip() == s.text != ""
        assert s.start >= previous_end
        previous_end = s.end
