"""dates: when an incident happened, resolved against the publication date.

Date phrases are found with one regex over each evidence sentence (the
sentence that reports the event first) and resolved by arithmetic on the
publication date. dateparser is not used: measured on our phrase table it
returns nothing for "late March", "earlier this month" and "the summer of
2022", reads "Monday" in an article of a Monday as a week earlier, and its
`search_dates` takes words like "may" and "second" for dates.

Rules:
- never resolve into the future of the publication: a month or day after it
  without a year means the previous year ("In September", published January);
- keep the precision written: "in April 2023" -> 2023-04, month;
- a date that bounds rather than dates the event ("since 2014", "before May")
  is skipped; a date inside an embedded post (its signature) is skipped;
- a date attached to a speech verb ("said on Monday") is used only when the
  text dates nothing else (the statement dates the report);
- "since <date>" gives the reference month when the period lies within it;
- "the same day", "that night", "hours later", "the next day" take the date of
  the nearest earlier sentence that has one (an event date there beats a
  statement's date or a dateline), not the publication date;
- no date: value null, precision "none", `not_after` the publication date.

How the article dates itself (`Frame`):
- a dateline ("KHARTOUM, May 3 (Agency) -", "Published 03.05.2024") and a line
  holding only a date ("Tuesday, 12 March", "12.03.2024") are the reference
  date ("today") for the relative phrases below them, and never beat the
  evidence's own date phrase: a dateline in the evidence is the last fallback;
- in an article cut into sections (two or more date or time header lines, or
  one heading a list: a Telegram roundup, a daily update, a liveblog's "14:32"
  entries), an incident whose sentences give no date takes its section's date
  at day precision (a time-only header: the reference date). A single date line
  under a title dates the report, not its incidents (eval/dev.gold.jsonl keeps
  undated incidents null there);
- numeric dates: 03.05.2024 is day first; 03/05/2024 takes whichever reading
  is valid, or the latest not after the reference date, and no guess without one.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from fogwatch.model import Article, DateField, DatePrecision, Mention, Sentence
from fogwatch.segment import split

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_NUMBER_WORDS = {w: i + 1 for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight",
                                                  "nine", "ten", "eleven", "twelve"])} | {"a": 1, "an": 1}  # fmt: skip

# Month names are matched case-sensitively: "may" and "march" are also verbs.
_MONTH = r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)" \
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"  # fmt: skip
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_N = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)"
_PART = r"(?:(?:early|mid|late)[-\s]|the\s+(?:end|beginning|start|middle)\s+of\s+)"
_ON = r"(?:in|on|during)"
_DAYPART = r"(?:day|night|evening|morning|afternoon)"
_PREP = r"(?:in|during|on|of|from|through|throughout|since|until|till|by|before|after|last|this|early|late|mid)"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # 03.05.2024 is day first wherever dots are used; 03/05/2024 is read against the reference date.
    ("dotted", r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b"),
    ("slashed", r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
    # "the night of 14 to 15 May" is dated by its eve, as "overnight" is.
    (
        "dmy",
        rf"\b(?:{_ON}\s+)?the\s+night\s+of\s+{_DAY}\s*(?:-|–|/|to|into|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+"
        rf"(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+{_YEAR}\b)?",
    ),
    ("mdy", rf"(?:\b{_ON}\s+)?(?P<month>{_MONTH})\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
    ("dmy", rf"(?:\b{_ON}\s+)?\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+{_YEAR}\b)?"),
    ("month", rf"(?:\b{_ON}\s+)?(?:{_PART})?(?P<month>{_MONTH})(?:,?\s+(?:of\s+)?{_YEAR}\b)"),
    ("month", rf"(?:\b{_PREP}\s+(?:the\s+)?{_PART}?|\b{_PART})(?P<month>{_MONTH})\b(?!\s+\d)"),
    ("season", rf"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}\b"),
    ("year", rf"\b{_PREP}\s+(?:(?:early|mid|late)[-\s])?{_YEAR}\b(?![-\d/])"),
    ("night_into", rf"\b(?:overnight|(?:during\s+|in\s+)?the\s+night)\s+(?:into|to)\s+(?P<weekday>{_WEEKDAY})\b"),
    ("two_days_ago", r"\bthe\s+day\s+before\s+yesterday\b"),
    ("weekend", r"\b(?:(?:over|at|during)\s+the\s+|last\s+|this\s+past\s+)weekend\b"),
    ("day_only", rf"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH})"),
    ("days_later", rf"\b{_N}\s+days?\s+(?P<dir>later|earlier|afterwards?|after\s+that)\b"),
    (
        "same_day",
        rf"\b(?:(?:on\s+|during\s+|in\s+)?the\s+same\s+{_DAYPART}|(?:later|earlier)\s+(?:that|the\s+same)\s+{_DAYPART}"
        rf"|(?:on\s+|during\s+)?that\s+(?:same\s+)?{_DAYPART}"
        r"|(?:(?:a\s+few|several|\d+|two|three|four|five|six)\s+)?(?:hours|minutes)\s+(?:later|earlier)"
        r"|moments\s+later|shortly\s+afterwards?|within\s+hours"
        r"|(?:hours|minutes|moments|shortly)\s+after(?!\s+(?:midnight|dawn|daybreak|noon|sunrise|sunset|\d)))\b",
    ),
    ("next_day", rf"\b(?:the\s+(?:next|following)\s+{_DAYPART}|a\s+day\s+later|the\s+day\s+after(?!\s+tomorrow))\b"),
    (
        "day_before",
        r"\b(?:the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening)|a\s+day\s+earlier)\b",
    ),
    (
        "same_week",
        r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+week|that\s+(?:same\s+)?week"
        r"|the\s+same\s+week)\b",
    ),
    ("next_week", r"\b(?:the\s+(?:next|following)\s+week|a\s+week\s+later)\b"),
    ("today", r"\b(?:earlier\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"),
    # A report of the past day or night is dated by its eve: the night of the 6th-7th is the 6th.
    ("yesterday", r"\b(?:yesterday|last\s+night|overnight|(?:over|in)\s+the\s+(?:past|last)\s+(?:day|24\s+hours))\b"),
    ("days_ago", rf"\b{_N}\s+days?\s+ago\b"),
    ("weekday", rf"(?:\b{_ON}\s+)?\b(?P<last>last\s+)?(?P<weekday>{_WEEKDAY})\b"),
    (
        "last_week",
        r"\b(?:last\s+week|a\s+week\s+ago|the\s+previous\s+week"
        r"|(?:over|in)\s+the\s+(?:past|last)\s+(?:week|seven\s+days))\b",
    ),
    ("this_week", r"\b(?:earlier\s+)?this\s+week\b"),
    ("weeks_ago", rf"\b{_N}\s+weeks\s+ago\b"),
    ("last_month", r"\b(?:last\s+month|a\s+month\s+ago|the\s+previous\s+month)\b"),
    ("this_month", r"\b(?:earlier\s+)?this\s+month\b|\bearlier\s+in\s+the\s+month\b"),
    ("months_ago", rf"\b{_N}\s+months\s+ago\b"),
    ("last_year", r"\b(?:last\s+year|a\s+year\s+ago|the\s+previous\s+year)\b"),
    ("this_year", r"\b(?:earlier\s+)?this\s+year\b"),
]
# Group names repeat across alternatives, so the combined matcher drops them (keeping one group per
# alternative) and the matched text is re-read by that alternative alone.
_MATCHER = re.compile(
    "|".join(f"(?P<k{i}>{re.sub(r'[(][?]P<[a-z]+>', '(?:', p)})" for i, (_, p) in enumerate(_PATTERNS)), re.IGNORECASE
)
_SINGLE = [re.compile(p, re.IGNORECASE) for _, p in _PATTERNS]
_PRECISION_RANK = {"year": 1, "month": 2, "day": 3, "none": 0}
_ANAPHORA = {"same_day", "next_day", "day_before", "same_week", "next_week", "days_later"}

_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|before|after|by\s+the\s+end\s+of|from|between)\s+(?:the\s+)?$", re.I)
_BOUND_LEAD = re.compile(r"(?:since|until|till|before|after|by|from)\b", re.I)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|wrote|claimed|stated|added|explained|noted|posted|tweeted|confirmed|"
    r"admitted|denied|discussing|discussed|commenting|commented|speaking|spoke|interview(?:ed)?|published)"
    r"(?:\s+(?!that\b)\w+){0,3}?\s+(?:on|in|last|this|earlier)?\s*$",
    re.IGNORECASE,
)
_SPEECH_LEMMAS = {"say", "tell", "announce", "report", "write", "claim", "state", "add", "explain", "note", "post",
                  "tweet", "confirm", "admit", "deny", "discuss", "comment", "speak", "publish", "acknowledge",
                  "insist", "allege", "declare", "reveal", "describe", "recall", "warn"}  # fmt: skip
_SIGNATURE_BEFORE = re.compile(r"\(@\w+\)\s*$|—\s*[^—]*@\w+[^—]*$")


@dataclass(frozen=True)
class Resolved:
    """A date phrase and what it means."""

    quote: str
    start: int
    value: date
    precision: DatePrecision
    # "event" dates the event; "speech" dates a statement and "dateline" the report (fallbacks and anchors only);
    # "since" opens a period.
    role: str

    def iso(self) -> str:
        return {"day": self.value.isoformat(), "month": self.value.isoformat()[:7]}.get(
            self.precision, str(self.value.year)
        )

    def field(self, not_after: str | None) -> DateField:
        return DateField(value=self.iso(), precision=self.precision, not_after=not_after, quote=self.quote)


def resolve_date(mention: Mention, article: Article) -> DateField:
    """The incident's date from its evidence sentences (then its context sentences).

    A date on the event wins; else the date of the roundup or liveblog section the incident sits in; else a
    "since" date within the reference month; else the date of the statement that reports it (reports are dated
    by their statement when nothing else is given); else a dateline in the evidence; else none.
    """
    published = _parse_iso(article.published)
    first = mention.sentences[0].start if mention.sentences else 0
    frame = _frame_of(article.text, published, article)
    reference = frame.reference(first, published)
    not_after = (published or reference).isoformat() if (published or reference) else None
    fallback: dict[str, Resolved] = {}
    for sentence in [*mention.sentences, *mention.context]:
        found = [r for r in dates_in(sentence, published, article) if r is not None]
        events = [r for r in found if r.role == "event"]
        if events:
            return _pick(events, sentence).field(not_after)
        for r in found:
            fallback.setdefault(r.role, r)
    section = frame.section_date(first, published)
    if section is not None:
        return section.field(not_after)
    since = fallback.get("since")
    period = _common_period(since.value, reference) if since and reference else None
    if since and period:
        return Resolved(since.quote, since.start, *period, "since").field(not_after)
    best = fallback.get("speech") or fallback.get("dateline")
    if best is not None:
        return best.field(not_after)
    return DateField(value=None, precision="none", not_after=not_after)


def _common_period(start: date, reference: date) -> tuple[date, DatePrecision] | None:
    """The month that holds all of "since <start>" up to the reference date, or nothing.

    Not the year: "since March" in a May report spans three months, and a year value would read as a date
    (eval/dev.gold.jsonl accepts null or a month there, never the year).
    """
    if (start.year, start.month) == (reference.year, reference.month):
        return date(start.year, start.month, 1), "month"
    return None


def _pick(events: list[Resolved], sentence: Sentence) -> Resolved:
    """A sentence-initial date ("In September, ...") wins; else, with a parse, the one on the main verb; else the first.

    The first, not the most precise: in "a strike in May hit a base built on 3 June 2019" the later date is
    background, and background clauses tend to follow the event they hang on.
    """
    for r in events:
        if len(sentence.text[: r.start].split()) <= 1:
            return r
    doc = _doc_of(sentence)
    on_root = [r for r in events if (v := _governor(doc, r.start)) is not None and v.dep_ == "ROOT"] if doc else []
    return _refine(on_root[0] if on_root else events[0], events)


def _refine(chosen: Resolved, events: list[Resolved]) -> Resolved:
    """A later date inside the chosen one's period narrows it: "this year; in August, ..." -> August."""
    finer = [r for r in events if r.start > chosen.start and _PRECISION_RANK[r.precision] > _PRECISION_RANK[
        chosen.precision] and r.iso().startswith(chosen.iso())]  # fmt: skip
    return finer[0] if finer else chosen


