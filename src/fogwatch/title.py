"""title: a page's headline, and the page furniture above it.

A plain-text scrape opens with whatever sat above the story: a masthead, a date line, a menu row, a
breadcrumb. `take_title` skips that header, takes the first line shaped like a headline (or the title the
input gave), strips spam glued to it ("headline | Site"), and says which header lines to remove.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fogwatch.boilerplate import TERMINAL, content_words, is_paragraph, line_kind
from fogwatch.embeds import parse_date
from fogwatch.model import Removed

# A date line is short: a plain-text scrape's dateline, or a header's "Friday, 7 March 2025 | ...".
MAX_DATELINE_WORDS = 12
_MAX_TITLE_CHARS = 400
# A first line longer than this is a lede that lost its period, not a headline.
_MAX_HEADLINE_WORDS = 22
# The title is looked for among the first lines, past leading page furniture.
_TITLE_SEARCH_LINES = 3
# A digest's dated edition headline sits within the first lines, under its masthead or greeting.
_EDITION_SEARCH_LINES = 6
_MAX_MASTHEAD_WORDS = 8
# A digest carries several items, each a headline over its paragraphs; one subheading does not make one.
_MIN_DIGEST_ITEMS = 2
# The outlet's name on a line of its own is a masthead, not a headline.
_MAX_OUTLET_WORDS = 4
# Words that name an edition of a periodical publication.
_EDITION_WORDS = re.compile(
    r"\b(?:assessment|digest|round-?up|update|briefing|brief|bulletin|summary|sitrep|recap|review|newsletter|"
    r"edition|overview|highlights|wrap|report|chronicle|monitor|in brief)\b",
    re.IGNORECASE,
)
# Generic headers that head a list of stories, never a story's own title.
_GENERIC_HEADER = re.compile(
    r"^(?:today'?s|this week'?s|the day'?s|the week'?s|latest|top|main|key)\s+"
    r"(?:(?:top|main|key|big|biggest|latest)\s+)?(?:stories|headlines|news|events|developments)\b|"
    r"^(?:top stories|headlines|news in brief|in brief)\b",
    re.IGNORECASE,
)
_MAX_GENERIC_HEADER_WORDS = 5
# A greeting or an editor's opening line. "Here's what ..." opens explainer headlines too
# ("Here's what we know about the dam"): it is an intro only when it speaks of the day or the edition.
_INTRO = re.compile(
    r"^(?:good (?:morning|afternoon|evening|day)|(?:hello|hi|greetings)(?=[ ,!.])|welcome(?: back)? to|"
    r"dear (?:readers?|subscribers?|friends)|this is (?:your|our)|in today'?s|today (?:we|in (?:this|our))|"
    r"thanks? (?:you )?for (?:reading|subscribing))\b|"
    r"^here(?:'s|’s| is| are) (?:your|our)\b|"
    r"^here(?:'s|’s| is| are)\b.*\b(?:today|tonight|this (?:morning|evening|week)|(?:you )?need to know|happened|"
    r"briefing|digest|update|round-?up|newsletter|edition)\b",
    re.IGNORECASE,
)
# Date parts of an edition headline, dropped before looking for the edition's name.
_DATE_PARTS = re.compile(
    r"\b(?:\d{1,4}(?:[./-]\d{1,2}(?:[./-]\d{2,4})?)?(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"jan\w*|feb\w*|mar(?:ch)?|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b",
    re.IGNORECASE,
)
# Share of content words a first line must share with the given title to be its rewording.
_REWORDED_TITLE_OVERLAP = 0.6


# --- title -------------------------------------------------------------------------


@dataclass
class _Title:
    """The title, the body lines without the title's line, and the page-header lines above it to remove."""

    title: str | None
    lines: list[str]
    header: frozenset[int] = frozenset()


