"""clean: RawReport -> Article. Body text, title without spam, removed parts with their kind, embeds.

Order of work:
1. read the body: plain text as given, HTML through trafilatura (title, site name and date too);
2. take the title: input metadata wins, else a first line shaped like a headline; spam glued
   to it ("headline_ad words", "headline | Site") goes to `removed` as `spam_title`;
3. find embedded posts (embeds.py) and protect their lines: they are content;
4. judge every other line: calls to action, footers, lists of unrelated headlines, page
   furniture (cookie notices, photo credits, ad markers) go to `removed` with their kind;
5. join the kept lines, one paragraph per line; embeds get offsets into that text;
6. date it: input metadata wins (`metadata`), else the HTML's date or a dateline in a plain
   scrape's header (`inferred`).

The line judgments use general signals (a vocabulary of call-to-action verbs and channel
words, line shape, Title Case, topical overlap with the article's own words, position), not
phrases of any one outlet.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from fogwatch.embeds import EmbedLines, find_embeds, parse_date
from fogwatch.model import Article, Embed, RawReport, Removed, RemovedKind

# --- vocabularies --------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOPWORDS = _wordset(
    """a an the and or but nor of in on at to for by with from into onto as vs via per up off over out about
    after before than then this that these those it its is are was were be been being has have had do does did
    not no so if when while who whom whose which what where why how all any some more most other such only own
    same too very can will just should now he she they them their his her him we us our you your i me my
    said says say also new one two three after amid against during under between"""
)
# Verbs that open a call to action, and the channels or page parts such calls point to.
_CTA_VERBS = _wordset(
    """subscribe join share sign register download install click tap donate contribute highlight
    bookmark sponsor visit discover explore upgrade become send email"""
)
# Verbs that also open ordinary sentences ("Like many towns", "Support for the plan"): a call
# to action only when the next word turns to the reader or the page ("Like us", "Read more").
_CTA_AMBIGUOUS_VERBS = _wordset(
    """follow like support read watch listen get check tell contact press select log stay never try save rate leave
    comment turn allow enable find write tune let"""
)
_CTA_NEXT = _wordset("us our your me now more informed tuned ctrl independent")
# Verbs that make a call on their own, whatever follows ("Donate via ...", "Subscribe for updates").
_CTA_STRONG_VERBS = _wordset("subscribe donate unsubscribe")
# Words of an outlet's appeal for support.
_APPEAL = _wordset(
    """support supported supporting independent journalism donation donations member members membership funded
    funding subscribers subscription rely relies money reporting journalists"""
)
_CTA_PREPOSITIONS = _wordset("to on at with in")
# After these the verb needs a channel in the line too ("Watch the video below").
_CTA_NEXT_WEAK = _wordset("the this here in on a up out")
_CHANNELS = _wordset(
    """telegram twitter facebook instagram youtube tiktok whatsapp viber signal linkedin threads bluesky
    mastodon reddit patreon newsletter newsletters inbox email e-mail podcast podcasts app channel channels
    feed rss notifications alerts updates membership subscription subscribers donation journalism button link
    links here below ctrl enter keyboard page article story stories text premium google comment comments reply
    member members friend friends briefing briefings bulletin digest"""
)
# Words that address the reader; "our" alone does not ("our correspondent said").
_READER = _wordset("us your you yours")
# Words of a row of share buttons ("Share  Facebook  X  Email  Copy link").
_SHARE_ROW = _CHANNELS | _wordset("share tweet copy print mail comments comment save x whatsapp")
# Lead-ins that make the next verb an imperative: politeness, or a purpose clause
# ("To report a mistake, select ...", "For more updates, follow ...").
_CTA_LEAD = re.compile(
    r"^(?:(?:or|and) )?(?:you can also|you can|you could|you may|please|also|don'?t forget to|do not forget to|"
    r"be sure to|make sure to|"
    r"click here to|want more\??|psst[.!]?|now|and|(?:to|if you|for)\b[^,.]{1,50},)\s*",
    re.IGNORECASE,
)

# --- line patterns ---------------------------------------------------------------

_TERMINAL = ".!?…\"'”’»)"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_URL = re.compile(r"\bhttps?://|\bwww\.\w")
# "Source: ...", "Details: ...": a labelled line of the article, never a headline.
_LABEL = re.compile(r"^\w+:\s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BULLET = re.compile(r"^\s*(?:[-–•*·▪►●■▸]|\d{1,2}[.)])\s+(?=\S)")
_EDITOR_MARK = re.compile(
    r"^\(\s*(?:editor|editors|editing|edited|ed|translated|translation|reporting|writing)\b[^()]{0,120}\)\.?$",
    re.IGNORECASE,
)
_CREDIT_LEAD = re.compile(
    r"^\(?(?:additional reporting|reporting|writing|editing|edited|written|compiled|translated|produced|"
    r"fact[- ]checked)\s+by\b",
    re.IGNORECASE,
)
# "copyright" inside a sentence is news ("a copyright case"); at the start of a line it is a footer.
_COPYRIGHT = re.compile(r"©|^\(c\)\s*\d{4}|^copyright\b|\ball rights reserved\b", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|words by|author|authors|story by)\s*:?\s+[A-Z]", re.IGNORECASE)
_FOOTER_LEAD = re.compile(
    r"^(?:editor|editors|editor'?s note|author|contact|e-?mail the author|tips?|our standards)\s*:", re.IGNORECASE
)
_CONTRIBUTED = re.compile(
    r"\bcontributed(?: to)?(?: (?:this|the) (?:report|story|article)| reporting| from [A-Z])|"
    r"^this (?:article|story|report) (?:was )?(?:originally|first) (?:published|appeared)",
    re.IGNORECASE,
)
# "Name Surname — 14 August, 10:22": an author line with the time of posting.
_DATED_BYLINE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}\s*[—–|,-]\s*(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}|\d{1,2}[./]\d{1,2})"
)
_SITE_LINKS = re.compile(
    r"\b(?:terms of (?:use|service)|privacy policy|contact us|about us|cookie policy|sitemap)\b", re.IGNORECASE
)
_RELATED_LEAD = re.compile(
    r"^(?:read more|read also|also read|read next|see also|related(?: articles?| stories| news| coverage)?|"
    r"more on (?:this|the) (?:topic|story)|more from [\w .]+|more stories|more news|recommended(?: for you)?|"
    r"you (?:may|might) also (?:like|be interested in)|most read|most popular|trending(?: now)?|latest news|"
    r"top stories|editor'?s picks|further reading|don'?t miss|also on [\w .]+|"
    r"(?:promoted|sponsored|recommended|partner) (?:stories|links|content|posts))\s*(?:[:|»›>–—-]|$)",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:we use|this (?:web)?site|accept|consent|privacy|browsing|agree|settings)\b", re.IGNORECASE
)
_FURNITURE = re.compile(
    r"^(?:(?:advertisement|advertising)(?:\s*[-–:]\s*.{0,40})?|sponsored(?: content)?|ad|promoted|partner content|"
    r"paid content|loading\.*|video|photos?|gallery|audio|watch|listen|forwarded from .{1,60}|"
    r"listen to (?:this|the) article|\d+\s*min(?:ute)?s? read|skip to (?:main )?content|back to top|menu|print|"
    r"show comments|comments?(?: \(\d+\))?|comments? (?:are|is) (?:closed|disabled)[\w ]{0,40}|"
    r"close|(?:tags|topics|filed under|categories)\s*:.*|"
    r"(?:published|updated|posted|last updated)(?:\s*:?\s*[\w ,:.+/-]{4,40})?|"
    r"(?:\d+|an?) (?:second|minute|hour|day|week|month)s? ago|[_*=~•·-]{3,}|"
    r"(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}"
    r"(?:[,\s]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?|"
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[,T\s]+\d{1,2}:\d{2}(?::\d{2})?)?|"
    r"#\w+(?: #\w+)*|\w+(?: \w+){0,3}(?: ?[›»>/] ?\w+(?: \w+){0,3}){2,})$",
    re.IGNORECASE,
)
_PHOTO_LEAD = re.compile(
    r"^\(?(?:photo|photograph|image|picture|video|illustration|pictured|cover photo|main photo|top photo|"
    r"header image|featured image)s?(?: credits?| source| caption)?\s*(?::|,|by\b|courtesy\b|/)",
    re.IGNORECASE,
)
# A caption's closing credit: "... Photo: Name", "(Photo by Name)", "... /Getty Images". Not
# "photos by a drone operator" inside a sentence: the credit needs a colon, brackets or a slash.
_PHOTO_TAIL = re.compile(
    r"(?:\b(?i:photo|image|picture)s?(?: (?i:credits?))?\s*:\s*[^.]{1,60}|"
    r"\((?i:photo|image|picture)s?(?: (?i:credits?))?\s*(?::|(?i:by))\s*[^()]{1,60}\)|"
    r"/\s*(?i:getty images|afp|reuters|ap|epa|shutterstock|anadolu|tass|sputnik|ukrinform)\b[^.]{0,30})\)?$"
)

# A headline: Title Case or no final period, a handful of words.
_MAX_TITLE_WORDS = 30
_BAR_SPLIT = re.compile(r"\s+[|•·]\s+")
_MAX_NAV_ITEM_WORDS = 6
_MAX_TITLE_CHARS = 400
# A first line longer than this is a lede that lost its period, not a headline.
_MAX_HEADLINE_WORDS = 22
# The title is looked for among the first lines, past leading page furniture.
_TITLE_SEARCH_LINES = 3
# A plain-text scrape's date of publication sits in its header, within the first lines.
_DATELINE_SEARCH_LINES = 5
_MAX_DATELINE_WORDS = 12
# Share of content words a first line must share with the given title to be its rewording.
_REWORDED_TITLE_OVERLAP = 0.6
_MAX_CTA_WORDS = 25
# An outlet's appeal ("We are a small team... Join us.") may run to a few sentences.
_MAX_APPEAL_WORDS = 80
# A paragraph of the article: long enough, closed by sentence punctuation.
_MIN_PARAGRAPH_WORDS = 8
# Topical overlap (share of a line's content words found in the article's paragraphs) under
# which a headline-shaped line is taken as unrelated. Measured: the seeds' related headlines
# score 0.0-0.4 (bulleted ones 0.0-0.33), the subheading in tests/test_clean.py 0.6; 0.5 sits between.
_RELATED_OVERLAP = 0.5


@dataclass
class _Source:
    text: str
    title: str | None = None
    sitename: str | None = None
    date: str | None = None


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def clean(raw: RawReport) -> Article:
    """Clean one raw report into an Article whose `text` every later span indexes into."""
    source = _read_source(raw)
    outlet = raw.outlet or host_outlet(raw.url) or source.sitename
    lines = split_lines(source.text)
    removed: list[Removed] = []
    title, lines = _take_title(lines, raw.title or source.title, outlet, removed)
    embeds = find_embeds(lines, boilerplate=lambda line: line_kind(line) is not None)
    kinds = classify_lines(lines, {i for e in embeds for i in range(e.first, e.last + 1)})
    text, starts = _join_kept(lines, kinds, removed)
    published, published_source = _published(raw, source.date or _dateline(lines, kinds))
    return Article(
        id=article_id(text),
        url=raw.url,
        outlet=outlet,
        title=title,
        published=published,
        published_source=published_source,
        text=text,
        removed=removed,
        embeds=[_embed_offsets(e, lines, starts) for e in embeds],
    )


# --- reading -----------------------------------------------------------------------


def _read_source(raw: RawReport) -> _Source:
    if raw.text is not None and raw.text.strip():
        return _Source(text=raw.text)
    if raw.html:
        return _read_html(raw.html)
    return _Source(text="")


def _read_html(html: str) -> _Source:
    import trafilatura  # imported here: only HTML input pays for it

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception:  # trafilatura raises assorted parser errors on broken markup
        doc = None
    if doc is None:
        # Too short or too broken for extraction: fall back to all the page's text.
        return _Source(text=trafilatura.html2txt(html) or "")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return _Source(
        text=data.get("text") or "", title=data.get("title"), sitename=data.get("sitename"), date=data.get("date")
    )


def host_outlet(url: str | None) -> str | None:
    """'https://www.kyivpost.com/post/1' -> 'kyivpost.com'; None when there is no host."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    if "." not in host or not re.fullmatch(r"[\w.-]+", host):
        return None
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
    return host


