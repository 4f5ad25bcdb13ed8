"""cues: the cue table in data/cues.toml, read into Cue records, on invented sentences."""

from __future__ import annotations

import re
import tomllib

import pytest

from fogwatch import cues
from fogwatch.model import INCIDENT_TYPES


def matching_types(sentence: str) -> dict[str, float]:
    """Each type whose cues match the sentence (required present, forbidden absent), with its strongest weight."""
    low = sentence.lower()
    found: dict[str, float] = {}
    for cue in cues.TYPE_CUES:
        allowed = (cue.required is None or cue.required.search(low)) and not (
            cue.forbidden and cue.forbidden.search(low)
        )
        if allowed and cue.pattern.search(low):
            found[cue.type] = max(found.get(cue.type, 0.0), cue.weight)
    return found


def test_every_row_of_the_table_is_a_compiled_cue() -> None:
    rows = tomllib.loads(cues.CUE_TABLE.read_text("utf-8"))["cue"]
    assert len(cues.TYPE_CUES) == len(rows) > 50
    for row, cue in zip(rows, cues.TYPE_CUES, strict=True):
        assert cue.type == row["type"] in INCIDENT_TYPES
        assert 0.0 < cue.weight <= 1.0
        for compiled in (cue.pattern, cue.required, cue.forbidden):
            # Every {FRAGMENT} was replaced; none is left to be read as a literal brace.
            assert compiled is None or not re.search(r"\{[A-Z]", compiled.pattern)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two conscripts refused to deploy to the front after their training ended.", "refusal_to_fight"),
        ("The patrol came under friendly fire from an allied gunship at dusk.", "friendly_fire"),
        ("A navy transport helicopter crashed into the bay on Thursday.", "military_accident"),
        ("Police arrested a blogger who had mocked the call-up.", "repression"),
        ("The air force reported an emergency jettison of two bombs over the reservoir.", "accidental_release"),
        ("Militants took three engineers hostage at the dam.", "other"),
    ],
)
def test_a_phrase_points_to_its_type(sentence: str, expected: str) -> None:
    found = matching_types(sentence)
    assert max(found, key=found.__getitem__) == expected


def test_an_accident_word_counts_only_without_an_adversary() -> None:
    # The same overturned truck: an accident on its own, not one when a drone is named beside it.
    assert "military_accident" in matching_types("An army ammunition truck overturned on the pass road.")
    assert "military_accident" not in matching_types("An army ammunition truck overturned after a drone hit it.")


def test_own_troops_are_a_friendly_fire_cue_only_beside_a_verb_of_firing() -> None:
    assert "friendly_fire" not in matching_types("The brigade moved its own artillery behind the ridge.")
    assert "friendly_fire" in matching_types("The brigade shelled its own artillery behind the ridge.")


def test_a_table_naming_an_unknown_fragment_fails_with_the_known_ones() -> None:
    table = "[fragments]\nVERB = 'hit'\n\n[[cue]]\ntype = 'strike'\nweight = 0.5\npattern = '{NOUN}'\n"
    with pytest.raises(ValueError, match=r"unknown fragment \{NOUN\}; known: VERB"):
        cues.load_table(table)


def test_a_table_naming_an_unknown_type_fails_with_the_accepted_ones() -> None:
    table = "[fragments]\n\n[[cue]]\ntype = 'raid'\nweight = 0.5\npattern = 'raid'\n"
    with pytest.raises(ValueError, match=r"unknown type 'raid'; accepted: friendly_fire, "):
        cues.load_table(table)


def test_a_fragment_expands_in_place_and_a_quantifier_stays() -> None:
    fragments, (cue,) = cues.load_table(
        "[fragments]\nVERB = 'shell(?:ed|ing)'\n\n[[cue]]\ntype = 'strike'\nweight = 0.7\n"
        "pattern = ['\\b{VERB}\\b', ' (?:\\w+ ){0,2}town']\n"
    )
    assert fragments == {"VERB": "shell(?:ed|ing)"}
    assert cue.pattern.pattern == r"\bshell(?:ed|ing)\b (?:\w+ ){0,2}town"
    assert cue.required is None and cue.forbidden is None


def test_a_row_without_a_pattern_fails_with_the_row() -> None:
    with pytest.raises(ValueError, match=r"a row without pattern: \{'type': 'strike', 'weight': 0.5\}"):
        cues.load_table("[fragments]\n\n[[cue]]\ntype = 'strike'\nweight = 0.5\n")