def take_title(lines: list[str], given: str | None, outlet: str | None, removed: list[Removed]) -> _Title:
    """The title, and the body lines without the title's line when the body opens with it."""
    header = _header_end(lines, outlet)
    if given and given.strip():
        title, spam = strip_title_spam(" ".join(given.split()), outlet)
        removed.extend(Removed(kind="spam_title", text=piece) for piece in spam)
        for i in _title_candidates(lines, outlet, header):
            head, line_spam = strip_title_spam(lines[i], outlet)
            if not _same_title(head, title):
                rest = _after_title(lines[i], title)
                if rest is None and _reworded_title(head, title):
                    removed.append(Removed(kind="other", text=lines[i]))  # the page's own wording of the title
                    return _Title(title, lines[:i] + lines[i + 1 :], _header_above(i, header))
                if rest is None:
                    continue
                line_spam = [rest] if rest else []
            removed.extend(Removed(kind="spam_title", text=piece) for piece in line_spam if piece not in spam)
            return _Title(title, lines[:i] + lines[i + 1 :], _header_above(i, header))
        return _Title(title, lines)
    edition = _edition_title(lines, outlet)
    if edition is not None:
        # The masthead and generic headers above the edition's headline are furniture; a greeting stays.
        above = [line for line in lines[:edition] if _is_section_header(line, outlet)]
        removed.extend(Removed(kind="other", text=line) for line in above)
        body = [line for k, line in enumerate(lines) if k != edition and not (k < edition and line in above)]
        return _Title(lines[edition], body)
    for i in _title_candidates(lines, outlet, header):
        if _is_intro(lines[i]) or _is_generic_header(lines[i]):
            continue  # a greeting or a digest's masthead: the headline, if any, comes after it
        head, line_spam = strip_title_spam(lines[i], outlet)
        if i + 1 < len(lines) and (line_spam or is_headline(head)):
            removed.extend(Removed(kind="spam_title", text=piece) for piece in line_spam)
            return _Title(head, lines[:i] + lines[i + 1 :], _header_above(i, header))
        break  # the first line that is not furniture is the only candidate
    return _Title(None, lines, _header_above(header, header))


def _header_above(title_line: int, header_end: int) -> frozenset[int]:
    """The page-header lines above the title's line (they keep their indices once the title's line goes)."""
    return frozenset(range(min(title_line, header_end)))


def _edition_title(lines: list[str], outlet: str | None) -> int | None:
    """A digest's dated edition headline ("Frontline Review, 3 March 2024", "MORNING BRIEF | 03.03.2024")
    under a masthead or a greeting, or first on a page of several items: its index, or None."""
    opened = _has_items(lines)
    for i, line in enumerate(lines[:_EDITION_SEARCH_LINES]):
        if is_edition_headline(line, outlet):
            return i if opened else None
        if _is_intro(line) or _is_section_header(line, outlet):
            opened = True
        elif line_kind(line) is None:
            return None  # a headline or a paragraph comes first: not a digest's header
    return None


def _has_items(lines: list[str]) -> bool:
    """A page of several stories: two or more headline-shaped lines, each over a paragraph, after the header."""
    heads = sum(
        is_headline(line) and is_paragraph(following) for line, following in zip(lines[1:], lines[2:], strict=False)
    )
    return heads >= _MIN_DIGEST_ITEMS


def is_edition_headline(line: str, outlet: str | None) -> bool:
    """A short unpunctuated line with a date and a word naming an edition; not the outlet's name with a date."""
    if len(line.split()) > MAX_DATELINE_WORDS + 2 or line.endswith(".") or not parse_date(line):
        return False
    name = _DATE_PARTS.sub(" ", line)
    if outlet:  # "Delta Review | 3 May 2024" is the outlet's name and a date, no edition
        core = re.sub(r"[\W_]+", "", outlet.lower().rsplit(".", 1)[0] if "." in outlet else outlet.lower())
        name = " ".join(w for w in name.split() if len(w) < 4 or re.sub(r"[\W_]+", "", w.lower()) not in core)
    return bool(_EDITION_WORDS.search(name))


def _is_intro(line: str) -> bool:
    """A greeting or an editor's opening sentence ("Good morning.", "Here is what you need to know")."""
    return bool(_INTRO.match(line)) and len(line.split()) <= _MAX_HEADLINE_WORDS * 2


