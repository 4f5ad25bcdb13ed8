"""clean: raw scrapes in, Article out. Every sample scrape below is invented for these tests."""

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogwatch.clean import clean, host_outlet, split_lines
from fogwatch.model import Article, RawReport, Removed
from fogwatch.title import is_header_line, is_headline, split_title_spam


def _clean(text: str | None = None, **meta) -> Article:
    return clean(RawReport(input="sample", text=text, **meta))


def _removed(article: Article) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in article.removed]


DISPATCH = """Drone strike sets fire to oil depot near Kursk | Northern Dispatch
By Marta Leskiv
A drone struck an oil depot outside the city of Kursk early on Monday, the regional governor said.
Photo: Regional administration press office
Firefighters spent six hours putting out the blaze, which damaged two storage tanks, according to the governor.
Sign up for our daily briefing and get the latest news in your inbox.
Read more: Ports on the Black Sea reopen after storm
No one was hurt in the attack, the governor added, but residents of a nearby village were told to stay indoors.
Share Facebook X Email
We use cookies to improve your experience on this website. By continuing you accept our cookie policy.
© 2024 Northern Dispatch. All rights reserved.
"""


def test_plain_scrape_keeps_paragraphs_and_records_each_removed_line():
    article = _clean(DISPATCH, url="https://www.northerndispatch.example/news/1", published="2024-03-11")
    assert article.title == "Drone strike sets fire to oil depot near Kursk"
    assert article.text == (
        "A drone struck an oil depot outside the city of Kursk early on Monday, the regional governor said.\n"
        "Firefighters spent six hours putting out the blaze, which damaged two storage tanks, according to the "
        "governor.\n"
        "No one was hurt in the attack, the governor added, but residents of a nearby village were told to stay "
        "indoors."
    )
    assert _removed(article) == [
        ("spam_title", "Northern Dispatch"),
        ("footer", "By Marta Leskiv"),
        ("other", "Photo: Regional administration press office"),
        ("cta", "Sign up for our daily briefing and get the latest news in your inbox."),
        ("related_links", "Read more: Ports on the Black Sea reopen after storm"),
        ("cta", "Share Facebook X Email"),
        (
            "other",
            "We use cookies to improve your experience on this website. By continuing you accept our cookie policy.",
        ),
        ("footer", "© 2024 Northern Dispatch. All rights reserved."),
    ]
    assert article.outlet == "northerndispatch.example"
    assert (article.published, article.published_source) == ("2024-03-11", "metadata")
    assert article.id == hashlib.sha256(article.text.encode()).hexdigest()[:16]


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Delta Courier | 14 Feb 2024", "2024-02-14"),
        ("3 October 2024 at 09:12", "2024-10-03"),
        ("Delta Courier", None),
    ],
)
def test_a_dateline_in_the_header_gives_an_inferred_publication_date(header, published):
    text = f"Depot fire spreads\n{header}\nFire crews fought the blaze at the depot for six hours, officials said.\n"
    article = _clean(text)
    assert (article.published, article.published_source) == (published, "inferred" if published else None)


def test_dates_inside_the_article_are_not_a_dateline():
    text = "Depot fire spreads\nFire crews fought the blaze for six hours on Monday, officials said.\nJune 3, 2024\n"
    assert _clean(text).published is None


def test_lede_sentence_is_no_title_and_stays_in_the_body():
    text = (
        "Shelling damaged a school in the town of Orikhiv on Thursday, local officials said.\n"
        "No pupils were inside because lessons had moved online months earlier.\n"
    )
    article = _clean(text)
    assert article.title is None
    assert article.text == text.strip()


def test_metadata_title_wins_and_its_copy_leaves_the_body():
    text = "Border post shelled overnight - live updates\nTwo guards were wounded by shells, police said."
    article = _clean(text, title="Border post shelled overnight")
    assert article.title == "Border post shelled overnight"
    assert article.text == "Two guards were wounded by shells, police said."
    assert _removed(article) == [("spam_title", "live updates")]


