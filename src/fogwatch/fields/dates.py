"""dates: when an incident happened, resolved against the article's reference date.

Date phrases are found with one regex over each evidence sentence (the
sentence that reports the event first) and resolved by arithmetic on the
reference date: date_phrases.py holds that grammar and arithmetic; this module
decides which phrase dates the incident and what "today" is in the article.
dateparser is not used: measured on our phrase table it returns nothing for
"late March", "earlier this month" and "the summer of 2022", reads "Monday" in
an article of a Monday as a week earlier, and its `search_dates` takes words
like "may" and "second" for dates.

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
- in an article cut into sections (two or more date or time header lines with
  lines under them, or one heading a list, or one in a page that calls itself
  a roundup, digest or live update: a Telegram roundup, a daily update, a
  liveblog's "14:32" entries), an incident whose sentences give no date takes
  its section's date at day precision (a time-only header: the reference date).
  A single date line under the title of an ordinary report dates the report,
  not its incidents (eval/dev.gold.jsonl keeps undated incidents null there);
- a byline in the short lines above the first sentence ("By X | 14 May 2024")
  is a reference date; lines inside embedded posts never are;
- numeric dates: 03.05.2024 is day first; 03/05/2024 takes whichever reading
  is valid, or the latest not after the reference date, and no guess without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from fogwatch.fields.date_phrases import (
    ANAPHORA,
    MATCHER,
    PATTERNS,
    SINGLE,
    WEEKDAY_PATTERN,
    Resolved,
    count_word,
    index_of,
    kind_of,
    parse_iso,
    resolve_phrase,
)
from fogwatch.model import Article, DateField, DatePrecision, Mention, Sentence
from fogwatch.segment import split

_PRECISION_RANK = {"year": 1, "month": 2, "day": 3, "none": 0}

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


def resolve_date(mention: Mention, article: Article) -> DateField:
    """The incident's date from its evidence sentences (then its context sentences).

    A date on the event wins; else the date of the roundup or liveblog section the incident sits in; else a
    "since" date within the reference month; else the date of the statement that reports it (reports are dated
    by their statement when nothing else is given); else a dateline in the evidence; else none.
    """
    published = parse_iso(article.published)
    first = mention.sentences[0].start if mention.sentences else 0
    frame = _frame_of(article.text, published, article)
    reference = frame.reference(first, published)
    bound = published or reference
    not_after = bound.isoformat() if bound else None
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
    for m in MATCHER.finditer(sentence.text):
        before = sentence.text[: m.start()]
        if _SIGNATURE_BEFORE.search(before) or _in_embed(sentence, m, article):
            continue
        bound = _BOUND_BEFORE.search(before) or _BOUND_LEAD.match(m.group())
        if bound and bound.group().split()[0].lower() != "since":
            continue  # "until May", "before 2020": a bound of something else
        index = int((m.lastgroup or "k0")[1:])
        kind = PATTERNS[index][0]
        if kind == "today" and m.group()[0].isupper() and before.strip() and not before.rstrip().endswith((".", ":")):
            continue  # "USA Today", "Russia Today": a capitalised Today inside a sentence is a name
        if kind in ANAPHORA:
            if article is None or depth >= _MAX_ANAPHORA_DEPTH:
                continue
            shift = _anaphora_shift(kind, index, m.group())
            resolved = _resolve_anaphora(kind, _anchor(article, sentence.start, published, depth), shift)
        else:
            resolved = resolve_phrase(index, m.group(), frame.reference(sentence.start - base + m.start(), published))
        if resolved is None:
            out.append(None)
            continue
        if frame.is_dateline(sentence.start - base + m.start()):
            role = "dateline"
        else:
            role = "since" if bound else _role(sentence, m.start(), before)
        out.append(Resolved(_quote(m.group()), m.start(), *resolved, role))
    return out


def _anchor(article: Article, start: int, published: date | None, depth: int) -> Resolved | None:
    """What "the same night" refers to: the date of the event told just before `start`.

    Walking back a few sentences: the nearest event date at day precision, else the nearest event date, else
    the nearest date of a statement or a dateline. In "A drone hit X on Monday. The governor, elected in 2022,
    said on Tuesday that ... The same night, ..." the night is Monday's. "Since" dates open periods and date
    nothing. An anaphor there resolves in turn ("The next day ... Hours later"), a few steps deep.
    """
    candidates: list[Resolved] = []
    for s in reversed([s for s in _sentences(article.text) if s.end <= start][-_ANCHOR_WINDOW:]):
        found = [r for r in dates_in(s, published, article, depth + 1) if r is not None and r.role != "since"]
        events = [r for r in found if r.role == "event"]
        if events:
            candidates.append(_pick(events, s))
        elif found:
            candidates.append(found[0])
    ranked = [
        next((r for r in candidates if r.role == "event" and r.precision == "day"), None),
        next((r for r in candidates if r.role == "event"), None),
        candidates[0] if candidates else None,
    ]
    return next((r for r in ranked if r is not None), None)


def _anaphora_shift(kind: str, index: int, text: str) -> int:
    """Days from the anchor: "the next day" +1, "the night before" -1, "two days later" +2, "a week later" +7."""
    if kind == "days_later" and (m := SINGLE[index].fullmatch(text)):
        return count_word(m.group("n")) * (-1 if m.group("dir").lower() == "earlier" else 1)
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
    roundup: bool = False  # the page calls itself a roundup, digest or live update

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
        one heading a list, or one in a page that calls itself a roundup. A single date line under the title of
        an ordinary report dates the report, not the incidents in it.
        """
        heads = [h for h in self.headers if h.opens_section() and h.body > 0]
        above = [h for h in heads if h.start <= at]  # <=: a timestamp may open the entry's own line
        if not above or (len(heads) < 2 and above[-1].items < 2 and not self.roundup):
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
_HEADER_NOISE = re.compile(
    rf"{_TIME}|\b(?:{_HEADER_LEAD}|date|as\s+of|on|at)\b|{WEEKDAY_PATTERN}|[^\w]+|_", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪►]|\d{1,2}[.)]\s|[^\w\s\"'“‘(\[])")
