"""feed: RSS and Atom feeds (feedparser); one article per entry.

An entry's article is, in order of preference: its linked page when that page is saved in the same folder
(or the same WARC; see warc.py), because the page is the article as published and the entry only adds
metadata; else the entry's full content; else a summary long enough to be the article itself. An entry
with none of these is rejected with that reason, never dropped.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from time import struct_time
from urllib.parse import urlsplit

import feedparser

from fogwatch.model import RawReport, Rejected
from fogwatch.readers.base import has_suffix, strip_head
from fogwatch.readers.html import declared_charset, fragment_text, page_meta
from fogwatch.readers.source import MAX_ARTICLE_BYTES, MAX_DOCUMENT_BYTES, InputError, Source, file_source

# The root element of RSS, Atom or RDF, after any XML declaration, stylesheet, doctype or comments.
_PROLOG = rb"(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
_FEED_ROOT = re.compile(_PROLOG + rb"<(rss|feed|rdf:RDF)\b", re.S)
# Feeds often put a teaser of one or two sentences in the summary; 400 characters is about four
# sentences of news prose, the least we accept as the article itself.
MIN_SUMMARY_CHARS = 400
FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")


@dataclass(frozen=True)
class FeedEntry:
    number: int
    link: str | None
    title: str | None
    published: str | None
    content: str | None
    outlet: str | None


def looks_like_feed(head: bytes) -> bool:
    return bool(_FEED_ROOT.match(strip_head(head)[:16384]))


def parse_feed(data: bytes) -> list[FeedEntry]:
    """Entries of an RSS or Atom document; InputError when it is not a feed."""
    # A stream, never bytes or str: feedparser fetches a string that looks like a URL.
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except (ValueError, LookupError, UnicodeError, AttributeError, TypeError) as exc:
        # feedparser trusts the XML declaration; a garbled encoding name escapes it as these
        raise InputError(f"not a readable feed: {type(exc).__name__}: {exc}"[:200]) from exc
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(f"not an RSS or Atom feed{f': {problem}' if problem else ''}"[:200])
    outlet = parsed.feed.get("title") or None
    return [_entry(n, e, outlet) for n, e in enumerate(parsed.entries, 1)]


def _entry(number: int, e: feedparser.FeedParserDict, outlet: str | None) -> FeedEntry:
    contents = [c.get("value", "") for c in e.get("content", []) if c.get("value", "").strip()]
    summary = e.get("summary", "") or ""
    content = max(contents, key=len) if contents else (summary if len(summary) >= MIN_SUMMARY_CHARS else None)
    when: struct_time | None = e.get("published_parsed") or e.get("updated_parsed")
    return FeedEntry(
        number=number,
        link=e.get("link") or None,
        title=e.get("title") or None,
        published=f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None,
        content=content,
        outlet=outlet,
    )


def entry_report(
    entry: FeedEntry, label: str, page_html: str | None = None, page_label: str | None = None
) -> RawReport | Rejected:
    """The article for one entry: its page when given, else its content; Rejected when it has neither."""
    meta = {"url": entry.link, "title": entry.title, "published": entry.published, "outlet": entry.outlet}
    if page_html is not None:
        if entry.published is None:
            meta["published"] = page_meta(page_html).published
        return RawReport(input=page_label or f"{label}#{entry.number}", html=page_html, **meta)
    if entry.content and fragment_text(entry.content):
        return RawReport(input=f"{label}#{entry.number}", text=fragment_text(entry.content), **meta)
    reason = f"feed entry has no full content and its page ({entry.link or 'no link'}) is not here"
    return Rejected(input=f"{label}#{entry.number}", reason=reason)


def url_key(url: str) -> str:
    """A URL without scheme, query, fragment or trailing slash, for matching a feed link to a saved page."""
    parts = urlsplit(url.strip())
    return (parts.netloc.lower().removeprefix("www.") + parts.path).rstrip("/")


@lru_cache(maxsize=8)
def folder_pages(folder: Path) -> dict[str, Path]:
    """Saved pages in a folder by URL key (canonical or og:url) and by file stem."""
    pages: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file() or not has_suffix(path.name, ".html", ".htm"):
            continue
        pages.setdefault(path.stem.lower(), path)
        try:
            with open(path, "rb") as f:
                url = page_meta(f.read(200_000).decode("utf-8", errors="replace")).url
        except OSError:
            continue
        if url:
            pages.setdefault(url_key(url), path)
    return pages


def find_page(link: str | None, folder: Path) -> Path | None:
    if not link:
        return None
    pages = folder_pages(folder)
    key = url_key(link)
    last = key.rsplit("/", 1)[-1].lower()
    return pages.get(key) or pages.get(last.rsplit(".", 1)[0] if last.endswith((".html", ".htm")) else last)


class FeedReader:
    format = "feed"
    binary = False

    def claims(self, head: bytes, name: str) -> bool:
        return looks_like_feed(head) or has_suffix(name, ".rss", ".atom")

    def read(self, source: Source) -> Iterator[RawReport | Rejected]:
        entries = parse_feed(source.read_capped(MAX_DOCUMENT_BYTES))
        if not entries:
            raise InputError("feed has no entries")
        folder = source.path.parent if source.path else None
        for entry in entries:
            page = find_page(entry.link, folder) if folder else None
            if page is None:
                yield entry_report(entry, source.label)
            elif page not in source.claimed:
                source.claimed.add(page)
                yield self._with_page(entry, source.label, page)

    def _with_page(self, entry: FeedEntry, label: str, page: Path) -> RawReport | Rejected:
        try:
            page_source = file_source(page)
            html = page_source.read_text(MAX_ARTICLE_BYTES, declared_charset(page_source.head))
        except (InputError, OSError) as exc:
            return Rejected(input=str(page), reason=str(exc))
        return entry_report(entry, label, html, str(page))
