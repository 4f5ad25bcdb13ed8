"""html: a saved web page is one article; the cleaning stage extracts its body with trafilatura.

`page_meta` reads the few facts a reader needs before cleaning (canonical URL, publication date, site
name, title) from the page's head with regular expressions: cheap, and it never builds a tree, so a page
of 50,000 nested tags costs no more than a flat one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from html import unescape

from fogwatch.model import RawReport, Rejected
from fogwatch.readers.base import has_suffix, strip_head
from fogwatch.readers.source import Source

_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|div|p|article|section|span)\b", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_META = re.compile(r"<meta\s[^>]*>", re.I)
_LINK = re.compile(r"<link\s[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TITLE = re.compile(r"<title[^>]*>([^<]{1,500})</title>", re.I)
_LD_DATE = re.compile(r""""datePublished"\s*:\s*"([^"]{8,40})\"""")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Where pages put their publication date, most specific first.
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
# Only the head is scanned: the metadata that matters sits there.
_META_SCAN = 200_000


@dataclass(frozen=True)
class PageMeta:
    url: str | None = None
    published: str | None = None
    site_name: str | None = None
    title: str | None = None


def looks_like_html(head: bytes) -> bool:
    return bool(_HTML_START.search(strip_head(head)[:8192]))


def declared_charset(head: bytes) -> str | None:
    m = _CHARSET.search(head[:8192])
    return m.group(1).decode("ascii", "replace") if m else None


def page_meta(html: str) -> PageMeta:
    head = html[:_META_SCAN]
    metas: dict[str, str] = {}
    for tag in _META.findall(head):
        attrs = _attrs(tag)
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            metas.setdefault(key, attrs["content"].strip())
    canonical = None
    for tag in _LINK.findall(head):
        attrs = _attrs(tag)
        if attrs.get("rel", "").lower() == "canonical" and attrs.get("href", "").startswith("http"):
            canonical = attrs["href"]
            break
    ld_date = _LD_DATE.search(head)
    dates = [metas.get(k) for k in _DATE_KEYS] + [ld_date.group(1) if ld_date else None]
    title = _TITLE.search(head)
    return PageMeta(
        url=canonical or _http(metas.get("og:url")),
        published=next(filter(None, map(iso_day, dates)), None),
        site_name=metas.get("og:site_name") or None,
        title=title.group(1).strip() if title else None,
    )


_DROP = re.compile(r"<(script|style|template)\b.*?</\1\s*>", re.I | re.S)
_BREAK = re.compile(r"<br\s*/?>|</(p|div|li|h[1-6]|blockquote|tr|section|article|figure|pre)\s*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one line per block.

    A fragment is the article body already, with no page around it: trafilatura, tuned for whole pages,
    finds too little in it, so the tags are dropped here instead (by pattern: no tree, no recursion).
    """
    text = _TAG.sub("", _BREAK.sub("\n", _DROP.sub("", html)))
    lines = (" ".join(line.split()) for line in unescape(text).splitlines())
    return "\n".join(line for line in lines if line)


def iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD at the start of an ISO date or timestamp, when it is a real day."""
    m = _ISO_DAY.match(value.strip()) if value else None
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _attrs(tag: str) -> dict[str, str]:
    return {m[1].lower(): m[2] or m[3] or m[4] or "" for m in _ATTR.finditer(tag)}


def _http(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


class HtmlReader:
    format = "html"
    binary = False

    def claims(self, head: bytes, name: str) -> bool:
        return has_suffix(name, ".html", ".htm", ".xhtml", ".shtml") or looks_like_html(head)

    def read(self, source: Source) -> Iterator[RawReport | Rejected]:
        html = source.read_text(declared=declared_charset(source.head))
        yield RawReport(input=source.label, html=html)