# "KHARTOUM, May 3 (Agency) -", "Kyiv, Ukraine, 3 May -": place names and commas, a date, an agency, a dash.
_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:\([^()\n]{1,40}\)\s*)?,\s*){1,3}")
_DATELINE_AFTER = re.compile(r"\s*(?:,?\s*(?:19|20)\d\d)?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—:]\s")
_DATELINE_LEAD = re.compile(rf"\s*[^\w\s]*\s*{_HEADER_LEAD}\b[^.!?\n]{{0,40}}$", re.IGNORECASE)
_TIME_PREFIX = re.compile(rf"\s*[^\w\s]{{0,3}}\s*(?P<time>{_TIME})\s*[^\w\s]{{0,3}}\s*(?:[-–—:|]\s*)?(?=[A-Z])")
_HEADER_MAX_CHARS = 60
# Words by which a page calls itself a list of the day's items (not "week in review": a narrative with a date line).
_ROUNDUP = re.compile(
    r"\b(?:round-?ups?|digest|daily\s+(?:update|summary|briefing|report)|sitrep|situation\s+report|in\s+brief"
    r"|live(?:\s+updates|\s*blog)|^\W*live\b|key\s+events|(?:morning|evening)\s+(?:update|briefing|summary))\b",
    re.IGNORECASE | re.MULTILINE,
)
_ROUNDUP_LINES = 3
_BYLINE_MAX_WORDS, _BYLINE_LINES = 12, 5  # as clean.py's dateline search


def _frame_of(text: str, published: date | None, article: Article | None) -> Frame:
    embeds = tuple((e.start, e.end) for e in article.embeds) if article is not None else ()
    return _frame(text, published.isoformat() if published else None, embeds)


@lru_cache(maxsize=32)
def _frame(text: str, published_iso: str | None, embeds: tuple[tuple[int, int], ...] = ()) -> Frame:
    """Header lines and datelines of an article, outside its embedded posts (cached: every mention asks)."""
    published = parse_iso(published_iso)
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
    roundup = bool(_ROUNDUP.search("\n".join(text.split("\n", _ROUNDUP_LINES)[:_ROUNDUP_LINES])))
    return Frame(tuple(counted), tuple(datelines), roundup)


