"""date phrases: the grammar of written dates and the arithmetic that resolves them.

One regex alternative per kind of phrase ("on March 14", "03.05.2024", "last week", "the same night", ...),
combined into one matcher; `resolve_phrase` turns a matched phrase into a date and its precision against a
reference date ("today" where the phrase is written). Which phrase dates an incident is dates.py's concern.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from fogwatch.model import DateField, DatePrecision

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_NUMBER_WORDS = {w: i + 1 for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight",
                                                  "nine", "ten", "eleven", "twelve"])} | {"a": 1, "an": 1}  # fmt: skip

# Month names are matched case-sensitively: "may" and "march" are also verbs.
_MONTH = r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)" \
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"  # fmt: skip
WEEKDAY_PATTERN = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_N = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)"
_PART = r"(?:(?:early|mid|late)[-\s]|the\s+(?:end|beginning|start|middle)\s+of\s+)"
_ON = r"(?:in|on|during)"
_DAYPART = r"(?:day|night|evening|morning|afternoon)"
_PREP = r"(?:in|during|on|of|from|through|throughout|since|until|till|by|before|after|last|this|early|late|mid)"

PATTERNS: list[tuple[str, str]] = [
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
    (
        "night_into",
        rf"\b(?:overnight|(?:during\s+|in\s+)?the\s+night)\s+(?:into|to)\s+(?P<weekday>{WEEKDAY_PATTERN})\b",
    ),
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
    ("weekday", rf"(?:\b{_ON}\s+)?\b(?P<last>last\s+)?(?P<weekday>{WEEKDAY_PATTERN})\b"),
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
MATCHER = re.compile(
    "|".join(f"(?P<k{i}>{re.sub(r'[(][?]P<[a-z]+>', '(?:', p)})" for i, (_, p) in enumerate(PATTERNS)), re.IGNORECASE
)
SINGLE = [re.compile(p, re.IGNORECASE) for _, p in PATTERNS]
ANAPHORA = {"same_day", "next_day", "day_before", "same_week", "next_week", "days_later"}


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


def resolve_phrase(index: int, text: str, reference: date | None) -> tuple[date, DatePrecision] | None:
    single = SINGLE[index].fullmatch(text)
    return _resolve(PATTERNS[index][0], single.groupdict(), reference) if single else None


def index_of(m: re.Match[str]) -> int:
    return int((m.lastgroup or "k0")[1:])


def kind_of(m: re.Match[str]) -> str:
    return PATTERNS[index_of(m)][0]


def _resolve(kind: str, g: dict[str, str | None], pub: date | None) -> tuple[date, DatePrecision] | None:
    if kind in ("iso", "dotted"):
        return _numeric(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    if kind == "slashed":
        return _slashed(int(g["a"] or 0), int(g["b"] or 0), int(g["y"] or 0), pub)
    if kind in ("mdy", "dmy"):
        month, day = _month_number(g["month"]), int(g["day"] or 0)
        if g["year"]:
            return safe_date(int(g["year"]), month, day), "day"
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
    n = count_word(g.get("n"))
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
        candidate = safe_date(pub.year, pub.month, day)
        return (candidate if candidate <= pub else safe_date(previous.year, previous.month, day)), "day"
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
    return (safe_date(year, month, day), "day") if 1 <= month <= 12 and 1 <= day <= 31 else None


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
    candidate = safe_date(pub.year, month, day)
    return candidate if candidate <= pub else safe_date(pub.year - 1, month, day)


def safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(max(day, 1), monthrange(year, month)[1]))


def _month_number(name: str | None) -> int:
    return _MONTH_ABBR[(name or "").lower()[:3]]


def count_word(n: str | None) -> int:
    if not n:
        return 1
    return int(n) if n.isdigit() else _NUMBER_WORDS.get(n.lower(), 1)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
