"""Embedded social posts inside a scraped article: quoted tweets, Telegram posts, videos.

Scrapers flatten an embed into a few lines of text. A tweet ends with a signature line
(`— Name (@handle) Month D, YYYY`) and its picture link (`pic.twitter.com/...`) sits on the
post's last line, though some scrapers put the post's last line after the signature. A
Telegram post is marked by its `t.me/<channel>/<number>` link. Embeds are content, not
boilerplate: the cleaner keeps their lines and records where they sit.

Everything here works on a list of lines and returns line ranges; the cleaner turns them
into character offsets once it knows which lines survive.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from fogwatch.model import EmbedKind

# `— Name (@handle) May 3, 2023`; the name may itself hold an address (name@bsky.social).
_TWEET_SIGNATURE = re.compile(
    r"^\s*[—–―-]{1,2}\s*(?P<name>[^()\n]{0,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\s*$"
)
# A bare `— @handle May 3, 2023`, as some scrapers print it.
_BARE_SIGNATURE = re.compile(
    r"^\s*[—–―-]{1,2}\s*@(?P<handle>\w{1,30})\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\s*$"
)
_TWEET_LINK = re.compile(r"\b(?:pic\.twitter\.com|t\.co|(?:twitter|x)\.com/\w+/status)/\w+", re.IGNORECASE)
_TELEGRAM_LINK = re.compile(
    r"\b(?:t|telegram)\.me/(?:s/)?(?P<channel>[A-Za-z]\w{3,31})(?:/(?P<post>\d+))?", re.IGNORECASE
)
_VIDEO_LINK = re.compile(r"\b(?:youtube\.com/(?:watch|shorts|embed)|youtu\.be/|vimeo\.com/\d)", re.IGNORECASE)
_POST_MARK = re.compile(r"(?:^|\s)[#@]\w{2,}")
# "👁 12.3K views · 02:14": the counter under a Telegram post in the channel's widget.
_VIEWS = re.compile(r"^\W*\d+(?:[.,]\d+)?\s?[KkMm]?\s+views?\b")
_MAX_CHANNEL_NAME_WORDS = 5
_URL_ONLY = re.compile(r"^\s*(?:https?://)?\S+\s*$")

# How many lines after a signature may still belong to the post (scrapers that move the
# post's last line, with its picture link, below the signature).
_MAX_TRAILING = 3
# Lines before a signature beyond the first are taken only when they carry a post's marks
# (a link, #tag, @handle, another script) or are very short: the article's own sentences
# above an embed are longer.
_MAX_EXTRA_POST_WORDS = 6
_MAX_TRAILING_WORDS = 30
# A Telegram post's header (channel name and date) sits at most this far above its link.
_MAX_HEADER_DISTANCE = 3
_MAX_HEADER_WORDS = 10


@dataclass(frozen=True)
class EmbedLines:
    """An embed found in a list of lines: `first`..`last` inclusive."""

    kind: EmbedKind
    author: str | None
    date: str | None
    first: int
    last: int


def parse_signature_date(text: str | None) -> str | None:
    """'November 3, 2023' or 'Nov 3, 2023' -> '2023-11-03'; None when it is not a date."""
    if not text:
        return None
    cleaned = text.replace(".", "").replace("Sept ", "Sep ")
    for fmt in ("%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def tweet_signature(line: str) -> tuple[str, str | None] | None:
    """The (@handle, ISO date) of a tweet signature line, or None for any other line."""
    if len(line) > 200:
        return None
    match = _TWEET_SIGNATURE.match(line) or _BARE_SIGNATURE.match(line)
    if not match:
        return None
    return "@" + match.group("handle"), parse_signature_date(match.group("date"))


def find_embeds(lines: list[str], boilerplate: Callable[[str], bool] | None = None) -> list[EmbedLines]:
    """Every embedded post in `lines`, in order, as line ranges that do not overlap.

    `boilerplate` tells lines the page put around a post (a call to follow, a credit) so that
    a post never grows over them."""
    taken: set[int] = set()
    found: list[EmbedLines] = []
    for i, line in enumerate(lines):
        signature = tweet_signature(line)
        if signature:
            first = _post_start(lines, i, taken, boilerplate or _never)
            last = _post_tail(lines, i)
            found.append(EmbedLines("tweet", signature[0], signature[1], first, last))
            taken.update(range(first, last + 1))
    for i in range(len(lines)):
        if i in taken:
            continue
        embed = _link_embed(lines, i, taken)
        if embed:
            found.append(embed)
            taken.update(range(embed.first, embed.last + 1))
    return sorted(found, key=lambda e: e.first)


def _never(line: str) -> bool:
    return False


def _post_start(lines: list[str], signature: int, taken: set[int], boilerplate: Callable[[str], bool]) -> int:
    """The first line of the post whose signature is at `signature`."""
    first = signature
    while first - 1 >= 0 and (first - 1) not in taken and tweet_signature(lines[first - 1]) is None:
        candidate = lines[first - 1]
        if first < signature and (boilerplate(candidate) or not _looks_like_post_line(candidate)):
            break
        first -= 1
    return first


def _looks_like_post_line(line: str) -> bool:
    if _TELEGRAM_LINK.search(line) or _VIDEO_LINK.search(line):
        return False  # another embed's link
    if _TWEET_LINK.search(line) or _POST_MARK.search(line) or _mostly_non_latin(line):
        return True
    # A very short line, unless it is Title Case: a headline the page placed above the post.
    words = line.split()
    capitalised = sum(w[:1].isupper() for w in words)
    return len(words) <= _MAX_EXTRA_POST_WORDS and capitalised < 0.6 * len(words)


def _mostly_non_latin(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if ord(c) > 0x24F) / len(letters) > 0.5


def _post_tail(lines: list[str], signature: int) -> int:
    """The signature line, or the line after it carrying the post's picture link."""
    for j in range(signature + 1, min(len(lines), signature + 1 + _MAX_TRAILING)):
        line = lines[j]
        if tweet_signature(line) or len(line.split()) > _MAX_TRAILING_WORDS:
            break
        if _TWEET_LINK.search(line):
            return j
    return signature