def test_ad_words_glued_to_the_headline_with_an_underscore():
    text = (
        "Conscripts sent to the border without training, relatives say_best cheap hotels in lisbon\n"
        "Mothers of several young conscripts said their sons had been sent to the border after two weeks.\n"
    )
    article = _clean(text)
    assert article.title == "Conscripts sent to the border without training, relatives say"
    assert _removed(article) == [("spam_title", "best cheap hotels in lisbon")]
    assert (
        article.text
        == "Mothers of several young conscripts said their sons had been sent to the border after two weeks."
    )


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        (
            "Blast hits arms depot in Crimea - The Harbour Gazette",
            "harbourgazette.example",
            ("Blast hits arms depot in Crimea", "The Harbour Gazette"),
        ),
        ("Blast hits arms depot in Crimea | World", None, ("Blast hits arms depot in Crimea", "World")),
        ("Kremlin denies strike on bridge - spokesman", None, ("Kremlin denies strike on bridge - spokesman", None)),
        (
            "Russia - Ukraine war: what we know on day 300",
            None,
            ("Russia - Ukraine war: what we know on day 300", None),
        ),
        (
            "Frontline town evacuated - cheap flights to rome",
            None,
            ("Frontline town evacuated", "cheap flights to rome"),
        ),
        ("Guards arrested after mutiny_keto diet plan", None, ("Guards arrested after mutiny", "keto diet plan")),
    ],
)
def test_split_title_spam(title, outlet, expected):
    assert split_title_spam(title, outlet) == expected


KEY_POINTS = """Missile hits apartment block in Dnipro

Three people died when a missile hit an apartment block in Dnipro on Friday night, emergency services said.

Key facts:
- The missile struck the upper floors of a nine-storey building.
- Rescuers pulled eleven people from the rubble.
- The city declared a day of mourning.

Rescue Work in Dnipro Apartment Block

The regional governor said the building had no military use and that the strike hit residents in the apartment block.

More from our network
Chef opens ramen shop on a ferry
Local bakery wins national award for sourdough
"""


def test_key_point_bullets_and_related_subheading_stay_while_the_tail_list_goes():
    article = _clean(KEY_POINTS)
    assert article.title == "Missile hits apartment block in Dnipro"
    assert article.text.splitlines() == [
        "Three people died when a missile hit an apartment block in Dnipro on Friday night, emergency services said.",
        "Key facts:",
        "- The missile struck the upper floors of a nine-storey building.",
        "- Rescuers pulled eleven people from the rubble.",
        "- The city declared a day of mourning.",
        "Rescue Work in Dnipro Apartment Block",
        "The regional governor said the building had no military use and that the strike hit residents in the "
        "apartment block.",
    ]
    assert _removed(article) == [
        ("related_links", "More from our network"),
        ("related_links", "Chef opens ramen shop on a ferry"),
        ("related_links", "Local bakery wins national award for sourdough"),
    ]


UNRELATED = """Naval drones hit a landing ship in the harbour of Feodosia overnight, the navy said.
The ship was carrying fuel and ammunition when it was struck, according to a navy spokesman.
Pop Star Cancels Stadium Tour After Vocal Injury
Satellite images taken later showed the vessel listing heavily beside the pier in Feodosia.
Most read
- Pop star reveals the secret of her morning routine
- Ten gardening mistakes everyone makes
- Heatwave to return next week, forecasters say
"""


def test_unrelated_headlines_between_paragraphs_and_in_a_bullet_list_are_related_links():
    article = _clean(UNRELATED)
    assert article.title is None
    assert article.text.splitlines() == [
        "Naval drones hit a landing ship in the harbour of Feodosia overnight, the navy said.",
        "The ship was carrying fuel and ammunition when it was struck, according to a navy spokesman.",
        "Satellite images taken later showed the vessel listing heavily beside the pier in Feodosia.",
    ]
    assert [kind for kind, _ in _removed(article)] == ["related_links"] * 5


TWEET_AND_TELEGRAM = """The brigade said its positions near the river came under artillery fire for a third night.
Its press officer posted a short statement:
Positions held, two attackers' vehicles hit near the crossing. Thank you to everyone who helps us.
https://t.me/brigade_east/4512
Local residents also filmed the shelling from across the river.
Flashes on the horizon again tonight pic.twitter.com/Ab12Cd34
— River Watch (@riverwatch_ua) October 5, 2023
Stay with us: join our Telegram channel
The army did not say whether anyone had been wounded in the attack on the crossing.
"""