def _published(raw: RawReport, inferred: str | None) -> tuple[str | None, Literal["metadata", "inferred"] | None]:
    if raw.published:
        return raw.published, "metadata"
    if inferred:
        return inferred, "inferred"
    return None, None


def _dateline(lines: list[str], kinds: list[RemovedKind | None]) -> str | None:
    """The date of a short header line ("June 14, 2024", "Site | 14 Feb 2024") above the first paragraph."""
    for line, kind in zip(lines[:_DATELINE_SEARCH_LINES], kinds, strict=False):
        if kind is None and _is_paragraph(line):
            return None
        if kind != "cta" and len(line.split()) <= _MAX_DATELINE_WORDS and (found := parse_date(line)):
            return found
    return None


# Zero-width spaces and joiners, soft hyphens, byte-order marks: invisible, but they split words.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")


def split_lines(text: str) -> list[str]:
    """Non-empty lines with inner whitespace squeezed; hard-wrapped paragraphs joined back."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _INVISIBLE.sub("", text)
    blocks = re.split(r"\n\s*\n", text)
    wrapped = len(blocks) > 1
    lines: list[str] = []
    for block in blocks:
        block_lines = [" ".join(line.split()) for line in block.split("\n")]
        block_lines = [line for line in block_lines if line]
        lines.extend(_unwrap(block_lines) if wrapped else block_lines)
    return lines


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of one blank-line-separated paragraph that a fixed width broke apart."""
    filled = _filled_to_width(lines)
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line, filled):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _filled_to_width(lines: list[str]) -> bool:
    """Every line but the last runs to about the same width: text wrapped at a fixed column.

    Needs three lines: with two, a long headline over its first sentence looks the same."""
    if len(lines) < 3:
        return False
    width = max(len(line) for line in lines[:-1])
    return width >= 50 and all(len(line) >= 0.7 * width for line in lines[:-1])