def dates_in(
    sentence: Sentence, published: date | None, article: Article | None = None, depth: int = 0
) -> list[Resolved | None]:
    """Every date phrase of a sentence that dates something, resolved (None when unresolvable).

    Relative phrases resolve against the reference date where the sentence stands (a section header, a
    dateline, else the publication). "The same night" and its kin take the date of the nearest earlier
    sentence that has one.
    """
    text, base = (article.text, 0) if article is not None else (sentence.text, sentence.start)
    frame = _frame_of(text, published, article)
    out: list[Resolved | None] = []
    for m in _MATCHER.finditer(sentence.text):
        before = sentence.text[: m.start()]
        if _SIGNATURE_BEFORE.search(before) or _in_embed(sentence, m, article):
            continue
        bound = _BOUND_BEFORE.search(before) or _BOUND_LEAD.match(m.group())
        if bound and bound.group().split()[0].lower() != "since":
            continue  # "until May", "before 2020": a bound of something else
        index = int((m.lastgroup or "k0")[1:])
        kind = _PATTERNS[index][0]
        if kind == "today" and m.group()[0].isupper() and before.strip() and not before.rstrip().endswith((".", ":")):
            continue  # "USA Today", "Russia Today": a capitalised Today inside a sentence is a name
        if kind in _ANAPHORA:
            if article is None or depth >= _MAX_ANAPHORA_DEPTH:
                continue
            shift = _anaphora_shift(kind, index, m.group())
            resolved = _resolve_anaphora(kind, _anchor(article, sentence.start, published, depth), shift)
        else:
            resolved = _resolve_match(index, m.group(), frame.reference(sentence.start - base + m.start(), published))
        if resolved is None:
            out.append(None)
            continue
        if frame.is_dateline(sentence.start - base + m.start()):
            role = "dateline"
        else:
            role = "since" if bound else _role(sentence, m.start(), before)
        out.append(Resolved(_quote(m.group()), m.start(), *resolved, role))
    return out


