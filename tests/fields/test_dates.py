"""Date phrases resolved against the publication date: phrase -> (value, precision)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogwatch.fields.dates import resolve_date
from fogwatch.model import Article, Embed, Mention, Sentence
from fogwatch.segment import split


def date_of(*texts: str, published: str | None = "2024-01-08", context: tuple[str, ...] = ()):
    text = "\n".join([*texts, *context])
    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence(at, at + len(t), t))
        at += len(t) + 1
    extra = []
    for t in context:
        extra.append(Sentence(at, at + len(t), t))
        at += len(t) + 1
    mention = Mention(type="strike", sentences=sentences, confidence=1.0, context=extra)
    return resolve_date(mention, Article(id="x", text=text, published=published))


@pytest.mark.parametrize(
    ("sentence", "published", "value", "precision", "quote"),
    [
        # a month after the publication month, without a year, is last year's
        (
            "In October, a depot near the river burned after a drone hit it.",
            "2024-01-08",
            "2023-10",
            "month",
            "In October",
        ),
        ("In January, a depot burned.", "2024-01-08", "2024-01", "month", "In January"),
        ("In March 2022, two columns were shelled on the highway.", "2024-01-08", "2022-03", "month", "In March 2022"),
        ("The bridge was hit on March 14 by cruise missiles.", "2023-06-01", "2023-03-14", "day", "on March 14"),
        ("The bridge was hit on Nov. 2 by cruise missiles.", "2023-06-01", "2022-11-02", "day", "on Nov. 2"),
        ("The bridge was hit on 14 March 2021.", "2023-06-01", "2021-03-14", "day", "on 14 March 2021"),
        ("The bridge was hit on March 14, 2021, at dawn.", "2023-06-01", "2021-03-14", "day", "on March 14, 2021"),
        ("A convoy was ambushed on 2023-05-30.", "2023-06-01", "2023-05-30", "day", "2023-05-30"),
        ("A blast tore through the depot today.", "2023-06-01", "2023-06-01", "day", "today"),
        ("Today, sappers cleared the field.", "2023-06-01", "2023-06-01", "day", "Today"),
        ("The depot exploded yesterday.", "2023-06-01", "2023-05-31", "day", "yesterday"),
        ("The depot exploded last night.", "2023-06-01", "2023-05-31", "day", "last night"),
        ("Three days ago a helicopter went down.", "2023-06-01", "2023-05-29", "day", "Three days ago"),
        # 2023-06-01 is a Thursday
        ("On Monday, a helicopter went down.", "2023-06-01", "2023-05-29", "day", "On Monday"),
        ("A helicopter went down on Thursday.", "2023-06-01", "2023-06-01", "day", "on Thursday"),
        ("A helicopter went down last Thursday.", "2023-06-01", "2023-05-25", "day", "last Thursday"),
        ("The unit deserted last month.", "2022-04-07", "2022-03", "month", "last month"),
        ("The unit deserted last month.", "2022-01-20", "2021-12", "month", "last month"),
        ("The unit deserted earlier this month.", "2022-04-07", "2022-04", "month", "earlier this month"),
        ("The unit deserted two months ago.", "2022-04-07", "2022-02", "month", "two months ago"),
        ("The unit deserted last week.", "2022-04-20", "2022-04", "month", "last week"),
        ("The unit deserted in late August.", "2022-09-20", "2022-08", "month", "in late August"),
        ("The unit deserted in mid-August.", "2022-09-20", "2022-08", "month", "in mid-August"),
        ("The unit deserted in the summer of 2021.", "2022-09-20", "2021", "year", "the summer of 2021"),
        ("The unit deserted in 2019.", "2022-09-20", "2019", "year", "in 2019"),
        ("The unit deserted last year.", "2022-09-20", "2021", "year", "last year"),
        # a night is dated by its eve; 2023-06-01 is a Thursday
        ("Drones hit the port on the night of 27 to 28 May.", "2023-06-01", "2023-05-27", "day",
         "on the night of 27 to 28 May"),
        ("Drones hit the port overnight into Tuesday.", "2023-06-01", "2023-05-29", "day", "overnight into Tuesday"),
        ("Drones hit the port the day before yesterday.", "2023-06-01", "2023-05-30", "day",
         "the day before yesterday"),
        ("Drones hit the port over the weekend.", "2023-06-01", "2023-05-27", "day", "over the weekend"),
        ("The convoy was ambushed on the 9th, the army said.", "2023-06-12", "2023-06-09", "day", "on the 9th"),
        ("The convoy was ambushed on the 28th.", "2023-06-12", "2023-05-28", "day", "on the 28th"),
    ],
)  # fmt: skip
def test_phrase_resolves_to_value_and_precision(sentence, published, value, precision, quote):
    got = date_of(sentence, published=published)
    assert (got.value, got.precision, got.quote) == (value, precision, quote)
    assert got.not_after == published


def test_no_date_gives_null_bounded_by_publication():
    got = date_of("Artillery struck a column of trucks near the border.")
    assert got.model_dump() == {"value": None, "precision": "none", "not_after": "2024-01-08", "quote": None}


@pytest.mark.parametrize(
    "sentence",
    [
        "The brigade has been stationed there since 2015.",
        "Its crew had served in the fleet until May 2019.",
        "The 2022 offensive stalled.",
        "Troops may retreat, and some march north.",
        "A clip aired by Russia Today showed the column.",
    ],
)
def test_bounds_and_words_that_are_not_dates_are_skipped(sentence):
    assert date_of(sentence).value is None


def test_date_of_a_statement_dates_the_report_when_nothing_else_does():
    got = date_of("A sergeant said in October that his own gunners shelled the trench.")
    assert (got.value, got.precision, got.quote) == ("2023-10", "month", "in October")


def test_event_date_in_a_later_sentence_beats_the_statement_date():
    got = date_of("The navy said on Friday that a patrol boat was lost.", "The boat sank on 2 January.")
    assert got.value == "2024-01-02"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said on Friday they had traced the crew that shelled the depot earlier this month.",
        "The minister told reporters on Friday that the unit which bombed the depot earlier this month was found.",
    ],
)
def test_a_date_right_after_a_speech_verb_dates_the_statement_not_the_event(sentence, nlp):
    # The parser may hang "on Friday" on the reported clause; the month phrase still dates the event.
    parsed = Sentence(0, len(sentence), sentence, doc=nlp(sentence))
    mention = Mention(type="strike", sentences=[parsed], confidence=1.0)
    got = resolve_date(mention, Article(id="x", text=sentence, published="2024-01-20"))
    assert (got.value, got.precision) == ("2024-01", "month")


@pytest.mark.parametrize(
    ("sentence", "published", "value", "precision"),
    [
        ("Losses have mounted since early May.", "2023-05-20", "2023-05", "month"),
        ("Losses have mounted since March.", "2023-05-20", None, "none"),
        ("Losses have mounted since 2021.", "2023-05-20", None, "none"),
    ],
)
def test_since_gives_the_period_that_holds_it(sentence, published, value, precision):
    got = date_of(sentence, published=published)
    assert (got.value, got.precision) == (value, precision)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Drones attacked the port overnight.", "2023-05-31"),
        ("Troops repelled four assaults over the past day.", "2023-05-31"),
        ("The brigade lost 12 men over the past week.", "2023-05"),
    ],
)
def test_reports_of_the_past_night_day_or_week(sentence, value):
    assert date_of(sentence, published="2023-06-01").value == value


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("Hours later, a second drone hit the school.", "2023-05-16", "day"),
        ("Artillery shelled the market the same day.", "2023-05-16", "day"),
        ("The next day, the bridge was struck again.", "2023-05-17", "day"),
        ("Later that week, the depot was hit.", "2023-05", "month"),
    ],
)
def test_the_same_day_takes_the_last_date_written_before(sentence, value, precision):
    earlier = "A drone struck the station on 16 May, officials said."
    text = earlier + " " + sentence
    mention = Mention(type="strike", sentences=[Sentence(len(earlier) + 1, len(text), sentence)], confidence=1.0)
    got = resolve_date(mention, Article(id="x", text=text, published="2023-06-01"))
    assert (got.value, got.precision) == (value, precision)


def test_date_after_that_belongs_to_the_reported_event():
    got = date_of("The governor said that on Sunday a drone hit the refinery.", published="2023-06-01")
    assert (got.value, got.precision) == ("2023-05-28", "day")


def test_sentence_initial_date_wins_over_a_later_one():
    got = date_of("In July, a battery that had arrived in 2021 fired on its own infantry.", published="2023-09-01")
    assert (got.value, got.quote) == ("2023-07", "In July")


def test_a_later_date_inside_the_first_narrows_it():
    got = date_of("It was the second crash this year; in March, a trainer jet went down.", published="2023-06-01")
    assert (got.value, got.quote) == ("2023-03", "in March")


def test_first_evidence_sentence_with_a_date_wins():
    got = date_of("A crew refused to fly.", "They refused on April 3 and again on April 9.", published="2023-05-01")
    assert got.value == "2023-04-03"


def test_context_is_read_when_the_evidence_has_no_date():
    got = date_of("A crew refused to fly.", context=("The refusal came on Friday.",), published="2023-06-01")
    assert got.value == "2023-05-26"


def test_date_inside_an_embedded_post_is_skipped():
    text = "A post shows the fire. — Some Author (@someone) May 3, 2023"
    sentence = Sentence(0, len(text), text)
    article = Article(id="x", text=text, published="2023-06-01", embeds=[Embed(kind="tweet", start=23, end=len(text))])
    got = resolve_date(Mention(type="strike", sentences=[sentence], confidence=1.0), article)
    assert got.value is None


def test_date_in_a_post_signature_is_skipped_without_embed_marks():
    assert date_of("Drone video of the barrage. — Some Author (@someone) May 3, 2023").value is None


def test_unknown_publication_date_keeps_only_absolute_dates():
    assert date_of("In October, a depot burned.", published=None).value is None
    assert date_of("On 4 October 2022, a depot burned.", published=None).value == "2022-10-04"


@pytest.mark.parametrize(
    ("sentence", "value", "not_after"),
    [
        # 2023-06-01 is a Thursday
        ("On Tuesday, officials said a drone strike had killed five people.", "2023-05-30", "2023-06-01"),
        ("A drone hit the refinery on Sunday, the governor said on Tuesday.", "2023-05-28", "2023-06-01"),
        ("The sergeant told reporters that on Monday his battery fired on its own trench.", "2023-05-29", "2023-06-01"),
    ],
)
def test_parse_prefers_the_event_date_to_the_date_of_a_statement(nlp, sentence, value, not_after):
    mention = Mention(type="strike", sentences=[Sentence(0, len(sentence), sentence, nlp(sentence))], confidence=1.0)
    got = resolve_date(mention, Article(id="x", text=sentence, published="2023-06-01"))
    assert (got.value, got.not_after) == (value, not_after)


def date_in_article(text: str, needle: str, published: str | None):
    """The date of a mention whose evidence is every sentence of `text` containing `needle`."""
    evidence = [s for s in split(text) if needle in s.text]
    assert evidence, needle
    return resolve_date(
        Mention(type="strike", sentences=evidence, confidence=1.0), Article(id="x", text=text, published=published)
    )


# 2024-05-03 is a Friday.
@pytest.mark.parametrize(
    ("text", "published", "value", "quote"),
    [
        (
            "KHARTOUM, May 3 (Agency) - Drones struck a fuel depot in Port Sudan on Thursday, killing four guards.",
            "2024-05-04",
            "2024-05-02",
            "on Thursday",
        ),
        (
            "Published 03.05.2024\nArtillery hit a school in Kherson on Tuesday, wounding two teachers.",
            None,
            "2024-04-30",
            "on Tuesday",
        ),
        # a dateline is the "today" of the report it opens, whatever the feed's metadata says
        (
            "Juba, South Sudan, 12 March 2024 (Newswire) — Gunmen attacked a cattle camp overnight.",
            "2024-03-14",
            "2024-03-11",
            "overnight",
        ),
        (
            "MOGADISHU, Friday (Wire Service) - A roadside bomb hit an army truck near Afgoye.",
            "2024-05-04",
            "2024-05-03",
            "Friday",
        ),
    ],
)
def test_a_dateline_is_an_anchor_and_a_last_fallback(text, published, value, quote):
    got = date_in_article(text, text.split()[-3], published)
    assert (got.value, got.precision, got.quote) == (value, "day", quote)


@pytest.mark.parametrize(
    ("earlier", "later", "value"),
    [
        ("A drone hit the oil depot in Bryansk on 16 May.", "The same night, a second drone fell near the airfield.",
         "2024-05-16"),
        ("Missiles struck Kharkiv on Wednesday evening.", "Hours later, a glide bomb hit a warehouse.", "2024-05-15"),
        # the event's own date, not the date of the statement that reported it
        ("The army said on Friday that rebels overran a post on Tuesday.", "That night, gunmen ambushed a convoy.",
         "2024-05-14"),
        ("Jets bombed a market in Nyala on 2 May.", "Later that evening, shells landed on the hospital.", "2024-05-02"),
        ("Jets bombed a market in Nyala on 2 May.", "The following night, the hospital was shelled.", "2024-05-03"),
        ("Jets bombed a market in Nyala on 2 May.", "Two days later, the hospital was shelled.", "2024-05-04"),
        ("Jets bombed a market in Nyala on 2 May.", "Three days earlier, the hospital was shelled.", "2024-04-29"),
        ("Jets bombed a market in Nyala on 2 May.", "Hours after the raid, shells hit the hospital.", "2024-05-02"),
        # nor is the date of a statement in between
        ("Jets bombed a market in Nyala on 2 May. Officials said on Friday that 14 people died.",
         "The same day, the hospital was shelled.", "2024-05-02"),
        # a background year in between is not what the night belongs to
        ("Jets bombed a market in Nyala on 2 May. The town, taken by rebels in 2023, is besieged.",
         "The same night, shells landed on the hospital.", "2024-05-02"),
        # a chain of anaphora: each step takes the step before
        ("Jets bombed a market in Nyala on 2 May. The next day, a drone hit a bakery.",
         "A few hours later, shells landed on the hospital.", "2024-05-03"),
    ],
)  # fmt: skip
def test_the_same_night_takes_the_event_told_just_before(earlier, later, value):
    got = date_in_article(f"{earlier}\n{later}", later.split()[-1], "2024-05-20")
    assert (got.value, got.precision) == (value, "day")


ROUNDUP = """Front roundup from our channel
Tuesday, 12 March
- A drone hit a car near Vovchansk, wounding the driver.
- Shelling damaged a school in Kupiansk.
Wednesday, 13 March
- Artillery killed two soldiers near Lyman.
- Overnight, drones attacked Sumy.
"""
LIVEBLOG = """Live: strikes on the south
14:32
A missile hit a hotel in Odesa, officials said.
Updated 11:05
Shelling wounded three people in Nikopol.
"""


@pytest.mark.parametrize(
    ("text", "needle", "value", "quote"),
    [
        (ROUNDUP, "Kupiansk", "2024-03-12", "Tuesday, 12 March"),
        (ROUNDUP, "Lyman", "2024-03-13", "Wednesday, 13 March"),
        # the item's own date wins, resolved against its header: the night of the 12th-13th is the 12th
        (ROUNDUP, "Sumy", "2024-03-12", "Overnight"),
        (LIVEBLOG, "Nikopol", "2024-03-14", "Updated 11:05"),
        # a timestamp opening the entry's own line
        ("Live\n16:05 GMT - Drones hit a refinery in Ryazan.\n[14:32] Shelling wounded two people in Kherson.\n",
         "Ryazan", "2024-03-14", "16:05 GMT"),
        ("Live\n16:05 GMT - Drones hit a refinery in Ryazan.\n[14:32] Shelling wounded two people in Kherson.\n",
         "Kherson", "2024-03-14", "14:32"),
        ("Daily update\n12.03.2024\n- A drone hit a car near Izium.\n- Shelling damaged a school in Kupiansk.\n",
         "Izium", "2024-03-12", "12.03.2024"),
    ],
)  # fmt: skip
def test_an_undated_item_takes_its_section_header(text, needle, value, quote):
    got = date_in_article(text, needle, "2024-03-14")
    assert (got.value, got.precision, got.quote) == (value, "day", quote)


def test_a_single_date_line_heads_the_items_of_a_page_that_calls_itself_a_roundup():
    text = (
        "Daily update from the south\n12.03.2024\nA drone hit a car near Izium.\nShelling hit a school in Kupiansk.\n"
    )
    assert date_in_article(text, "Kupiansk", "2024-03-14").value == "2024-03-12"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers walk off\n26.09.2024 10:14\nTroops refused to return to the front, relatives said.\n",
        "Residents who live near the base fear more raids\n26.09.2024\nTroops refused to return to the front.\n",
        # a date line closing the page heads nothing
        "Soldiers walk off\n26 September 2024\nTroops refused to return to the front.\nSeptember 27, 2024\n",
    ],
)
def test_a_single_date_line_under_the_title_dates_the_report_not_its_incidents(text):
    assert date_in_article(text, "refused", "2024-09-26").value is None


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("The bridge was struck on 25.03.2024.", None, "2024-03-25"),
        ("The bridge was struck on 25/03/2024.", None, "2024-03-25"),
        ("The bridge was struck on 03/25/2024.", None, "2024-03-25"),
        # both readings valid: the latest not after publication
        ("The bridge was struck on 05/03/2024.", "2024-04-01", "2024-03-05"),
        ("The bridge was struck on 05/03/2024.", None, None),
        ("A 7.62 mm round and 12/7 shells were found.", None, None),
    ],
)
def test_numeric_dates(sentence, published, value):
    assert date_of(sentence, published=published).value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a byline under the title is the reference date when the feed gives none
        ("Camp shelled\nBy Staff Writer | 14 May 2024\nRebels shelled a camp yesterday, killing five.", None,
         "2024-05-13"),
        # a post's signature between body lines dates the post, not the report
        ("Rebels said they ambushed a convoy.\nSahel Watch, 29 July 2024\nOn Tuesday, a drone struck a wedding.",
         "2024-08-02", "2024-07-30"),
    ],
)  # fmt: skip
def test_bylines_date_the_report_and_signatures_do_not(text, published, value):
    assert date_in_article(text, text.split()[-1], published).value == value


_WORDS = ["On", "Monday", "14", "May", "2024", "03.05.2024", "12/13/2024", "the", "same", "night", "Hours", "later",
          "KHARTOUM,", "(Agency)", "-", "14:32", "\n", "Published", "Tuesday,", "12", "March", "overnight", "into",
          "two", "days", "earlier", "said", "since", "on the 31st", ".", "- A", "drone", "hit"]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=40),
    published=st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))),
)
@settings(max_examples=200, deadline=None)
def test_any_text_gives_a_well_formed_date(words, published):
    text = " ".join(words).strip() or "x"
    mention = Mention(type="strike", sentences=split(text) or [Sentence(0, len(text), text)], confidence=1.0)
    got = resolve_date(mention, Article(id="x", text=text, published=published and published.isoformat()))
    assert (got.value is None) == (got.precision == "none")
    if got.value is not None:
        assert len(got.value) == {"day": 10, "month": 7, "year": 4}[got.precision]