def _continues(previous: str, line: str, filled: bool) -> bool:
    if _BULLET.match(line) or line.startswith(("—", "―")) or previous.endswith(tuple(".!?:;")):
        return False
    return line[:1].islower() or (filled and not previous.endswith(tuple(_TERMINAL)))


# --- title -------------------------------------------------------------------------


def _take_title(
    lines: list[str], given: str | None, outlet: str | None, removed: list[Removed]
) -> tuple[str | None, list[str]]:
    """The title, and the body lines without the title's line when the body opens with it."""
    if given and given.strip():
        title, spam = strip_title_spam(" ".join(given.split()), outlet)
        removed.extend(Removed(kind="spam_title", text=piece) for piece in spam)
        for i in _title_candidates(lines, outlet):
            head, line_spam = strip_title_spam(lines[i], outlet)
            if not _same_title(head, title):
                rest = _after_title(lines[i], title)
                if rest is None and _reworded_title(head, title):
                    removed.append(Removed(kind="other", text=lines[i]))  # the page's own wording of the title
                    return title, lines[:i] + lines[i + 1 :]
                if rest is None:
                    continue
                line_spam = [rest] if rest else []
            removed.extend(Removed(kind="spam_title", text=piece) for piece in line_spam if piece not in spam)
            return title, lines[:i] + lines[i + 1 :]
        return title, lines
    for i in _title_candidates(lines, outlet):
        head, line_spam = strip_title_spam(lines[i], outlet)
        if i + 1 < len(lines) and (line_spam or is_headline(head)):
            removed.extend(Removed(kind="spam_title", text=piece) for piece in line_spam)
            return head, lines[:i] + lines[i + 1 :]
        break  # the first line that is not furniture is the only candidate
    return None, lines