def _resolve_match(index: int, text: str, reference: date | None) -> tuple[date, DatePrecision] | None:
    single = _SINGLE[index].fullmatch(text)
    return _resolve(_PATTERNS[index][0], single.groupdict(), reference) if single else None


def _anchor(article: Article, start: int, published: date | None, depth: int) -> Resolved | None:
    """What "the same night" refers to: the date of the nearest sentence before `start` that has one.

    Within that sentence an event date beats a statement's date or a dateline; "since" dates open periods and
    date nothing. A day is looked for first, a few sentences back: in "A drone hit X on Monday. The governor,
    in office since 2022 [or: elected in 2022], said ... The same night, ..." the night is Monday's. An anaphor
    there resolves in turn ("The next day ... Hours later"), a few steps deep.
    """
    nearest: Resolved | None = None
    for s in reversed([s for s in _sentences(article.text) if s.end <= start][-_ANCHOR_WINDOW:]):
        found = [r for r in dates_in(s, published, article, depth + 1) if r is not None and r.role != "since"]
        if found:
            events = [r for r in found if r.role == "event"]
            best = _pick(events, s) if events else found[0]
            if best.precision == "day":
                return best
            nearest = nearest or best
    return nearest


def _anaphora_shift(kind: str, index: int, text: str) -> int:
    """Days from the anchor: "the next day" +1, "the night before" -1, "two days later" +2, "a week later" +7."""
    if kind == "days_later":
        g = (_SINGLE[index].fullmatch(text) or _SINGLE[index].search(text)).groupdict()  # type: ignore[union-attr]
        return _count(g["n"]) * (-1 if g["dir"].lower() == "earlier" else 1)
    return {"next_day": 1, "day_before": -1, "next_week": 7}.get(kind, 0)


