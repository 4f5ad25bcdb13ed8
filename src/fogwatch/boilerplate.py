"""boilerplate: judge whether a line of a scraped page is article text or clutter, and which kind.

    line_kind(line)                  a line on its own: 'cta', 'footer', 'related_links', 'other', or None
    classify_lines(lines, protected) every line of a page, in context: unrelated headline lists and lone
                                     headlines between paragraphs, and headline-shaped lines after the
                                     article's last paragraph, become 'related_links'
    is_paragraph, content_words      shared with clean's title and dateline handling

The judgments use general signals (a vocabulary of call-to-action verbs and channel words, line
shape, Title Case, topical overlap with the article's own words, position), not phrases of any
one outlet.
"""

from __future__ import annotations

import re

from fogwatch.model import RemovedKind

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

TERMINAL = ".!?…\"'”’»)"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_URL = re.compile(r"\bhttps?://|\bwww\.\w")
# "Source: ...", "Details: ...": a labelled line of the article, never a headline.
_LABEL = re.compile(r"^\w+:\s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
BULLET = re.compile(r"^\s*(?:[-–•*·▪►●■▸]|\d{1,2}[.)])\s+(?=\S)")
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
# A publication's notice about how it is sent or read: a frequency, and a word for the
# edition or its reader ("... goes out to subscribers every weekday", "This digest is published daily").
_EDITION_FREQUENCY = re.compile(
    r"\b(?:every|each) (?:\w+day|day|morning|evening|night|week|month|weekday)s?\b|"
    r"\b(?:daily|weekly|fortnightly|monthly|twice a (?:day|week))\b|\bon weekdays\b",
    re.IGNORECASE,
)
_EDITION_SENT = re.compile(
    r"\b(?:sent|delivered|emailed|mailed|published|distributed|issued|goes out|comes out|lands|arrives|"
    r"appears|compiled|written)\b",
    re.IGNORECASE,
)
_EDITION_READER = re.compile(
    r"\b(?:subscribers?|inbox|mailbox|you|your|readers)\b|"
    r"\b(?:this|our) (?:\w+ )?(?:newsletter|digest|briefing|brief|email|e-mail|edition|update|issue|roundup|round-up|"
    r"bulletin|report|summary|mailing)\b",
    re.IGNORECASE,
)
# "The next issue goes out on Monday": the edition's next sending needs no frequency.
_NEXT_EDITION = re.compile(
    r"\bnext (?:\w+ )?(?:newsletter|digest|edition|issue)\b|\bour next (?:\w+ )?(?:briefing|brief|email|update|"
    r"roundup|round-up|bulletin)\b",
    re.IGNORECASE,
)
# Passing the edition on or leaving it: "forward it to a colleague", "to unsubscribe, reply STOP".
_EDITION_PASS_ON = re.compile(
    r"\bunsubscrib\w*|\bforward(?:ed)? (?:it|this|the|our)\b[^.]{0,40}\b(?:friends?|colleagues?|someone)\b|"
    r"\bforwarded (?:to )?(?:you|this)\b|\bopt[- ]out\b|\bmailing list\b",
    re.IGNORECASE,
)
# A reuse notice phrased without "copyright": a word for copying or the outlet's materials,
# then a permission or its condition ("Reprinting allowed with a link to the source").
_REUSE_LEAD = re.compile(
    r"^(?:the |full or partial |any )?(?:copying|reproduction|reproducing|reprints?|reprinting|republi\w+|"
    r"redistribution|quoting)\b",
    re.IGNORECASE,
)
# The outlet's own texts as a subject: "All materials ...", "Texts of this site ...".
_MATERIALS_LEAD = re.compile(
    r"^(?:all|any|our) (?:materials?|content|texts?|articles?|stories|publications?)\b|"
    r"^(?:the )?(?:materials?|content|texts?|articles?) (?:of|from|on|published (?:on|by)) (?:the |this |our )?"
    r"(?:site|website|portal|agency|outlet|channel|publication|newspaper|magazine)\b",
    re.IGNORECASE,
)
_REUSE_WORD = re.compile(
    r"\b(?:cop(?:y|ied|ying)|reproduc\w+|reprint\w*|republi\w+|redistribut\w+|quot\w+|reus\w+|us(?:e|ed))\b"
)
_REUSE_TERMS = re.compile(
    r"\b(?:permitted|allowed|welcome|welcomed|prohibited|forbidden|may be|free to|licen[sc]ed?|attribution|"
    r"(?:hyper)?link|reference to|credit|without (?:the )?(?:prior |written )*(?:permission|consent)|"
    r"creative commons|cc[- ]by\b)",
    re.IGNORECASE,
)
_OPEN_LICENCE = re.compile(r"\b(?:creative commons|cc[- ]by(?:[- ](?:sa|nc|nd))*(?: \d\.\d)?)\b", re.IGNORECASE)
# Broadcast and app channels a call can point to ("... on 98.4 FM", "Download our app").
_BROADCAST = re.compile(
    r"\b\d{2,3}(?:[.,]\d{1,2})?\s?(?:fm|mhz|khz|am)\b|\b(?:radio|fm|tv|television|channel|app|apps|app store|"
    r"google play|frequency|frequencies|podcast|livestream|live stream|on air|broadcast|satellite|youtube)\b",
    re.IGNORECASE,
)
_BROADCAST_VERBS = _wordset("listen watch tune download install stream hear catch")
# Reported speech: an instruction quoted in the news ("Listen to the radio, officials urged").
_REPORTED = re.compile(r"\b(?:said|says|told|urged|warned|advised|asked|according)\b", re.IGNORECASE)
# A publisher's line about itself at the end of a page: "Steppe Wire is a project of the Open Media Fund".
_SELF_DESCRIPTION = re.compile(
    r"^(?:the )?((?:[A-Z0-9][\w.'’&-]*\s?){1,5}) (?:is|are) (?:an? |the )?(?:\w+ ){0,3}(?:project|publication|"
    r"initiative|service|product|brand|imprint|outlet|newsroom|platform|website|site) (?:of|by|from|run by|"
    r"published by|supported by|funded by)\b",
)
_MAX_NOTICE_WORDS = 30

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
    r"(?:published|updated|posted|last updated)(?:\s*:?\s*(?=[\w ,:.+/-]*?(?:\d|day\b|ago\b))[\w ,:.+/-]{4,40})?|"
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
_MAX_CTA_WORDS = 25
# An outlet's appeal ("We are a small team... Join us.") may run to a few sentences.
_MAX_APPEAL_WORDS = 80
# A paragraph of the article: long enough, closed by sentence punctuation.
_MIN_PARAGRAPH_WORDS = 8
# Topical overlap (share of a line's content words found in the article's paragraphs) under
# which a headline-shaped line is taken as unrelated. Measured: the seeds' related headlines
# score 0.0-0.4 (bulleted ones 0.0-0.33), the subheading in tests/test_clean.py 0.6; 0.5 sits between.
_RELATED_OVERLAP = 0.5
# Two unrelated headlines in a row are a list; one alone may be a subheading.
_MIN_RELATED_RUN = 2


# --- judging lines -------------------------------------------------------------------


def classify_lines(
    lines: list[str], protected: set[int], furniture: frozenset[int] = frozenset()
) -> list[RemovedKind | None]:
    """The removal kind of every line (None: keep). Protected lines (embeds) are always kept; `furniture`
    lines (a page header the title picker found) are 'other' unless they are of a kind of their own."""
    kinds: list[RemovedKind | None] = [
        None if i in protected else line_kind(line) or ("other" if i in furniture else None)
        for i, line in enumerate(lines)
    ]
    vocab = _article_vocab(lines, kinds, protected)
    _mark_unrelated_lists(lines, kinds, protected, vocab)
    _mark_lone_headlines(lines, kinds, protected, vocab)
    _mark_closing_self_description(lines, kinds, protected)
    _mark_tail(lines, kinds, protected)
    _mark_unrelated_runs(lines, kinds, protected, vocab)
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
    if is_call_to_action(line) or _passes_on_edition(line) or _calls_to_broadcast(line):
        return "cta"
    if _edition_notice(line):
        return "footer"
    return None


def _edition_notice(line: str) -> bool:
    """How and when a newsletter or digest goes out: a send verb, a frequency and the edition or its reader."""
    if len(line.split()) > _MAX_NOTICE_WORDS:
        return False
    if not _EDITION_SENT.search(line) or _REPORTED.search(line):
        return False
    return bool(_NEXT_EDITION.search(line) or (_EDITION_FREQUENCY.search(line) and _EDITION_READER.search(line)))


def _passes_on_edition(line: str) -> bool:
    """Unsubscribing, forwarding the edition to a friend: a newsletter's closing furniture."""
    return len(line.split()) <= _MAX_NOTICE_WORDS and bool(_EDITION_PASS_ON.search(line))


def _reuse_notice(line: str) -> bool:
    """A reprint or licence notice ("Reproduction welcome with attribution")."""
    if len(line.split()) > _MAX_NOTICE_WORDS:
        return False
    if _REPORTED.search(line):
        return False
    if _REUSE_TERMS.search(line):
        if _REUSE_LEAD.match(line):
            return True
        # "All materials ..." names the outlet's texts: it still needs a verb of reuse after it.
        materials = _MATERIALS_LEAD.match(line)
        if materials and _REUSE_WORD.search(line, materials.end()):
            return True
    return bool(len(line.split()) <= 15 and _OPEN_LICENCE.search(line))


def _calls_to_broadcast(line: str) -> bool:
    """ "Listen to <Outlet> Radio on 98.4 FM", "Tune in at 8pm", "Download our app": a verb of
    listening or installing, a broadcast or app channel, and a named or numbered target."""
    words = _WORD.findall(line.strip(" \t-–—•*►>|:!🔔👉📲📻📺"))
    if not words or len(words) > 20 or _REPORTED.search(line):
        return False
    lead = [w.lower() for w in words[:2]]
    if lead[0] not in _BROADCAST_VERBS:
        return False
    if lead == ["tune", "in"]:
        return True
    named = any(w[0].isupper() for w in words[1:]) or any(ch.isdigit() for ch in line)
    ours = bool({w.lower() for w in words} & {"our", "us", "app"})
    return bool(_BROADCAST.search(line)) and (named or ours)


def is_footer(line: str) -> bool:
    words = line.split()
    if _EDITOR_MARK.match(line):
        return True
    if _reuse_notice(line):
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
        while j < len(lines) and j not in protected and kinds[j] is None and BULLET.match(lines[j]):
            j += 1
        if j > i:
            items = [BULLET.sub("", line) for line in lines[i:j]]
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
        if i in protected or kinds[i] is not None or BULLET.match(lines[i]):
            continue  # bulleted runs were judged as a whole
        line = lines[i]
        if not line.endswith(tuple(TERMINAL)) and len(line.split()) <= _MAX_TITLE_WORDS:
            kinds[i] = "related_links"


def _mark_unrelated_runs(
    lines: list[str], kinds: list[RemovedKind | None], protected: set[int], vocab: set[str]
) -> None:
    """A run of 2+ short unpunctuated lines after the body that share no content word with it:
    headlines of other stories, whatever their case ("Weather: frost by Friday")."""
    paragraphs = [i for i, line in enumerate(lines) if i not in protected and kinds[i] is None and is_paragraph(line)]
    i = 0
    while i < len(lines):
        heads: list[int] = []
        j = i
        # Page furniture between the headlines (a time, a photo credit) does not break the run.
        while j < len(lines) and (
            _unrelated_headline(lines[j], j, kinds, protected, vocab) or (heads and _between_heads(lines[j], j, kinds))
        ):
            if kinds[j] is None and content_words(lines[j]):
                heads.append(j)
            j += 1
        if (
            len(heads) >= _MIN_RELATED_RUN
            and _after_body(i, j, lines, paragraphs)
            and not _introduces(heads, j, lines, paragraphs)
        ):
            for k in heads:
                kinds[k] = "related_links"
        i = max(j, i + 1)


def _between_heads(line: str, i: int, kinds: list[RemovedKind | None]) -> bool:
    """Furniture, or a line without words (a time stamp), that may sit between listed headlines."""
    return kinds[i] == "other" or (kinds[i] is None and not content_words(line) and len(line.split()) <= 3)


def _unrelated_headline(
    line: str, i: int, kinds: list[RemovedKind | None], protected: set[int], vocab: set[str]
) -> bool:
    if i in protected or kinds[i] is not None or line.endswith(tuple(TERMINAL)):
        return False
    words = content_words(BULLET.sub("", line))
    return 3 <= len(line.split()) <= _MAX_TITLE_WORDS and len(words) >= 2 and not words & vocab


def _after_body(first: int, end: int, lines: list[str], paragraphs: list[int]) -> bool:
    """The run follows the article's paragraphs: some come before it, and none after it is about
    what they are about (a closing notice or appeal may follow)."""
    before = [i for i in paragraphs if i < first]
    if not before:
        return False
    body = set().union(*(content_words(lines[i]) for i in before))
    after = [i for i in paragraphs if i >= end]
    return all(_overlap(lines[i], body) < _RELATED_OVERLAP / 2 for i in after)


def _introduces(heads: list[int], end: int, lines: list[str], paragraphs: list[int]) -> bool:
    """The run heads the paragraphs after it (a digest's next item): they share its words."""
    run_words = set().union(*(content_words(lines[k]) for k in heads))
    return any(content_words(lines[i]) & run_words for i in paragraphs if i >= end)


def _mark_closing_self_description(lines: list[str], kinds: list[RemovedKind | None], protected: set[int]) -> None:
    """The publisher's line about itself ("X is a project of Y") among the page's closing lines."""
    for i in range(len(lines) - 1, -1, -1):
        if i in protected:
            return
        if kinds[i] is not None:
            continue
        described = _SELF_DESCRIPTION.match(lines[i])
        # The outlet names itself nowhere in the story; a shelter or fund the story is about is named before.
        if len(lines[i].split()) <= 20 and described and not _named_in_body(described.group(1), i, lines, kinds):
            kinds[i] = "footer"
            continue
        return  # the first kept line from the end that is no such line closes the article


def _named_in_body(name: str, line_index: int, lines: list[str], kinds: list[RemovedKind | None]) -> bool:
    words = content_words(name)
    return any(
        k != line_index and kinds[k] is None and is_paragraph(line) and words & content_words(line)
        for k, line in enumerate(lines)
    )


def _closes_content(line: str) -> bool:
    """A sentence of the article (key-point bullets included), after which a tail may start."""
    n_words = len(line.split())
    return (n_words >= 5 and line.endswith(tuple(TERMINAL))) or (n_words >= 3 and line.endswith(":"))


def is_paragraph(line: str) -> bool:
    return len(line.split()) >= _MIN_PARAGRAPH_WORDS and line.endswith(tuple(TERMINAL)) and not BULLET.match(line)


def _title_case_ratio(line: str) -> float:
    words = [w for w in _WORD.findall(line) if w.lower() not in _STOPWORDS or w[0].isupper()]
    significant = [w for w in words if w.lower() not in _STOPWORDS]
    if not significant:
        return 0.0
    return sum(w[0].isupper() for w in significant) / len(significant)


def _stem(word: str) -> str:
    """A crude stem: the first five letters, possessive dropped (Russia's, Russian -> russi)."""
    return word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")[:5]


def content_words(text: str) -> set[str]:
    return {
        _stem(w) for part in _WORD.findall(text) for w in part.split("-") if len(w) >= 3 and w.lower() not in _STOPWORDS
    }


def _article_vocab(lines: list[str], kinds: list[RemovedKind | None], protected: set[int]) -> set[str]:
    """Content words of the article's own paragraphs (not embeds, not boilerplate)."""
    vocab: set[str] = set()
    for i, line in enumerate(lines):
        if i not in protected and kinds[i] is None and is_paragraph(line):
            vocab |= content_words(line)
    return vocab


def _overlap(line: str, vocab: set[str]) -> float:
    words = content_words(line)
    return len(words & vocab) / len(words) if words else 0.0