def test_embedded_posts_stay_in_text_with_offsets_to_their_lines():
    article = _clean(TWEET_AND_TELEGRAM)
    assert _removed(article) == [("cta", "Stay with us: join our Telegram channel")]
    telegram, tweet = article.embeds
    assert (telegram.kind, telegram.author, telegram.date) == ("telegram", "@brigade_east", None)
    assert article.text[telegram.start : telegram.end] == (
        "Positions held, two attackers' vehicles hit near the crossing. Thank you to everyone who helps us.\n"
        "https://t.me/brigade_east/4512"
    )
    assert (tweet.kind, tweet.author, tweet.date) == ("tweet", "@riverwatch_ua", "2023-10-05")
    assert article.text[tweet.start : tweet.end] == (
        "Flashes on the horizon again tonight pic.twitter.com/Ab12Cd34\n— River Watch (@riverwatch_ua) October 5, 2023"
    )


HTML = """<html><head><title>Blast hits ammunition depot in Crimea | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2023-08-12T06:30:00+00:00"></head>
<body><nav>Home News Sport</nav><article><h1>Blast hits ammunition depot in Crimea</h1>
<p>A series of explosions tore through an ammunition depot in northern Crimea on Saturday, the governor said.</p>
<p>Residents of two nearby villages were evacuated as the blasts continued for several hours, he wrote.</p>
<p>Subscribe to our newsletter to get the day's top stories in your inbox.</p>
<p>Moscow blamed the explosions on sabotage, without offering evidence, and said no one had been killed.</p>
</article><footer>Terms of Use | Privacy Policy</footer></body></html>"""


def test_html_gives_title_site_and_inferred_date():
    article = clean(RawReport(input="page.html", html=HTML))
    assert article.title == "Blast hits ammunition depot in Crimea"
    assert article.outlet == "Harbour Gazette"
    assert (article.published, article.published_source) == ("2023-08-12", "inferred")
    assert article.text.splitlines() == [
        "A series of explosions tore through an ammunition depot in northern Crimea on Saturday, the governor said.",
        "Residents of two nearby villages were evacuated as the blasts continued for several hours, he wrote.",
        "Moscow blamed the explosions on sabotage, without offering evidence, and said no one had been killed.",
    ]
    assert ("cta", "Subscribe to our newsletter to get the day's top stories in your inbox.") in _removed(article)


def test_html_metadata_on_input_wins():
    raw = RawReport(
        input="page.html",
        html=HTML,
        url="https://harbourgazette.example/a/1",
        published="2023-08-13",
        title="Depot explosion in Crimea",
    )
    article = clean(raw)
    assert (article.title, article.outlet) == ("Depot explosion in Crimea", "harbourgazette.example")
    assert (article.published, article.published_source) == ("2023-08-13", "metadata")


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.steppewire.example/post/1", "steppewire.example"),
        ("http://m.news.example.org/a?b=1", "news.example.org"),
        ("steppewire.example/x", "steppewire.example"),
        (None, None),
        ("not a url at all", None),
    ],
)
def test_host_outlet(url, outlet):
    assert host_outlet(url) == outlet


def test_hard_wrapped_paragraphs_are_joined_back():
    text = (
        "Shelling damaged a hospital in the city of Kherson on Wednesday, the\n"
        "regional administration said, adding that patients had been moved to the\n"
        "basement before the attack began.\n\n"
        "Two nurses were lightly wounded by broken glass, according to the hospital's\n"
        "director, who spoke to local television.\n"
    )
    assert split_lines(text) == [
        "Shelling damaged a hospital in the city of Kherson on Wednesday, the regional administration said, adding "
        "that patients had been moved to the basement before the attack began.",
        "Two nurses were lightly wounded by broken glass, according to the hospital's director, who spoke to local "
        "television.",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        RawReport(input="empty", text=""),
        RawReport(input="nothing"),
        RawReport(input="spaces", text="  \n\n \t "),
        RawReport(input="broken-html", html="<<<>>>\x00</"),
        RawReport(input="broken-html-2", html="<p>Unclosed <b>markup <div>"),
    ],
)
def test_empty_or_broken_input_gives_an_article_without_raising(raw):
    article = clean(raw)
    assert article.text == ""
    assert article.id == hashlib.sha256(b"").hexdigest()[:16]