def _resolve_anaphora(kind: str, anchor: Resolved | None, shift: int) -> tuple[date, DatePrecision] | None:
    if anchor is None:
        return None
    if kind in ("same_week", "next_week"):
        return anchor.value + timedelta(days=shift), "month" if anchor.precision == "day" else anchor.precision
    if anchor.precision != "day":
        return anchor.value, anchor.precision
    return anchor.value + timedelta(days=shift), "day"


# --- how an article dates itself: datelines, header lines, sections -----------------------------------------


@dataclass(frozen=True)
class Header:
    """A line that only dates what follows it: "Tuesday, 12 March", "12.03.2024", "Updated 09:10", "14:32"."""

    start: int
    text: str
    value: date | None  # the calendar date it writes; None for a bare time
    lead: str  # "published" (or posted), "updated" or ""
    body: int = 0  # lines between it and the next header
    items: int = 0  # list-item lines among them

    def opens_section(self) -> bool:
        """A bare date line or a timestamp can head a section; "Published 3 May" or "Updated 4 May" dates the page."""
        return self.lead == "" or (self.value is None and self.lead == "updated")


@dataclass(frozen=True)
class Frame:
    """The dates an article gives itself, by offset: header lines and the dates that open a dateline."""

    headers: tuple[Header, ...]
    datelines: tuple[tuple[int, int, date | None], ...]

    def reference(self, at: int, published: date | None) -> date | None:
        """What "today" means at offset `at`: the latest date line or dateline above it, else the publication."""
        marks = [(h.start, h.value) for h in self.headers if h.lead != "updated"]
        marks += [(start, value) for start, _, value in self.datelines]
        above = [value for start, value in sorted(marks, key=lambda m: m[0]) if start < at and value is not None]
        return above[-1] if above else published

    def is_dateline(self, at: int) -> bool:
        in_header = any(h.start <= at < h.start + len(h.text) for h in self.headers)
        return in_header or any(start <= at < end for start, end, _ in self.datelines)

    def section_date(self, at: int, published: date | None) -> Resolved | None:
        """The date of the roundup or liveblog section holding offset `at`, at day precision, or None.

        Only an article cut into sections dates its items this way: two or more date or time header lines, or
        one heading a list. A single date line under the title dates the report, not the incidents in it.
        """
        heads = [h for h in self.headers if h.opens_section() and h.body > 0]
        above = [h for h in heads if h.start <= at]  # <=: a timestamp may open the entry's own line
        if not above or (len(heads) < 2 and above[-1].items < 2):
            return None
        head = above[-1]
        value = head.value or self.reference(head.start, published)
        return Resolved(head.text, 0, value, "day", "event") if value else None