def _link_embed(lines: list[str], i: int, taken: set[int]) -> EmbedLines | None:
    """A post known only by its link: a Telegram post, a tweet picture, a video."""
    line = lines[i]
    telegram = _TELEGRAM_LINK.search(line)
    if telegram and telegram.group("post"):
        first, posted = _telegram_start(lines, i, taken)
        return EmbedLines("telegram", "@" + telegram.group("channel"), posted, first, i)
    if _TWEET_LINK.search(line):
        return EmbedLines("tweet", None, None, i, i)
    if _VIDEO_LINK.search(line):
        return EmbedLines("video", None, None, i, i)
    if _VIEWS.match(line):
        return _widget_post(lines, i, taken)
    return None


def _widget_post(lines: list[str], views: int, taken: set[int]) -> EmbedLines | None:
    """A Telegram widget flattened to text: the channel's name, the post, then a views counter."""
    for k in range(views - 2, max(-1, views - 2 - _MAX_HEADER_DISTANCE), -1):
        if k in taken:
            return None
        name = lines[k]
        if len(name.split()) <= _MAX_CHANNEL_NAME_WORDS and not name.endswith(tuple(".!?:,;")):
            return EmbedLines("telegram", name, parse_date(lines[views]), k, views)
    return None


def _telegram_start(lines: list[str], link: int, taken: set[int]) -> tuple[int, str | None]:
    """First line and date of the Telegram post whose link is at `link`.

    A line that is only the link closes the post written above it; scrapers often keep the
    post's header ("Channel name, 13 June 2024 11:42") a line or two above the text."""
    first = link - 1 if _URL_ONLY.match(lines[link]) and link > 0 and (link - 1) not in taken else link
    for k in range(first, max(-1, link - 1 - _MAX_HEADER_DISTANCE), -1):
        if k in taken:
            break
        header = lines[k]
        posted = parse_date(header) if len(header.split()) <= _MAX_HEADER_WORDS else None
        if posted and not header.endswith("."):
            return k, posted
    return first, None


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"\b(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})\b")
_NUMERIC = re.compile(
    r"\b(?:(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2})|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))(?!\d)"
)


_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")


def parse_date(text: str) -> str | None:
    """The first calendar date written in `text` ('13 June 2024', 'June 13, 2024', '13.06.2024'), as ISO."""
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            month = _MONTHS.get(match.group("m").lower())
            if month:
                return _iso(int(match.group("y")), month, int(match.group("d")))
    numeric = _NUMERIC.search(text)
    if numeric and numeric.group("y1"):
        return _iso(int(numeric.group("y1")), int(numeric.group("m1")), int(numeric.group("d1")))
    if numeric:
        return _iso(int(numeric.group("y2")), int(numeric.group("m2")), int(numeric.group("d2")))
    slashed = _SLASHED.search(text)
    if slashed:
        first, second, year = (int(g) for g in slashed.groups())
        if first > 12 >= second:  # 30/11/2023: day first
            return _iso(year, second, first)
        if second > 12 >= first:  # 11/30/2023: month first
            return _iso(year, first, second)
    return None  # 08/02/2024 could be either: no guess


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