def test_text_of_only_boilerplate_is_all_removed():
    article = _clean("Subscribe to our newsletter\nFollow us on Facebook\n© 2022 Steppe Wire\n")
    assert article.text == ""
    assert [r.kind for r in article.removed] == ["cta", "cta", "footer"]


def test_non_ascii_text_is_kept():
    text = "Обстріл Харкова\nУ вівторок ракета влучила в будинок у центрі міста, повідомили в адміністрації.\n"
    article = _clean(text)
    assert article.title == "Обстріл Харкова"
    assert article.text == "У вівторок ракета влучила в будинок у центрі міста, повідомили в адміністрації."


def test_very_long_lines_are_kept_whole():
    paragraph = "The convoy moved slowly along the damaged road, " * 4000
    article = _clean("Convoy reaches the city\n" + paragraph.strip() + "\n")
    assert article.text == paragraph.strip()
    assert article.removed == []


def test_removed_records_are_typed():
    article = _clean(DISPATCH)
    assert all(isinstance(r, Removed) for r in article.removed)


WIRE = """World › Europe › Ukraine
Monday, 4 March 2024 10:15 GMT
Power station hit in overnight missile attack
By Ana Lis and Ivan Dorosh
A missile hit a thermal power station in central Ukraine overnight, cutting electricity to thousands of homes.
Advertisement - Scroll to continue
The energy ministry said repair crews would need several days to restore full capacity at the plant.
The ministry listed the damage:
- 2 turbines
- 1 transformer
Image source, Getty Images
Steppe Wire reporter Olek Marr contributed to this report.
#Ukraine #energy
"""


def test_furniture_before_the_headline_is_skipped_and_removed():
    article = _clean(WIRE)
    assert article.title == "Power station hit in overnight missile attack"
    assert article.text.splitlines() == [
        "A missile hit a thermal power station in central Ukraine overnight, cutting electricity to thousands of "
        "homes.",
        "The energy ministry said repair crews would need several days to restore full capacity at the plant.",
        "The ministry listed the damage:",
        "- 2 turbines",
        "- 1 transformer",
    ]
    assert _removed(article) == [
        ("other", "World › Europe › Ukraine"),
        ("other", "Monday, 4 March 2024 10:15 GMT"),
        ("footer", "By Ana Lis and Ivan Dorosh"),
        ("other", "Advertisement - Scroll to continue"),
        ("other", "Image source, Getty Images"),
        ("footer", "Steppe Wire reporter Olek Marr contributed to this report."),
        ("other", "#Ukraine #energy"),
    ]


def test_title_given_on_input_is_found_past_a_breadcrumb():
    text = (
        "News / World / Europe\nDam breached near the front\nWater flooded three villages downstream, officials said."
    )
    article = _clean(text, title="Dam breached near the front")
    assert article.text == "Water flooded three villages downstream, officials said."
    assert _removed(article) == [("other", "News / World / Europe")]


# Characters and fragments that drive the line rules: separators, embeds' marks, furniture.
_FRAGMENTS = st.sampled_from(
    [*"ab Щ.,:|_-—@#/()\n?!", "pic.twitter.com/x1", "t.me/chan_x/12", "— A (@b) May 3, 2023", "Subscribe", "- "]
    + ["12.3K views", "June 4, 2024", "Photo: ", "©", "https://x.y"]
)


@given(st.lists(_FRAGMENTS, max_size=120).map("".join))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_a_consistent_article(text):
    article = _clean(text)
    assert article.id == hashlib.sha256(article.text.encode()).hexdigest()[:16]
    for embed in article.embeds:
        assert 0 <= embed.start <= embed.end <= len(article.text)
    for line in article.text.splitlines():
        assert line.strip()


def test_a_headline_and_a_post_in_blank_line_separated_text_are_not_joined():
    text = (
        "Navy confirms the loss of its second patrol boat this month in the south\n"
        "The boat sank after being hit by a naval drone, the navy said on Sunday.\n\n"
        "Smoke over the bay after the attack, filmed from the promenade pic.twitter.com/Pq12Rs\n"
        "— Bay Watch (@baywatch_news) May 5, 2024\n"
    )
    assert split_lines(text) == [
        "Navy confirms the loss of its second patrol boat this month in the south",
        "The boat sank after being hit by a naval drone, the navy said on Sunday.",
        "Smoke over the bay after the attack, filmed from the promenade pic.twitter.com/Pq12Rs",
        "— Bay Watch (@baywatch_news) May 5, 2024",
    ]


