"""actors: sentence -> perpetrators, targets and participants with side and kind."""

from __future__ import annotations

import pytest

from fogwatch.fields.actors import country_of, find_actors, side_of
from fogwatch.model import Article, Mention, Sentence

ARTICLE = Article(id="x", text="", outlet="example.com", published="2024-03-01")


def actors(text: str, nlp=None) -> list[tuple[str, str, str | None, str]]:
    sentence = Sentence(0, len(text), text, doc=nlp(text) if nlp else None)
    found = find_actors(Mention(type="strike", sentences=[sentence], confidence=1.0), ARTICLE)
    return [(a.text, a.role, a.side, a.kind) for a in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russian artillery shelled Ukrainian positions near Bakhmut.",
            [
                ("Russian artillery", "perpetrator", "RU", "military"),
                ("Ukrainian positions", "target", "UA", "military"),
            ],
        ),
        (
            "Two Israeli soldiers were killed by their own tank crew.",
            [
                ("Two Israeli soldiers", "target", "IL", "military"),
                ("their own tank crew", "perpetrator", "IL", "military"),
            ],
        ),
        (
            "RSF fighters attacked civilians in El Fasher.",
            [("RSF fighters", "perpetrator", "SD", "armed_group"), ("civilians", "target", None, "civilian")],
        ),
        (
            "Rosgvardia officers detained two journalists in Moscow.",
            [("Rosgvardia officers", "perpetrator", "RU", "security"), ("two journalists", "target", None, "media")],
        ),
        (
            "Forty Ukrainian conscripts refused to advance.",
            [("Forty Ukrainian conscripts", "participant", "UA", "military")],
        ),
        (
            "Clashes between Ethiopian troops and Fano militiamen broke out near Gondar.",
            [
                ("Ethiopian troops", "participant", "ET", "military"),
                ("Fano militiamen", "participant", "ET", "armed_group"),
            ],
        ),
        (
            "Al-Shabaab gunmen stormed a police station in Baidoa.",
            [("Al-Shabaab gunmen", "perpetrator", "SO", "armed_group")],
        ),
        (
            "A Belarusian air defence crew fired at its own helicopter.",
            [
                ("A Belarusian air defence crew", "perpetrator", "BY", "military"),
                ("its own helicopter", "target", "BY", "military"),
            ],
        ),
    ],
)
def test_roles_from_the_parse(nlp, sentence, expected):
    assert actors(sentence, nlp) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russian troops shelled their own positions.",
            [("Russian troops", "perpetrator", "RU", "military"), ("their own positions", "target", "RU", "military")],
        ),
        (
            "Nine Ukrainian soldiers were wounded by Russian drones.",
            [
                ("Nine Ukrainian soldiers", "target", "UA", "military"),
                ("Russian drones", "perpetrator", "RU", "military"),
            ],
        ),
        ("Sixty paratroopers refused to deploy.", [("Sixty paratroopers", "participant", None, "military")]),
    ],
)
def test_roles_without_a_parse(sentence, expected):
    assert actors(sentence) == expected


def test_things_that_are_not_actors_are_left_out(nlp):
    assert actors("The explosion destroyed a warehouse and a crater appeared.", nlp) == []


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("Russian paratroopers", "RU"),
        ("Ukraine's 47th Brigade", "UA"),
        ("Hamas gunmen", "PS"),
        ("Wagner mercenaries", "RU"),
        ("North Korean soldiers", "KP"),
        ("unidentified gunmen", None),
    ],
)
def test_side_from_demonyms_countries_and_named_forces(phrase, side):
    assert side_of(phrase) == side


def test_country_names_come_from_the_gazetteer_of_countries():
    assert country_of("Sudan") == "SD"
    assert country_of("Moldova's") == "MD"
