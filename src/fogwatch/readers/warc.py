"""warc: WARC and WARC.gz crawls (fastwarc 2); one article per HTML response record.

Records are streamed: memory holds one record (capped) and the feed entries seen so far, never the file.
The record's target URI becomes the article's url; the page's own publication date is preferred to the
record's capture date, which is only the latest the article can have been published.

Feeds captured in the same crawl are read too: an entry whose page is in the crawl lends the page its
title and date (when the feed came first); an entry whose page is not is read from its own content at
the end of the file, or rejected with the reason.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastwarc.warc import ArchiveIterator, WarcRecordType

from fogwatch.model import RawReport, Rejected
from fogwatch.readers.base import has_suffix
from fogwatch.readers.feed import FeedEntry, entry_report, looks_like_feed, parse_feed, url_key
from fogwatch.readers.html import looks_like_html, page_meta
from fogwatch.readers.source import MAX_ARTICLE_BYTES, MAX_DOCUMENT_BYTES, InputError, Source, decode

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


class WarcReader:
    format = "warc"
    binary = True

    def claims(self, head: bytes, name: str) -> bool:
        return head.startswith(b"WARC/") or has_suffix(name, ".warc", ".arc")

    def read(self, source: Source) -> Iterator[RawReport | Rejected]:
        entries: dict[str, tuple[FeedEntry, str]] = {}  # feed entries whose page is not seen yet, and their feed
        seen: set[str] = set()  # URL keys of pages read
        count = found = 0
        with _seekable(source) as stream:
            try:
                for record in ArchiveIterator(
                    stream, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"
                ):
                    count += 1
                    for item in self._record(record, source.label, entries, seen):
                        found += 1
                        yield item
            except OSError as exc:  # fastwarc's error for a malformed or truncated record
                found += 1
                yield Rejected(input=f"{source.label} after record {count}", reason=f"malformed WARC: {exc}")
        for entry, feed in entries.values():
            found += 1
            yield entry_report(entry, feed)
        if found == 0:
            raise InputError("WARC holds no HTML pages or feeds" if count else "WARC holds no response records")

    def _record(
        self, record: Any, label: str, entries: dict[str, tuple[FeedEntry, str]], seen: set[str]
    ) -> Iterator[RawReport | Rejected]:
        uri = (record.headers.get("WARC-Target-URI") or "").strip("<> ")
        where = f"{label}#{uri or record.record_id}"
        ctype = (record.http_content_type or "").lower()
        if not ctype and record.content_length == 0 and _declared_length(record) != 0:
            yield Rejected(input=where, reason="record is truncated or its HTTP header is broken")
            return
        if record.content_length > MAX_DOCUMENT_BYTES:
            if ctype.startswith(_HTML_TYPES):
                yield Rejected(input=where, reason=f"record payload is over the {MAX_ARTICLE_BYTES // 2**20} MB cap")
            return
        payload = record.reader.read(MAX_DOCUMENT_BYTES + 1)  # decoded: gzip and chunked bodies are undone
        if len(payload) < record.content_length and not _encoded(record):
            yield Rejected(input=where, reason="record is truncated")
            return
        if ctype.startswith(_FEED_TYPES) or (not ctype.startswith(_HTML_TYPES) and looks_like_feed(payload[:16384])):
            for entry in _feed_entries(payload):
                key = url_key(entry.link) if entry.link else f"{where}#{entry.number}"
                if key not in seen:
                    entries[key] = (entry, where)
            return
        if not (ctype.startswith(_HTML_TYPES) or (not ctype and looks_like_html(payload[:8192]))):
            return  # images, scripts, stylesheets: parts of a page, not articles
        if len(payload) > MAX_ARTICLE_BYTES:
            yield Rejected(input=where, reason=f"page is over the {MAX_ARTICLE_BYTES // 2**20} MB cap")
            return
        key = url_key(uri) if uri else where
        seen.add(key)
        pending = entries.pop(key, None)
        yield _page_report(payload, record, uri, where, pending[0] if pending else None)


def _encoded(record: Any) -> bool:
    """Whether the HTTP body was compressed or chunked: then its decoded length may differ from the record's."""
    headers = record.http_headers
    return bool(headers and (headers.get("Content-Encoding") or headers.get("Transfer-Encoding")))


def _declared_length(record: Any) -> int:
    """The record's Content-Length; -1 when missing or not a number (a record cut inside its header)."""
    try:
        return int(record.headers.get("Content-Length"))
    except (TypeError, ValueError):
        return -1


@contextmanager
def _seekable(source: Source) -> Iterator[Any]:
    """A path for fastwarc to open itself (it detects gzip), or stdin spooled to disk: fastwarc seeks."""
    if source.path:
        yield str(source.path)
        return
    with tempfile.TemporaryFile() as spool, source.open() as stream:
        shutil.copyfileobj(stream, spool)
        spool.seek(0)
        yield spool


def _page_report(payload: bytes, record: Any, uri: str, where: str, entry: FeedEntry | None) -> RawReport | Rejected:
    try:
        html = decode(payload, record.http_charset)
    except InputError as exc:
        return Rejected(input=where, reason=str(exc))
    if entry is not None:
        return entry_report(entry, where, html, where)
    meta = page_meta(html)
    captured = record.record_date
    return RawReport(
        input=where,
        html=html,
        url=uri or meta.url,
        title=None,  # the cleaner takes the title from the page
        published=meta.published or (captured.date().isoformat() if captured else None),
        outlet=meta.site_name,
    )


def _feed_entries(payload: bytes) -> list[FeedEntry]:
    try:
        return parse_feed(payload)
    except InputError:
        return []  # an XML record that is not a feed: not an article either