CHANNEL_POST = """🛰 STEPPE NOTES | news from the southern front
04.10.2024 08:30
⚡️ Ferry crossing shelled near the river port

Artillery hit the ferry crossing near the river port before dawn, damaging the landing stage, a port worker told us.
Nobody was on the ferry at the time, he said.
Steppe Notes exists thanks to readers like you. Become a member today.
Independent reporting costs money. Donate via the link in our profile.
🔗 Subscribe: t.me/steppe_notes
"""


def test_channel_post_masthead_and_appeals():
    article = _clean(CHANNEL_POST)
    assert article.title == "Ferry crossing shelled near the river port"
    assert article.text.splitlines() == [
        "Artillery hit the ferry crossing near the river port before dawn, damaging the landing stage, a port worker "
        "told us.",
        "Nobody was on the ferry at the time, he said.",
    ]
    assert _removed(article) == [
        ("other", "🛰 STEPPE NOTES | news from the southern front"),
        ("other", "04.10.2024 08:30"),
        ("cta", "Steppe Notes exists thanks to readers like you. Become a member today."),
        ("cta", "Independent reporting costs money. Donate via the link in our profile."),
        ("cta", "🔗 Subscribe: t.me/steppe_notes"),
    ]


def test_every_layer_of_title_spam_is_peeled():
    text = "Depot fire spreads to nearby fields | Delta Courier_cheap car insurance quotes\nFire crews were sent."
    article = _clean(text, url="https://deltacourier.example/n/5")
    assert article.title == "Depot fire spreads to nearby fields"
    assert _removed(article) == [("spam_title", "cheap car insurance quotes"), ("spam_title", "Delta Courier")]


WIRE_FOOTERS = """LVIV, Ukraine (Steppe Wire) — A missile struck a depot on Sunday, wounding three, officials said.
Iryna Kovalska — 9 June, 08:15
Source: the city's mayor, speaking on local television
Details: The depot stored building materials, the mayor said.
Published
3 hours ago
___
Steppe Wire writer Ana Lis contributed from Kyiv.
___
Follow the Wire's coverage of the war at https://steppewire.example/war
"""


def test_wire_footers_labels_and_relative_times():
    article = _clean(WIRE_FOOTERS)
    assert article.text.splitlines() == [
        "LVIV, Ukraine (Steppe Wire) — A missile struck a depot on Sunday, wounding three, officials said.",
        "Source: the city's mayor, speaking on local television",
        "Details: The depot stored building materials, the mayor said.",
    ]
    assert _removed(article) == [
        ("footer", "Iryna Kovalska — 9 June, 08:15"),
        ("other", "Published"),
        ("other", "3 hours ago"),
        ("other", "___"),
        ("footer", "Steppe Wire writer Ana Lis contributed from Kyiv."),
        ("other", "___"),
        ("cta", "Follow the Wire's coverage of the war at https://steppewire.example/war"),
    ]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Drone strike sets fire to oil depot near Kursk", True),
        ("Could the ceasefire hold through the winter?", True),
        ("Artillery hit the town overnight, wounding four people, officials said.", False),
        ("By Marta Leskiv", False),
        ("Subscribe to our newsletter", False),
        ("Kherson", False),
        (
            "A very long first line that runs on and on without a period because the scraper lost it somewhere "
            "along the way while copying the page",
            False,
        ),
    ],
)
def test_is_headline(line, headline):
    assert is_headline(line) is headline


def test_tiny_html_falls_back_to_the_page_text():
    article = clean(
        RawReport(input="tiny.html", html="<html><body><p>Shelling reported near the dam.</p></body></html>")
    )
    assert article.text == "Shelling reported near the dam."


