"""Embedded posts found in scraped lines. Every sample post below is invented."""

import pytest

from fogwatch.embeds import EmbedLines, find_embeds, parse_date, parse_signature_date, tweet_signature


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("— Field Watcher (@fieldwatcher) August 12, 2023", ("@fieldwatcher", "2023-08-12")),
        ("— Olha P. (@olha_maps) Feb 3, 2024", ("@olha_maps", "2024-02-03")),
        ("— maps@bsky.social (@maps_daily) Sept. 9, 2022", ("@maps_daily", "2022-09-09")),
        ("- Watch Desk (@watchdesk) March 30, 2021", ("@watchdesk", "2021-03-30")),
        ("— @frontnotes May 1, 2023", ("@frontnotes", "2023-05-01")),
        ("The account (@frontnotes) posted a video on May 1, 2023.", None),
        ("Rescuers worked through the night.", None),
    ],
)
def test_tweet_signature(line, expected):
    assert tweet_signature(line) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("November 3, 2023", "2023-11-03"),
        ("Nov 3, 2023", "2023-11-03"),
        ("Nov. 3, 2023", "2023-11-03"),
        ("3 Nov", None),
    ],
)
def test_parse_signature_date(text, iso):
    assert parse_signature_date(text) == iso


def test_tweet_spans_its_text_and_signature_but_not_the_paragraph_before():
    lines = [
        "Residents filmed the fire from several streets away, and the footage spread quickly online that evening.",
        "Huge smoke column over the depot, seen from the highway pic.twitter.com/Ab12Cd",
        "— Field Watcher (@fieldwatcher) August 12, 2023",
        "Officials later said the fire had been contained.",
    ]
    assert find_embeds(lines) == [EmbedLines("tweet", "@fieldwatcher", "2023-08-12", 1, 2)]


def test_post_line_moved_below_the_signature_stays_in_the_post():
    lines = [
        "A gunner explains how his crew picks targets at night.",
        "— Front Notes (@frontnotes) June 2, 2023",
        "Short clip.",
        "Watch until the end pic.twitter.com/Zz99Yy",
        "The ministry did not comment on the video, which could not be verified independently.",
    ]
    assert find_embeds(lines) == [EmbedLines("tweet", "@frontnotes", "2023-06-02", 0, 3)]


def test_headline_above_a_post_is_not_part_of_it():
    lines = [
        "Drone footage appeared to show the strike on the bridge, which the army later confirmed in a statement.",
        "Navy Loses Second Patrol Boat In A Month",
        "Мост после удара, видео с места.",
        "— Bridge Watch (@bridgewatch) July 4, 2023",
    ]
    assert find_embeds(lines) == [EmbedLines("tweet", "@bridgewatch", "2023-07-04", 2, 3)]


def test_telegram_post_closed_by_its_link():
    lines = [
        "The brigade posted a short statement on its channel:",
        "Enemy assault group stopped at the river, two armoured vehicles hit.",
        "https://t.me/brigade_east/4512",
        "Fighting continued through the morning.",
    ]
    assert find_embeds(lines) == [EmbedLines("telegram", "@brigade_east", None, 1, 2)]


def test_links_alone_mark_posts_and_videos_but_a_channel_link_is_no_post():
    lines = [
        "Footage of the launch site pic.twitter.com/Qq11Rr",
        "Watch the briefing: https://www.youtube.com/watch?v=abc123",
        "Join our channel at t.me/dailyfront",
    ]
    assert find_embeds(lines) == [
        EmbedLines("tweet", None, None, 0, 0),
        EmbedLines("video", None, None, 1, 1),
    ]


def test_no_embeds_in_plain_paragraphs():
    assert find_embeds(["One paragraph.", "Another paragraph about the strike."]) == []


def test_telegram_post_header_gives_its_date():
    lines = [
        "A local channel published a short clip of the aftermath.",
        "Delta Watch, 2 May 2024 21:05",
        "Two explosions near the rail depot, windows broken on the nearby street.",
        "t.me/delta_watch/330",
        "Rail officials said traffic resumed the next morning.",
    ]
    assert find_embeds(lines) == [EmbedLines("telegram", "@delta_watch", "2024-05-02", 1, 3)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Delta Watch, 2 May 2024 21:05", "2024-05-02"),
        ("posted June 13, 2024", "2024-06-13"),
        ("15.02.2024", "2024-02-15"),
        ("2024-06-13T10:00", "2024-06-13"),
        ("31 Feb 2024", None),
        ("in May 2024", None),
        ("Courier - 30/11/2023", "2023-11-30"),
        ("11/30/2023", "2023-11-30"),
        ("08/02/2024", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_telegram_widget_with_a_views_counter():
    lines = [
        "Two drones were downed over the port overnight, the regional administration said.",
        "Port Watch",
        "Loud bangs near the harbour, stay away from windows!",
        "👁 8.1K views · 03:40",
        "No damage was reported.",
    ]
    assert find_embeds(lines) == [EmbedLines("telegram", "Port Watch", None, 1, 3)]


def test_a_post_does_not_grow_over_boilerplate_above_it():
    lines = [
        "Follow @riverwatch for more",
        "Flashes over the river pic.twitter.com/Ab12Cd",
        "— River Watch (@riverwatch) May 2, 2024",
    ]
    assert find_embeds(lines) == [EmbedLines("tweet", "@riverwatch", "2024-05-02", 0, 2)]
    assert find_embeds(lines, boilerplate=lambda line: line.startswith("Follow")) == [
        EmbedLines("tweet", "@riverwatch", "2024-05-02", 1, 2)
    ]