_MAX_ANAPHORA_DEPTH = 3
_ANCHOR_WINDOW = 8  # sentences looked back for a day
_CALENDAR = {"iso", "dotted", "slashed", "mdy", "dmy"}
_TIME = (
    r"(?<![\d.])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d.])(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|[ECMP][SD]T|local\s+time|[A-Z][a-z]+\s+time)(?:\s*[+-]\d{1,2})?)?"
)
_HEADER_LEAD = r"(?:first\s+)?(?P<lead>published|posted|updated|last\s+updated)"
_HEADER_NOISE = re.compile(rf"{_TIME}|\b(?:{_HEADER_LEAD}|date|as\s+of|on|at)\b|{_WEEKDAY}|[^\w]+|_", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪►]|\d{1,2}[.)]\s|[^\w\s\"'“‘(\[])")
# "KHARTOUM, May 3 (Agency) -", "Kyiv, Ukraine, 3 May -": place names and commas, a date, an agency, a dash.
_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:\([^()\n]{1,40}\)\s*)?,\s*){1,3}")
_DATELINE_AFTER = re.compile(r"\s*(?:,?\s*(?:19|20)\d\d)?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—:]\s")
_DATELINE_LEAD = re.compile(rf"\s*[^\w\s]*\s*{_HEADER_LEAD}\b[^.!?\n]{{0,40}}$", re.IGNORECASE)
_TIME_PREFIX = re.compile(rf"\s*[^\w\s]{{0,3}}\s*(?P<time>{_TIME})\s*[^\w\s]{{0,3}}\s*(?:[-–—:|]\s*)?(?=[A-Z])")
_HEADER_MAX_CHARS = 60
_BYLINE_MAX_WORDS, _BYLINE_LINES = 12, 5  # as clean.py's dateline search