def test_the_page_headline_worded_unlike_the_given_title_leaves_the_body():
    text = "Glide bombs hit Kupiansk town hall\nThree people died when the building was hit, officials said."
    article = _clean(text, title="Kupiansk: Russian glide bombs hit the town hall, three killed")
    assert article.text == "Three people died when the building was hit, officials said."
    assert _removed(article) == [("other", "Glide bombs hit Kupiansk town hall")]
    unrelated = _clean("Night shelling in Nikopol\nTwo houses burned.", title="Kupiansk town hall hit")
    assert unrelated.text == "Night shelling in Nikopol\nTwo houses burned."


def test_the_outlet_name_on_its_own_line_is_no_title():
    text = "Delta Courier\nDepot fire spreads to fields\nFire crews fought the blaze for six hours, officials said."
    article = _clean(text, url="https://www.deltacourier.example/a/1")
    assert article.title == "Depot fire spreads to fields"
    assert article.text == "Fire crews fought the blaze for six hours, officials said."
    assert _removed(article) == [("other", "Delta Courier")]


def test_invisible_characters_and_line_endings_are_normalised():
    text = "\ufeffDepot fire spreads\r\nFire crews fought the bla\u00adze for six\u200b hours, officials said.\r\n"
    article = _clean(text)
    assert article.title == "Depot fire spreads"
    assert article.text == "Fire crews fought the blaze for six hours, officials said."


LOCAL_TAIL = """Shelling damages school in riverside town
Artillery shells hit a school in the riverside town of Pervomaiske overnight, the regional governor said on Tuesday.
Two classrooms were destroyed and a janitor was lightly injured, according to the governor's statement.
Weather: first snow likely on the plateau by Thursday
Football league postpones cup final over stadium repairs
Pension payments to rise from next month
The Valley Courier is a project of the Independent Press Foundation.
"""

NGO_TAIL = """Monitors record strikes on grain silos in the south
Our field team documented damage to four grain silos near the port of Izmail between 2 and 5 March.
The silos were hit by drones launched at night, local farmers told the monitors.
Volunteer of the month helps elderly neighbours with paperwork
New scholarship opens for young photographers
We thank our donors for making this work possible.
"""


def test_unrelated_sentence_case_headlines_after_the_body_are_related_links():
    article = _clean(LOCAL_TAIL)
    assert article.text.splitlines() == LOCAL_TAIL.splitlines()[1:3]
    assert _removed(article)[-1] == ("footer", "The Valley Courier is a project of the Independent Press Foundation.")
    assert [kind for kind, _ in _removed(article)[:3]] == ["related_links"] * 3
    # A closing thank-you after the run does not make the run part of the article.
    ngo = _clean(NGO_TAIL)
    assert "Volunteer of the month" not in ngo.text and "scholarship" not in ngo.text
    assert ngo.text.startswith("Our field team")


def test_short_unrelated_lines_inside_the_body_stay():
    text = """Ferry service resumes after mine clearance
Navy divers cleared two drifting mines from the harbour entrance on Sunday, the port authority said.
What the divers found
How the port reopened
The ferry to the island resumed on Monday morning and the harbour entrance was declared safe by the navy divers.
"""
    article = _clean(text)
    assert "What the divers found" in article.text and "How the port reopened" in article.text


def test_self_description_inside_the_article_stays():
    text = """Drone maker opens plant near Lviv
The company said its new plant near Lviv would build reconnaissance drones for the army from the summer.
Skyline Works is a project of two former army engineers, the company's director told reporters.
Production is expected to reach a hundred drones a month by the end of the year, the director said.
"""
    article = _clean(text)
    assert "Skyline Works is a project of" in article.text


THINK_TANK = """Caspian Policy Lab daily update
Good evening. Here is what our analysts followed today.
Black Sea Security Review, October 7, 2024
Ukrainian naval drones struck a patrol boat near Novorossiysk on 6 October, the navy said.
The boat was damaged but stayed afloat, according to satellite images reviewed by our analysts.
"""

CHANNEL_ROUNDUP = """Top stories today
MIDDAY BRIEF | 12.02.2025
Russian drones hit a grain terminal in Izmail overnight, the regional governor said.
Two port workers were wounded and a warehouse burned down, he added.
"""

NEWSLETTER = """Kharkiv Notes
Hello, this is your weekly letter from the north-east.
Border Digest - 3 June 2024
Shelling of Vovchansk continued through the week, local officials said.
"""