def _is_generic_header(line: str) -> bool:
    """ "Today's top stories", "Key developments this week"; a longer line opening so is a headline
    ("Key developments on day 900 of the war in the south")."""
    return bool(_GENERIC_HEADER.search(line)) and len(line.split()) <= _MAX_GENERIC_HEADER_WORDS


def _is_section_header(line: str, outlet: str | None) -> bool:
    """A masthead or generic header of a digest ("Delta Courier weekly update", "Top stories today").

    Loose on its own ("Kherson update" may head a story): it counts only above a dated edition headline."""
    words = line.split()
    if not words or len(words) > _MAX_MASTHEAD_WORDS or line.endswith(tuple(TERMINAL)) or parse_date(line):
        return False
    names_outlet = len(words) <= _MAX_OUTLET_WORDS and _names_outlet(line, outlet)
    return bool(_GENERIC_HEADER.search(line) or _EDITION_WORDS.search(line) or names_outlet)


def _title_candidates(lines: list[str], outlet: str | None, header_end: int) -> list[int]:
    """Indices of the first lines past the page's header, skipping page furniture (bylines, dates,
    the outlet's name on a line of its own) among them."""
    out: list[int] = []
    for i in range(header_end, min(len(lines), header_end + _TITLE_SEARCH_LINES)):
        masthead = len(lines[i].split()) <= _MAX_OUTLET_WORDS and _names_outlet(lines[i], outlet)
        if line_kind(lines[i]) is None and not masthead:
            out.append(i)
    return out


def _after_title(line: str, title: str) -> str | None:
    """What follows the title on a line that opens with it ('' when nothing); None otherwise."""
    if not line.lower().startswith(title.lower()):
        return None
    rest = line[len(title) :]
    if rest and rest[0].isalnum():
        return None  # the title is only the start of a longer sentence
    rest = rest.strip(" _|-–—:•·»")
    return rest if len(rest.split()) <= 10 else None


def _reworded_title(line: str, title: str) -> bool:
    """A headline-shaped line that says what the given title says in other words."""
    line_words, title_words = content_words(line), content_words(title)
    if not line_words or not title_words or not is_headline(line):
        return False
    shared = len(line_words & title_words) / min(len(line_words), len(title_words))
    return shared >= _REWORDED_TITLE_OVERLAP