def _title_candidates(lines: list[str], outlet: str | None) -> list[int]:
    """Indices of the first lines, skipping page furniture (breadcrumbs, bylines, dates, the
    outlet's name on a line of its own) before them."""
    out: list[int] = []
    for i, line in enumerate(lines[:_TITLE_SEARCH_LINES]):
        masthead = len(line.split()) <= 4 and _names_outlet(line, outlet)
        if line_kind(line) is None and not masthead:
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
    line_words, title_words = _content_words(line), _content_words(title)
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
    return len(tail_words) >= 3 and tail == tail.lower() and not (_content_words(tail) & _content_words(head))


def _names_outlet(tail: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    squeezed = re.sub(r"[\W_]+", "", tail).lower()
    core = re.sub(r"[\W_]+", "", outlet.lower().rsplit(".", 1)[0] if "." in outlet else outlet.lower())
    if len(squeezed) < 4 or len(core) < 4:
        return False
    return core in squeezed or squeezed in core


# --- judging lines -------------------------------------------------------------------


def classify_lines(lines: list[str], protected: set[int]) -> list[RemovedKind | None]:
    """The removal kind of every line (None: keep). Protected lines (embeds) are always kept."""
    kinds: list[RemovedKind | None] = [None if i in protected else line_kind(line) for i, line in enumerate(lines)]
    vocab = _article_vocab(lines, kinds, protected)
    _mark_unrelated_lists(lines, kinds, protected, vocab)
    _mark_lone_headlines(lines, kinds, protected, vocab)
    _mark_tail(lines, kinds, protected)
    return kinds


def line_kind(line: str) -> RemovedKind | None:
    """What one line is on its own: 'cta', 'footer', 'related_links', 'other', or None for content."""
    if len(line) > 600:  # boilerplate is short; a long line is a paragraph
        return None
    if is_footer(line):
        return "footer"
    if _RELATED_LEAD.match(line):
        return "related_links"
    if is_furniture(line):
        return "other"
    if is_call_to_action(line):
        return "cta"
    return None


def is_footer(line: str) -> bool:
    words = line.split()
    if _EDITOR_MARK.match(line):
        return True
    if len(words) <= 30 and (
        _CREDIT_LEAD.match(line) or _COPYRIGHT.search(line) or _FOOTER_LEAD.match(line) or _CONTRIBUTED.search(line)
    ):
        return True
    if len(_SITE_LINKS.findall(line)) >= 2 and len(words) <= 20:
        return True
    if len(words) <= 8 and _DATED_BYLINE.match(line):
        return True
    return len(words) <= 8 and bool(_BYLINE.match(line)) and not line.endswith(".") and _title_case_ratio(line) >= 0.6


def is_call_to_action(line: str) -> bool:
    """A call to subscribe, follow, share, donate...; a line of several sentences qualifies when
    every sentence is a call or an appeal to the reader ("We rely on readers like you. Join us.")."""
    words = [w.lower() for w in _WORD.findall(line)]
    if not words or len(words) > _MAX_APPEAL_WORDS:
        return False
    if len(words) <= 8 and sum(w in _SHARE_ROW for w in words) / len(words) >= 0.6:
        return True  # a row of share buttons
    sentences = [part for part in _SENTENCE_END.split(line) if _WORD.search(part)]
    if any(len(_WORD.findall(part)) > _MAX_CTA_WORDS for part in sentences):
        return False
    if len(sentences) > 1:
        calls = [_calls(part) for part in sentences]
        return any(calls) and all(call or _appeals(part) for call, part in zip(calls, sentences, strict=True))
    return _calls(line)


def _calls(sentence: str) -> bool:
    words = [w.lower() for w in _WORD.findall(sentence)]
    stripped = sentence.strip(" \t-–—•*►>|:!🔔👉📲📩✅💬🔗")
    lead_in = _CTA_LEAD.match(stripped)
    lead = _WORD.findall(stripped[lead_in.end() if lead_in else 0 :].lower())
    if not words or not lead:
        return False
    has_url = bool(_URL.search(sentence))
    points_somewhere = bool(set(words) & _CHANNELS) or has_url or bool(re.search(r"@\w{3,}", sentence))
    addresses_reader = bool(set(words) & _READER)
    following = lead[1] if len(lead) > 1 else ""
    if lead[0] in _CTA_STRONG_VERBS or (lead[0] in _CTA_AMBIGUOUS_VERBS and following in _CTA_NEXT):
        return True
    if lead[0] in _CTA_AMBIGUOUS_VERBS and following in _CTA_PREPOSITIONS and lead[2:3] and lead[2] in _CTA_NEXT:
        return True  # "Listen to our ...", "Write to us ..."
    targeted = points_somewhere or addresses_reader or "our" in words or lead_in
    if targeted and _opens_call(lead, bool(lead_in), points_somewhere, len(words) if not has_url else 0):
        return True
    if len(lead) <= 3 and lead[0] in _CTA_VERBS and not sentence.endswith("."):
        return True  # "Sign up", "Share this:"
    verbs_near_target = any(
        w in _CTA_VERBS and set(words[k + 1 : k + 3]) & (_CHANNELS | _READER) for k, w in enumerate(words)
    )
    return len(words) <= 15 and verbs_near_target and addresses_reader


def _appeals(sentence: str) -> bool:
    """A sentence that speaks to the reader about the outlet ("We rely on readers like you"), or
    asks the reader a question ("Have a tip?") before a call."""
    if sentence.rstrip().endswith("?"):
        return True
    words = {w.lower() for w in _WORD.findall(sentence)}
    return bool(words & (_READER | {"reader", "readers"})) or len(words & _APPEAL) >= 2


def _opens_call(lead: list[str], after_lead_in: bool, points_somewhere: bool, n_words: int) -> bool:
    """Whether the sentence opens with a call-to-action verb used as an imperative."""
    verb, following = lead[0], lead[1] if len(lead) > 1 else ""
    if verb in _CTA_VERBS or (verb in _CTA_AMBIGUOUS_VERBS and after_lead_in):
        return True
    if verb not in _CTA_AMBIGUOUS_VERBS:
        return False
    return points_somewhere and (following in _CTA_NEXT_WEAK or n_words <= 10)


def is_furniture(line: str) -> bool:
    words = line.split()
    if _is_nav_row(line) or not any(c.isalnum() for c in line):  # menus, rules, rows of emoji
        return True
    if _FURNITURE.match(line.strip(" .:")) and len(words) <= 12:
        return True
    if _COOKIE.search(line) and _COOKIE_CONTEXT.search(line) and len(words) <= 60:
        return True
    if len(words) <= 25 and _PHOTO_LEAD.match(line):
        return True
    return len(words) <= 40 and bool(_PHOTO_TAIL.search(line))


def _is_nav_row(line: str) -> bool:
    """A row of short items between bars: a masthead ("SITE | tagline"), a menu, a dateline row."""
    parts = _BAR_SPLIT.split(line)
    if len(parts) < 2 or len(parts[0].split()) > 3:
        return False
    return all(len(part.split()) <= _MAX_NAV_ITEM_WORDS and not part.endswith(".") for part in parts)


def _mark_unrelated_lists(
    lines: list[str], kinds: list[RemovedKind | None], protected: set[int], vocab: set[str]
) -> None:
    """Bulleted runs of headlines about other stories -> related_links; key-point lists stay."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and j not in protected and kinds[j] is None and _BULLET.match(lines[j]):
            j += 1
        if j > i:
            items = [_BULLET.sub("", line) for line in lines[i:j]]
            overlap = sum(_overlap(item, vocab) for item in items) / len(items)
            # Headlines run to several words; short items ("12 tanks") are a list of facts.
            headline_share = sum(not item.endswith(".") and len(item.split()) >= 4 for item in items) / len(items)
            if headline_share >= 0.5 and overlap < _RELATED_OVERLAP:
                for k in range(i, j):
                    kinds[k] = "related_links"
            i = j
        i += 1


def _mark_lone_headlines(
    lines: list[str], kinds: list[RemovedKind | None], protected: set[int], vocab: set[str]
) -> None:
    """A Title Case line between paragraphs that is not about the article: a link to another story."""
    for i, line in enumerate(lines):
        if i in protected or kinds[i] is not None or line.endswith(".") or _LABEL.match(line):
            continue
        words = _WORD.findall(line)
        if not 4 <= len(words) <= _MAX_TITLE_WORDS or _title_case_ratio(line) < 0.75:
            continue
        subheading = len(words) <= 10 and _overlap(line, vocab) >= _RELATED_OVERLAP
        if not subheading:
            kinds[i] = "related_links"


def _mark_tail(lines: list[str], kinds: list[RemovedKind | None], protected: set[int]) -> None:
    """After the article's last paragraph, headline-shaped lines are links to other stories."""
    last = -1
    for i, line in enumerate(lines):
        if i in protected or (kinds[i] is None and _closes_content(line)):
            last = i
    if last < 0:
        return
    for i in range(last + 1, len(lines)):
        if i in protected or kinds[i] is not None or _BULLET.match(lines[i]):
            continue  # bulleted runs were judged as a whole
        line = lines[i]
        if not line.endswith(tuple(_TERMINAL)) and len(line.split()) <= _MAX_TITLE_WORDS:
            kinds[i] = "related_links"


def _closes_content(line: str) -> bool:
    """A sentence of the article (key-point bullets included), after which a tail may start."""
    n_words = len(line.split())
    return (n_words >= 5 and line.endswith(tuple(_TERMINAL))) or (n_words >= 3 and line.endswith(":"))


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= _MIN_PARAGRAPH_WORDS and line.endswith(tuple(_TERMINAL)) and not _BULLET.match(line)


def _title_case_ratio(line: str) -> float:
    words = [w for w in _WORD.findall(line) if w.lower() not in _STOPWORDS or w[0].isupper()]
    significant = [w for w in words if w.lower() not in _STOPWORDS]
    if not significant:
        return 0.0
    return sum(w[0].isupper() for w in significant) / len(significant)


def _stem(word: str) -> str:
    """A crude stem: the first five letters, possessive dropped (Russia's, Russian -> russi)."""
    return word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")[:5]


def _content_words(text: str) -> set[str]:
    return {
        _stem(w) for part in _WORD.findall(text) for w in part.split("-") if len(w) >= 3 and w.lower() not in _STOPWORDS
    }


def _article_vocab(lines: list[str], kinds: list[RemovedKind | None], protected: set[int]) -> set[str]:
    """Content words of the article's own paragraphs (not embeds, not boilerplate)."""
    vocab: set[str] = set()
    for i, line in enumerate(lines):
        if i not in protected and kinds[i] is None and _is_paragraph(line):
            vocab |= _content_words(line)
    return vocab


def _overlap(line: str, vocab: set[str]) -> float:
    words = _content_words(line)
    return len(words & vocab) / len(words) if words else 0.0


# --- output ------------------------------------------------------------------------


def _join_kept(lines: list[str], kinds: list[RemovedKind | None], removed: list[Removed]) -> tuple[str, dict[int, int]]:
    """The body text (kept lines joined by newlines) and where each kept line starts in it."""
    kept: list[str] = []
    starts: dict[int, int] = {}
    offset = 0
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind is not None:
            removed.append(Removed(kind=kind, text=line))
            continue
        if kept:
            offset += 1  # the newline before this line
        starts[i] = offset
        kept.append(line)
        offset += len(line)
    return "\n".join(kept), starts


def _embed_offsets(embed: EmbedLines, lines: list[str], starts: dict[int, int]) -> Embed:
    start = starts[embed.first]
    end = starts[embed.last] + len(lines[embed.last])
    return Embed(kind=embed.kind, author=embed.author, date=embed.date, start=start, end=end)