@pytest.mark.parametrize(
    ("text", "url", "title", "published", "header"),
    [
        (
            THINK_TANK,
            None,
            "Black Sea Security Review, October 7, 2024",
            "2024-10-07",
            "Caspian Policy Lab daily update",
        ),
        (CHANNEL_ROUNDUP, None, "MIDDAY BRIEF | 12.02.2025", "2025-02-12", "Top stories today"),
        (NEWSLETTER, "https://kharkivnotes.example/l/9", "Border Digest - 3 June 2024", "2024-06-03", "Kharkiv Notes"),
    ],
)
def test_a_digest_under_a_masthead_is_titled_by_its_dated_edition_headline(text, url, title, published, header):
    article = _clean(text, url=url)
    assert article.title == title
    assert article.published == published
    assert title not in article.text
    assert ("other", header) in _removed(article)
    # The editor's greeting is text, kept; it is never the title.
    for greeting in ("Good evening. Here is what our analysts followed today.", "Hello, this is your weekly letter"):
        if greeting in text:
            assert greeting in article.text


def test_a_greeting_or_a_generic_header_is_never_the_title():
    greeting = _clean("Here is what happened today on the front\nDrones hit a depot in Bryansk, the governor said.")
    assert greeting.title is None
    assert greeting.text.startswith("Here is what happened today")
    header = _clean("Today's top stories\nDepot fire spreads to fields\nFire crews fought the blaze, officials said.")
    assert header.title == "Depot fire spreads to fields"
    explainer = _clean("Here's what we know about the dam breach\nThe dam was breached at night, officials said.")
    assert explainer.title == "Here's what we know about the dam breach"


def test_an_outlet_name_with_a_date_over_a_headline_is_no_edition_title():
    text = "Delta Review | 3 May 2024\nDepot fire spreads to fields\nFire crews fought the blaze, officials said."
    assert _clean(text, url="https://deltareview.example/a").title == "Depot fire spreads to fields"
    headline_first = "Depot fire spreads\nMorning Brief, 3 May 2024\nFire crews fought the blaze, officials said."
    assert _clean(headline_first).title == "Depot fire spreads"


DIGEST_ITEMS = """Night Report, 5 May 2024
Strikes on Kharkiv
Missiles hit two districts of Kharkiv in the afternoon, wounding six people, the mayor said.
Grain corridor keeps working despite attacks
Ships leave Odesa ports on schedule
Three bulk carriers loaded with wheat left the ports on Sunday, the ministry of infrastructure said.
"""


def test_a_digest_of_several_items_is_titled_by_its_edition_and_keeps_each_item_head():
    article = _clean(DIGEST_ITEMS)
    assert article.title == "Night Report, 5 May 2024"
    # The last item's heads share words with its paragraph: they introduce it, not other stories.
    assert article.text.splitlines() == DIGEST_ITEMS.splitlines()[1:]


def test_a_single_story_under_a_dated_bulletin_bar_keeps_its_headline():
    text = "NEWS BULLETIN | 04.03.2024\nDrone strike hits depot\nA drone hit a fuel depot at night, the governor said."
    assert _clean(text).title == "Drone strike hits depot"


def test_unrelated_heads_with_times_between_them_are_related_links():
    text = """Rail bridge repaired after drone attack
Engineers finished repairing the rail bridge near Kupiansk on Friday, the railway company said.
Trains resumed running over the bridge in the evening, according to the company.
09:15
Heavy rain floods cellars in the old town
11:40
Museum reopens its ceramics hall
Many thanks to the volunteers who translated this page.
"""
    article = _clean(text)
    assert article.text.splitlines()[:2] == text.splitlines()[1:3]
    assert ("related_links", "Heavy rain floods cellars in the old town") in _removed(article)
    assert ("related_links", "Museum reopens its ceramics hall") in _removed(article)


def test_a_closing_line_about_a_project_the_story_names_stays():
    text = """Volunteers open a shelter for displaced families
Families displaced from Vovchansk moved into the Mriya Shelter on Saturday, volunteers said.
The Mriya Shelter has forty beds and a kitchen, according to its coordinator.
Mriya Shelter is a project of the city council and two local charities.
"""
    article = _clean(text)
    assert article.text.splitlines()[-1] == "Mriya Shelter is a project of the city council and two local charities."