def _same_title(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return bool(norm(a)) and norm(a) == norm(b)


def is_headline(line: str) -> bool:
    """A first line that reads as a headline: a few words, no closing period, not page furniture."""
    words = line.split()
    if not 2 <= len(words) <= _MAX_HEADLINE_WORDS or line.rstrip("\"'”’»)").endswith((".", ":", ";", ",")):
        return False
    return line_kind(line) is None


# Separators that glue spam to a title: an underscore with no spaces ("headline_ad words"),
# a bar, or a dash before a site name.
_GLUED = re.compile(r"^(?P<head>.*\S)_(?P<tail>[^_\s][^_]*)$")
_BAR = re.compile(r"^(?P<head>.+?)\s+(?:\||\|\||::|•|·|»)\s+(?P<tail>[^|]+)$")
_DASH = re.compile(r"^(?P<head>.+)\s+[-–—]\s+(?P<tail>[^-–—]+)$")
_SITE_WORDS = re.compile(
    r"\b(?:news|post|times|daily|online|tv|media|herald|journal|press|\w+\.(?:com|net|org|ua|ru))\b", re.IGNORECASE
)


def strip_title_spam(title: str, outlet: str | None) -> tuple[str, list[str]]:
    """The headline with every layer of glued spam peeled off ('Head | Site_ad words'), and the layers."""
    spam: list[str] = []
    head, tail = split_title_spam(title, outlet)
    while tail is not None:
        spam.append(tail)
        head, tail = split_title_spam(head, outlet)
    return _LEADING_SYMBOLS.sub("", head), spam


_LEADING_SYMBOLS = re.compile(r"^[^\w\"'“‘(«]+")


def split_title_spam(title: str, outlet: str | None) -> tuple[str, str | None]:
    """('headline', 'spam glued to it') or (title, None) when nothing is glued on."""
    title = title.strip()
    if len(title) > _MAX_TITLE_CHARS:  # no headline is this long; also bounds the regex work
        return title, None
    for pattern in (_GLUED, _BAR, _DASH):
        match = pattern.match(title)
        if not match:
            continue
        head, tail = match.group("head").strip(), match.group("tail").strip()
        if len(head.split()) >= 3 and _is_title_spam(pattern, head, tail, outlet):
            return head, tail
    return title, None


def _is_title_spam(pattern: re.Pattern[str], head: str, tail: str, outlet: str | None) -> bool:
    tail_words = tail.split()
    if not tail_words or len(tail_words) > 10:
        return False
    if _names_outlet(tail, outlet) or (len(tail_words) <= 4 and _SITE_WORDS.search(tail)):
        return True
    if pattern is _GLUED:  # headlines do not contain underscores: what follows one is glued on
        return True
    if pattern is _BAR:
        return len(tail_words) <= 6
    # A dash also joins two halves of a real headline ("... - spokesman"): only an unrelated
    # lower-case phrase of a few words (an ad's keywords) is spam.
    return len(tail_words) >= 3 and tail == tail.lower() and not (content_words(tail) & content_words(head))


def _names_outlet(tail: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    squeezed = re.sub(r"[\W_]+", "", tail).lower()
    core = re.sub(r"[\W_]+", "", outlet.lower().rsplit(".", 1)[0] if "." in outlet else outlet.lower())
    if len(squeezed) < 4 or len(core) < 4:
        return False
    return core in squeezed or squeezed in core


# --- page header -------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A plain scrape may open with the page's header above the headline: the masthead (with an
# edition, a tagline, a section or a breadcrumb after it), a date line, a menu.
_HEADER_SEARCH_LINES = 6
# Separators between the parts of a header line ("SITE — Home › World", "Friday, 7 March 2025 | Weather: 12°C").
_HEADER_PARTS = re.compile(r"\s+(?:[|•·–—-]|\|\|)\s+")
_CRUMBS = re.compile(r"\s*[›»]\s*|\s+[>/]\s+")
# What may follow a masthead or a date on its line: an edition, a tagline, a section, a weather note.
_MAX_HEADER_PART_WORDS = 8
# Last words of a periodical's name ("Steppe Herald", "THE KARAKUM COURIER", "Plains Daily Wire").
_MASTHEAD_WORDS = _wordset(
    """herald courier dispatch gazette tribune times post news daily weekly wire review journal chronicle observer
    monitor telegraph express standard mirror record bulletin press reporter messenger sentinel examiner inquirer
    guardian voice echo mail star sun today insider digest report agency register leader independent globe online
    media tv radio notes letter newswire"""
)
# Sections of a news site, as a menu lists them ("Home News Region World Sports ePaper").
_SECTION_WORDS = _wordset(
    """home news region regions local national world politics business economy markets sport sports culture
    opinion opinions analysis comment features lifestyle health science tech technology video videos photos
    podcasts podcast epaper e-paper live latest archive search menu contact about weather environment education
    entertainment travel war defence defense security society investigations multimedia"""
)
# An edition or tagline after a name makes the name a masthead ("Sahel Insight — English edition").
_EDITION_TAG = re.compile(
    r"\b(?:edition|in english|e-?paper|since \d{4}|(?:independent |daily |latest )?news (?:from|for|of|on))\b",
    re.IGNORECASE,
)
# A masthead with its edition and no separator ("Steppe Herald English edition").
_NAMED_EDITION = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){1,4}(?:[A-Za-z]+\s+)?(?i:edition)$")
_LEADING_DATE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\.?,?\s+)?"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?)?",
    re.IGNORECASE,
)
# Short words of a menu item that stay lower case ("Log in", "Sign up").
_MENU_PARTICLES = frozenset({"in", "up", "out", "&", "and"})
_MIN_MENU_WORDS = 4
_MAX_MENU_WORDS = 12
_MAX_MASTHEAD_NAME_WORDS = 6