def _frame_of(text: str, published: date | None, article: Article | None) -> Frame:
    embeds = tuple((e.start, e.end) for e in article.embeds) if article is not None else ()
    return _frame(text, published.isoformat() if published else None, embeds)


@lru_cache(maxsize=32)
def _frame(text: str, published_iso: str | None, embeds: tuple[tuple[int, int], ...] = ()) -> Frame:
    """Header lines and datelines of an article, outside its embedded posts (cached: every mention asks)."""
    published = _parse_iso(published_iso)
    headers: list[Header] = []
    datelines: list[tuple[int, int, date | None]] = []
    lines: list[tuple[int, bool]] = []  # (offset, is a list item) of every other line
    head = True  # still in the block of short lines above the first sentence (title, outlet, byline)
    for n, line in enumerate(re.finditer(r"[^\n]+", text)):
        head = head and n < _BYLINE_LINES and _is_short(line.group())
        if any(start < line.end() and line.start() < end for start, end in embeds):
            continue  # a post's own date and signature date the post
        if (header := _header(line.group(), line.start(), published)) is not None:
            headers.append(header)
            continue
        if stamp := _TIME_PREFIX.match(line.group()):  # "14:32 - Drones hit ...": a liveblog entry on one line
            headers.append(Header(line.start(), stamp.group("time"), None, ""))
        elif (found := _dateline(line.group(), published, head)) is not None:
            datelines.append((line.start() + found[0], line.start() + found[1], found[2]))
        lines.append((line.start() + 1, bool(_LIST_ITEM.match(line.group()))))
    ends = [h.start for h in headers[1:]] + [len(text)] if headers else []
    counted = [
        replace(
            h, body=sum(h.start < at < end for at, _ in lines), items=sum(h.start < at < end for at, i in lines if i)
        )
        for h, end in zip(headers, ends, strict=True)
    ]
    return Frame(tuple(counted), tuple(datelines))


def _header(line: str, start: int, published: date | None) -> Header | None:
    """The line as a header when it holds nothing but a date and/or a time, weekday, lead word and punctuation."""
    if len(line.strip()) > _HEADER_MAX_CHARS:
        return None
    calendar = [m for m in _MATCHER.finditer(line) if _kind(m) in _CALENDAR]
    residue = line
    for m in reversed(calendar):
        residue = residue[: m.start()] + " " + residue[m.end() :]
    if _HEADER_NOISE.sub("", residue) or not (calendar or re.search(_TIME, line)):
        return None
    resolved = _resolve_match(_index(calendar[0]), calendar[0].group(), published) if calendar else None
    lead = re.search(_HEADER_LEAD, line, re.IGNORECASE)
    word = lead.group("lead").lower() if lead else ""
    kind = "" if not word else "published" if word in ("published", "posted") else "updated"
    return Header(start + len(line) - len(line.lstrip()), line.strip(), resolved[0] if resolved else None, kind)