def _header(line: str, start: int, published: date | None) -> Header | None:
    """The line as a header when it holds nothing but a date and/or a time, weekday, lead word and punctuation."""
    if len(line.strip()) > _HEADER_MAX_CHARS:
        return None
    calendar = [m for m in MATCHER.finditer(line) if kind_of(m) in _CALENDAR]
    residue = line
    for m in reversed(calendar):
        residue = residue[: m.start()] + " " + residue[m.end() :]
    if _HEADER_NOISE.sub("", residue) or not (calendar or re.search(_TIME, line)):
        return None
    resolved = resolve_phrase(index_of(calendar[0]), calendar[0].group(), published) if calendar else None
    lead = re.search(_HEADER_LEAD, line, re.IGNORECASE)
    word = lead.group("lead").lower() if lead else ""
    kind = "" if not word else "published" if word in ("published", "posted") else "updated"
    return Header(start + len(line) - len(line.lstrip()), line.strip(), resolved[0] if resolved else None, kind)


def _dateline(line: str, published: date | None, top: bool) -> tuple[int, int, date | None] | None:
    """The span and value of the date that opens a dateline ("KHARTOUM, May 3 (Agency) -", "Published 03.05.2024")."""
    m = next(MATCHER.finditer(line[:120]), None)
    if m is None or kind_of(m) not in _CALENDAR | {"weekday"}:
        return None
    before, after = line[: m.start()], line[m.end() :]
    opens = (_DATELINE_PLACE.fullmatch(before) or not before.strip()) and _DATELINE_AFTER.match(after)
    # a byline or an outlet line under the title: "By Staff Writer | 14 May 2024", "Prut Post, Chisinau, 15.02.2024"
    # (lower down, such a line is a post's signature)
    byline = top and "@" not in line and re.search(r"(?:19|20)\d\d", m.group())
    if not (opens or byline or _DATELINE_LEAD.fullmatch(before)):
        return None
    resolved = resolve_phrase(index_of(m), m.group(), published)
    return m.start(), m.end(), resolved[0] if resolved else None


def _is_short(line: str) -> bool:
    return len(line.split()) <= _BYLINE_MAX_WORDS and not line.rstrip().endswith((".", "!", "?"))


@lru_cache(maxsize=32)
def _sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(split(text))


def _role(sentence: Sentence, start: int, before: str) -> str:
    """ "speech" when the date hangs on a verb of saying ("said on Monday"), else "event".

    With a parse, the first verb above the date decides; without one, a speech verb just before it.
    """
    doc = _doc_of(sentence)
    if doc is not None:
        if _right_after_speech(doc, start):
            return "speech"
        verb = _governor(doc, start)
        if verb is not None:
            return "speech" if verb.lemma_.lower() in _SPEECH_LEMMAS else "event"
    return "speech" if _SPEECH_BEFORE.search(before) else "event"


def _right_after_speech(doc: Any, char: int) -> bool:
    """Whether the date phrase at `char` directly follows a verb of saying or its listener ("said on Thursday",
    "told reporters on Monday").

    The parser often hangs such a date on the reported clause ("said on Thursday it had identified ..."); in
    news English a date right after the speech verb dates the statement.
    """
    at = next((t for t in doc if t.idx >= char), None)
    if at is None or at.i == 0:
        return False
    before = doc[at.i - 1]
    if before.pos_ == "ADP" and before.i > 0:
        before = doc[before.i - 1]
    if before.dep_ in ("dobj", "dative") and 0 < before.i - before.head.i <= 2:
        before = before.head
    return before.pos_ == "VERB" and before.lemma_.lower() in _SPEECH_LEMMAS


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


def _in_embed(sentence: Sentence, m: re.Match[str], article: Article | None) -> bool:
    if article is None:
        return False
    at = sentence.start + m.start()
    return any(e.start <= at < e.end for e in article.embeds)


def _quote(text: str) -> str:
    return text.strip().rstrip(",")
