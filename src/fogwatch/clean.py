"""clean: RawReport -> Article. Body text, title without spam, removed parts with their kind, embeds.

Order of work:
1. read the body: plain text as given, HTML through trafilatura (title, site name and date too);
2. take the title (title.py): input metadata wins, else the first line past the page header shaped
   like a headline; spam glued to it ("headline_ad words", "headline | Site") goes to `removed` as
   `spam_title`, the page header (masthead, date line, menu row) as `other`;
3. find embedded posts (embeds.py) and protect their lines: they are content;
4. judge every other line (boilerplate.py): calls to action, footers, lists of unrelated headlines,
   page furniture (cookie notices, photo credits, ad markers) go to `removed` with their kind;
5. join the kept lines, one paragraph per line; embeds get offsets into that text;
6. date it: input metadata wins (`metadata`), else the HTML's date or a dateline in a plain
   scrape's header (`inferred`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from fogwatch.boilerplate import BULLET, TERMINAL, classify_lines, is_paragraph, line_kind
from fogwatch.embeds import EmbedLines, find_embeds, parse_date
from fogwatch.model import Article, Embed, RawReport, Removed, RemovedKind
from fogwatch.title import MAX_DATELINE_WORDS, is_edition_headline, take_title

# A plain-text scrape's date of publication sits in its header, within the first lines.
_DATELINE_SEARCH_LINES = 5


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
    taken = take_title(lines, raw.title or source.title, outlet, removed)
    title, lines = taken.title, taken.lines
    embeds = find_embeds(lines, boilerplate=lambda line: line_kind(line) is not None)
    kinds = classify_lines(lines, {i for e in embeds for i in range(e.first, e.last + 1)}, furniture=taken.header)
    text, starts = _join_kept(lines, kinds, removed)
    dateline = _dateline(lines, kinds) or (parse_date(title) if title and is_edition_headline(title, outlet) else None)
    published, published_source = _published(raw, source.date or dateline)
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
        if kind is None and is_paragraph(line):
            return None
        if kind != "cta" and len(line.split()) <= MAX_DATELINE_WORDS and (found := parse_date(line)):
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
    if BULLET.match(line) or line.startswith(("—", "―")) or previous.endswith(tuple(".!?:;")):
        return False
    return line[:1].islower() or (filled and not previous.endswith(tuple(TERMINAL)))


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