def _dateline(line: str, published: date | None, top: bool) -> tuple[int, int, date | None] | None:
    """The span and value of the date that opens a dateline ("KHARTOUM, May 3 (Agency) -", "Published 03.05.2024")."""
    m = next(_MATCHER.finditer(line[:120]), None)
    if m is None or _kind(m) not in _CALENDAR | {"weekday"}:
        return None
    before, after = line[: m.start()], line[m.end() :]
    opens = (_DATELINE_PLACE.fullmatch(before) or not before.strip()) and _DATELINE_AFTER.match(after)
    # a byline or an outlet line under the title: "By Staff Writer | 14 May 2024", "Prut Post, Chisinau, 15.02.2024"
    # (lower down, such a line is a post's signature)
    byline = top and "@" not in line and re.search(r"(?:19|20)\d\d", m.group())
    if not (opens or byline or _DATELINE_LEAD.fullmatch(before)):
        return None
    resolved = _resolve_match(_index(m), m.group(), published)
    return m.start(), m.end(), resolved[0] if resolved else None


def _is_short(line: str) -> bool:
    return len(line.split()) <= _BYLINE_MAX_WORDS and not line.rstrip().endswith((".", "!", "?"))


def _index(m: re.Match[str]) -> int:
    return int((m.lastgroup or "k0")[1:])


def _kind(m: re.Match[str]) -> str:
    return _PATTERNS[_index(m)][0]


@lru_cache(maxsize=32)
def _sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(split(text))


def _role(sentence: Sentence, start: int, before: str) -> str:
    """ "speech" when the date hangs on a verb of saying ("said on Monday"), else "event".

    With a parse, the first verb above the date decides; without one, a speech verb just before it.
    """
    doc = _doc_of(sentence)
    if doc is not None:
        verb = _governor(doc, start)
        if verb is not None:
            return "speech" if verb.lemma_.lower() in _SPEECH_LEMMAS else "event"
    return "speech" if _SPEECH_BEFORE.search(before) else "event"


def _doc_of(sentence: Sentence) -> Any:
    doc = sentence.doc
    return doc if doc is not None and getattr(doc, "text", None) == sentence.text else None


def _governor(doc: Any, char: int) -> Any:
    """The first verb above the token at `char` in the parse, or None."""
    token = next((t for t in doc if t.idx <= char < t.idx + len(t.text) + 1), None)
    seen = 0
    while token is not None and seen < len(doc):
        if token.pos_ in ("VERB", "AUX") and seen > 0:
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token, seen = token.head, seen + 1
    return None


