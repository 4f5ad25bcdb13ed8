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
- "since <date>" gives the publication month when the period lies within it;
- "the same day", "hours later", "the next day" resolve against the last date
  written before the sentence;
- no date: value null, precision "none", `not_after` the publication date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from fogwatch.model import Article, DateField, DatePrecision, Mention, Sentence

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
_PREP = r"(?:in|during|on|of|from|through|throughout|since|until|till|by|before|after|last|this|early|late|mid)"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("mdy", rf"(?:\b{_ON}\s+)?(?P<month>{_MONTH})\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
    ("dmy", rf"(?:\b{_ON}\s+)?\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+{_YEAR}\b)?"),
    ("month", rf"(?:\b{_ON}\s+)?(?:{_PART})?(?P<month>{_MONTH})(?:,?\s+(?:of\s+)?{_YEAR}\b)"),
    ("month", rf"(?:\b{_PREP}\s+(?:the\s+)?{_PART}?|\b{_PART})(?P<month>{_MONTH})\b(?!\s+\d)"),
    ("season", rf"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}\b"),
    ("year", rf"\b{_PREP}\s+(?:(?:early|mid|late)[-\s])?{_YEAR}\b(?![-\d/])"),
    (
        "same_day",
        r"\b(?:(?:on\s+)?the\s+same\s+day|(?:later|earlier)\s+(?:that|the\s+same)\s+day"
        r"|that\s+(?:same\s+)?day|(?:hours|minutes)\s+(?:later|earlier))\b",
    ),
    ("next_day", r"\b(?:the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later)\b"),
    ("day_before", r"\b(?:the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night))\b"),
    (
        "same_week",
        r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+week|that\s+(?:same\s+)?week"
        r"|the\s+same\s+week)\b",
    ),
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
_ANAPHORA = {"same_day", "next_day", "day_before", "same_week"}

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
    role: str  # "event" (dates the event) or "speech" (dates a statement: an upper bound only)

    def iso(self) -> str:
        return {"day": self.value.isoformat(), "month": self.value.isoformat()[:7]}.get(
            self.precision, str(self.value.year)
        )


def resolve_date(mention: Mention, article: Article) -> DateField:
    """The incident's date from its evidence sentences (then its context sentences).

    A date on the event wins; else a "since" date within the publication month; else the date of the
    statement that reports it (reports are dated by their statement when nothing else is given); else none.
    """
    published = _parse_iso(article.published)
    not_after = published.isoformat() if published else None
    fallback: dict[str, Resolved] = {}
    for sentence in [*mention.sentences, *mention.context]:
        found = [r for r in dates_in(sentence, published, article) if r is not None]
        events = [r for r in found if r.role == "event"]
        if events:
            best = _pick(events, sentence)
            return DateField(value=best.iso(), precision=best.precision, not_after=not_after, quote=best.quote)
        for r in found:
            fallback.setdefault(r.role, r)
    since = fallback.get("since")
    period = _common_period(since.value, published) if since and published else None
    if since and period:
        value, precision = period
        best = Resolved(since.quote, since.start, value, precision, "since")
        return DateField(value=best.iso(), precision=precision, not_after=not_after, quote=best.quote)
    if "speech" in fallback:
        best = fallback["speech"]
        return DateField(value=best.iso(), precision=best.precision, not_after=not_after, quote=best.quote)
    return DateField(value=None, precision="none", not_after=not_after)


def _common_period(start: date, published: date) -> tuple[date, DatePrecision] | None:
    """The month that holds all of "since <start>" up to publication, or nothing.

    Not the year: "since March" in a May report spans three months, and a year value would read as a date
    (eval/dev.gold.jsonl accepts null or a month there, never the year).
    """
    if (start.year, start.month) == (published.year, published.month):
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
    sentence: Sentence, published: date | None, article: Article | None = None, anaphora: bool = True
) -> list[Resolved | None]:
    """Every date phrase of a sentence that dates something, resolved (None when unresolvable).

    "The same day" and its kin take the last date written before the sentence in the article.
    """
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
        single = _SINGLE[index].fullmatch(m.group())
        if kind in _ANAPHORA:
            if not anaphora or article is None:
                continue
            resolved = _resolve_anaphora(kind, _anchor(article, sentence.start, published))
        else:
            resolved = _resolve(kind, single.groupdict(), published) if single else None
        if resolved is None:
            out.append(None)
            continue
        value, precision = resolved
        role = "since" if bound else _role(sentence, m.start(), before)
        out.append(Resolved(_quote(m.group()), m.start(), value, precision, role))
    return out


def _anchor(article: Article, start: int, published: date | None) -> Resolved | None:
    """The last date written in the article before `start` (what "the same day" refers to)."""
    text = article.text[:start]
    found = dates_in(Sentence(0, len(text), text), published, article, anaphora=False)
    dated = [r for r in found if r is not None and r.role != "since"]
    return dated[-1] if dated else None


def _resolve_anaphora(kind: str, anchor: Resolved | None) -> tuple[date, DatePrecision] | None:
    if anchor is None:
        return None
    if anchor.precision != "day":
        return anchor.value, anchor.precision
    shift = {"next_day": 1, "day_before": -1}.get(kind, 0)
    if kind == "same_week":
        return anchor.value, "month"
    return anchor.value + timedelta(days=shift), "day"


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
    if kind == "iso":
        return _safe_date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)), "day"
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
    if kind == "days_ago":
        return pub - timedelta(days=n), "day"
    if kind == "weekday":
        back = (pub.weekday() - WEEKDAYS.index((g["weekday"] or "").lower())) % 7
        if g.get("last") and back == 0:
            back = 7
        return pub - timedelta(days=back), "day"
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