def _header_end(lines: list[str], outlet: str | None) -> int:
    """The index of the first line past the page's header: the leading lines that are furniture."""
    for i, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        if not is_header_line(line, outlet):
            return i
    return min(len(lines), _HEADER_SEARCH_LINES)


def is_header_line(line: str, outlet: str | None = None) -> bool:
    """A line of a page's header: furniture of any kind, or a masthead, date line, breadcrumb or menu
    with at most a short edition, tagline, section or note after it ("Steppe Herald – English edition")."""
    if line_kind(line) is not None or (len(line.split()) <= _MAX_OUTLET_WORDS and _names_outlet(line, outlet)):
        return True
    if _opens_with_date(line) or _NAMED_EDITION.match(line):
        return True
    first, *rest = _HEADER_PARTS.split(line.strip())
    named = _is_masthead(first, outlet) or (bool(rest) and _is_name(first) and bool(_EDITION_TAG.search(rest[0])))
    if not (named or _is_date_only(first) or _is_crumbs(first) or _is_menu(first)):
        return False
    # The masthead leads; a headline with the outlet after it ("Head | Site") is no header.
    return all(_is_header_tail(part) for part in rest)


def _is_header_tail(part: str) -> bool:
    return len(part.split()) <= _MAX_HEADER_PART_WORDS and not part.endswith(tuple(".!?"))


def _opens_with_date(line: str) -> bool:
    """A date line with a short note after it ("Friday 7 March 2025 Weather: Aktobe 12°C")."""
    match = _LEADING_DATE.match(line)
    if not match or not parse_date(match.group()) or line[match.end() :].startswith(":"):
        return False  # "March 7, 2025: drones hit the port" is a dated headline
    rest = line[match.end() :].strip(" ,;|·•–—-")
    return _is_header_tail(rest) and not rest.endswith((":", ","))


def _is_name(part: str) -> bool:
    """A short name, every word capitalised ("Sahel Insight")."""
    words = part.split()
    return 1 <= len(words) <= _MAX_OUTLET_WORDS and all(w[:1].isupper() for w in words)


def _is_masthead(part: str, outlet: str | None) -> bool:
    """The outlet's name: named by the host, in capitals, or a capitalised name ending in a periodical's word."""
    words = re.findall(r"[^\W\d_][\w'’.&-]*", part)
    if not words or len(words) > _MAX_MASTHEAD_NAME_WORDS or len(words) != len(part.split()):
        return False
    if len(words) <= _MAX_OUTLET_WORDS and _names_outlet(part, outlet):
        return True
    named = words[-1].lower() in _MASTHEAD_WORDS
    if part.isupper():  # "THE KARAKUM COURIER"; other lines in capitals may be the headline itself
        return named or words[0] == "THE"
    capitalised = all(w[0].isupper() or w.lower() in ("of", "the", "and", "for") for w in words)
    return named and capitalised and len(words) <= _MAX_OUTLET_WORDS


def _is_date_only(part: str) -> bool:
    """A date and a time, nothing else ("Friday, March 7, 2025", "07.03.2025 10:15 GMT")."""
    if not parse_date(part):
        return False
    left = re.sub(r"\d{1,2}[:.]\d{2}", " ", _DATE_PARTS.sub(" ", part))
    return len(re.findall(r"[^\W\d_]{2,}", left)) <= 1  # "GMT", "at", "Updated"


def _is_crumbs(part: str) -> bool:
    """A breadcrumb trail of short items ("Home › World › Africa")."""
    items = [item for item in _CRUMBS.split(part) if item.strip()]
    return len(items) >= 2 and all(len(item.split()) <= _MAX_OUTLET_WORDS for item in items)


def _is_menu(part: str) -> bool:
    """A row of section names without separators ("Home News Region World Sports ePaper")."""
    words = part.split()
    if not _MIN_MENU_WORDS <= len(words) <= _MAX_MENU_WORDS:
        return False
    capitalised = all(w[:1].isupper() or w[1:2].isupper() or w in _MENU_PARTICLES for w in words)  # "ePaper"
    sections = sum(w.lower().strip(".,") in _SECTION_WORDS for w in words)
    return capitalised and sections >= len(words) / 2