# A plain scrape whose first lines are the page's header: the headline under it is the title,
# the header lines are removed as 'other'.
_GRAIN_STORY = (
    "Shelling damages grain store near Tejen\n"
    "District officials say the store held most of the seed for spring\n"
    "Artillery hit a grain store on the edge of the town late on Tuesday, the district governor said.\n"
    "Two guards were wounded and taken to hospital, he added.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        ["THE KARAKUM COURIER"],
        ["PLAINS DAILY WIRE — Home › World › Africa"],
        ["Steppe Herald – English edition"],
        ["Delta Dispatch — independent news from the delta"],
        ["Horn Review — Analysis"],
        ["Friday, March 7, 2025 | Weather: Aktobe 12°C"],
        ["Home News Region World Sports ePaper"],
        ["THE KARAKUM COURIER", "Home News Region World Sports ePaper", "Friday, March 7, 2025 | Weather: Aktobe 12°C"],
    ],
)
def test_the_page_header_above_a_headline_is_furniture(header):
    article = _clean("\n".join(header) + "\n" + _GRAIN_STORY)
    assert article.title == "Shelling damages grain store near Tejen"
    assert _removed(article) == [("other", line) for line in header]
    assert article.text.splitlines() == _GRAIN_STORY.splitlines()[1:]


def test_a_date_line_in_the_header_still_dates_the_article():
    article = _clean("Friday, March 7, 2025 | Weather: Aktobe 12°C\n" + _GRAIN_STORY)
    assert (article.published, article.published_source) == ("2025-03-07", "inferred")


def test_a_byline_under_the_headline_stays_furniture_past_a_header():
    body = _GRAIN_STORY.split("\n", 2)[2]
    text = "THE KARAKUM COURIER\nShelling damages grain store near Tejen\nBy Aru Sadyk\n" + body
    article = _clean(text)
    assert article.title == "Shelling damages grain store near Tejen"
    assert _removed(article) == [("other", "THE KARAKUM COURIER"), ("footer", "By Aru Sadyk")]


def test_a_masthead_over_a_paragraph_is_removed_and_gives_no_title():
    text = "THE KARAKUM COURIER\nArtillery hit a grain store on the edge of the town late on Tuesday, officials said."
    article = _clean(text)
    assert article.title is None
    assert _removed(article) == [("other", "THE KARAKUM COURIER")]


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("THE KARAKUM COURIER", True),
        ("Steppe Herald", True),
        ("PLAINS DAILY WIRE — Home › World › Africa", True),
        ("Delta Dispatch — independent news from the delta", True),
        ("Friday, March 7, 2025 | Weather: Aktobe 12°C", True),
        ("07.03.2025 10:15 GMT", True),
        ("Home News Region World Sports ePaper", True),
        ("Home News Region World Sports ePaper Subscribe Log in", True),
        ("Friday 7 March 2025 Weather: Aktobe 12°C", True),
        ("Sahel Insight — English edition", True),
        ("Steppe Herald English edition", True),
        # Headlines, some in capitals or with the outlet after them, are not header lines.
        ("Shelling damages grain store near Tejen", False),
        ("Shelling damages grain store near Tejen | Steppe Herald", False),
        ("GRAIN STORE SHELLED", False),
        ("RUSSIAN DRONES HIT KYIV POST OFFICE", False),
        ("Drones Hit the Old Post Office", False),
        ("March 7, 2025: shelling damages the grain store near Tejen as talks stall in the capital", False),
        ("World leaders meet as shelling resumes", False),
        ("March 7, 2025: drones hit the ferry crossing", False),
        ("Drones Hit Tejen — English teacher among the dead", False),
    ],
)
def test_is_header_line(line, header):
    assert is_header_line(line) is header


@pytest.mark.parametrize(
    "headline",
    [
        "Key developments on day 900 of the war in the south",
        "Latest news from the delta: ferry crossing shelled again",
        "Updated: death toll rises to five in Tejen strike",
    ],
)
def test_a_headline_opening_like_a_header_or_a_time_stamp_is_still_the_title(headline):
    article = _clean(headline + "\n" + _GRAIN_STORY.split("\n", 2)[2])
    assert article.title == headline