def _resolve(kind: str, g: dict[str, str | None], pub: date | None) -> tuple[date, DatePrecision] | None:
    if kind in ("iso", "dotted"):
        return _numeric(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    if kind == "slashed":
        return _slashed(int(g["a"] or 0), int(g["b"] or 0), int(g["y"] or 0), pub)
    if kind in ("mdy", "dmy"):
        month, day = _month_number(g["month"]), int(g["day"] or 0)
        if g["year"]:
            return _safe_date(int(g["year"]), month, day), "day"
        return (_past_year(pub, month, day), "day") if pub else None
    if kind == "month":
        month = _month_number(g["month"])
        if g.get("year"):
            return date(int(g["year"] or 0), month, 1), "month"
        return (_past_year(pub, month, 1), "month") if pub else None
    if kind in ("season", "year"):
        return date(int(g["year"] or 0), 1, 1), "year"
    return _resolve_relative(kind, g, pub) if pub else None


def _resolve_relative(kind: str, g: dict[str, str | None], pub: date) -> tuple[date, DatePrecision] | None:
    n = _count(g.get("n"))
    if kind == "today":
        return pub, "day"
    if kind == "yesterday":
        return pub - timedelta(days=1), "day"
    if kind in ("days_ago", "two_days_ago"):
        return pub - timedelta(days=n if kind == "days_ago" else 2), "day"
    if kind == "weekday":
        back = (pub.weekday() - WEEKDAYS.index((g["weekday"] or "").lower())) % 7
        if g.get("last") and back == 0:
            back = 7
        return pub - timedelta(days=back), "day"
    if kind == "night_into":  # the night into Tuesday is Monday's
        return pub - timedelta(days=(pub.weekday() - WEEKDAYS.index((g["weekday"] or "").lower())) % 7 + 1), "day"
    if kind == "weekend":  # the Saturday
        return pub - timedelta(days=(pub.weekday() - 5) % 7), "day"
    if kind == "day_only":  # "on the 14th": of the reference month, or of the month before if still to come
        day = int(g["day"] or 0)
        previous = date(pub.year, pub.month, 1) - timedelta(days=1)
        candidate = _safe_date(pub.year, pub.month, day)
        return (candidate if candidate <= pub else _safe_date(previous.year, previous.month, day)), "day"
    # A week is finer than a month but has no precision of its own: report the month it falls in.
    if kind in ("last_week", "weeks_ago"):
        return pub - timedelta(days=7 * (n if kind == "weeks_ago" else 1)), "month"
    if kind == "this_week":
        return pub - timedelta(days=min(pub.weekday(), 3)), "month"
    if kind in ("last_month", "months_ago", "this_month"):
        back = 0 if kind == "this_month" else (n if kind == "months_ago" else 1)
        total = pub.year * 12 + pub.month - 1 - back
        return date(total // 12, total % 12 + 1, 1), "month"
    if kind in ("last_year", "this_year"):
        return date(pub.year - (1 if kind == "last_year" else 0), 1, 1), "year"
    return None


def _numeric(year: int, month: int, day: int) -> tuple[date, DatePrecision] | None:
    return (_safe_date(year, month, day), "day") if 1 <= month <= 12 and 1 <= day <= 31 else None


def _slashed(a: int, b: int, year: int, reference: date | None) -> tuple[date, DatePrecision] | None:
    """03/05/2024: whichever of day-first and month-first is valid; if both, the latest not after the reference.

    Outlets differ (day-first in most of the world, month-first in the US), so with no reference date an
    ambiguous one is not guessed.
    """
    readings = sorted({r[0] for r in (_numeric(year, b, a), _numeric(year, a, b)) if r is not None})
    if len(readings) == 1:
        return readings[0], "day"
    past = [r for r in readings if reference is not None and r <= reference]
    return (past[-1], "day") if past else None


def _past_year(pub: date, month: int, day: int) -> date:
    """The month (and day) in the publication's year, or the year before if that would be after publication."""
    candidate = _safe_date(pub.year, month, day)
    return candidate if candidate <= pub else _safe_date(pub.year - 1, month, day)


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(max(day, 1), monthrange(year, month)[1]))


def _month_number(name: str | None) -> int:
    return _MONTH_ABBR[(name or "").lower()[:3]]


def _count(n: str | None) -> int:
    if not n:
        return 1
    return int(n) if n.isdigit() else _NUMBER_WORDS.get(n.lower(), 1)


def _in_embed(sentence: Sentence, m: re.Match[str], article: Article | None) -> bool:
    if article is None:
        return False
    at = sentence.start + m.start()
    return any(e.start <= at < e.end for e in article.embeds)


def _quote(text: str) -> str:
    return text.strip().rstrip(",")


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
