"""Each input format, built by the test, read into the expected articles."""

from __future__ import annotations

import json

from fogwatch.model import RawReport, Rejected
from fogwatch.readers import read_inputs

from .samples import (
    BRIDGE,
    CONVOY,
    DEPOT,
    atom,
    page,
    rss,
    telegram_export,
    tg_message,
    warc_record,
    write_warc,
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def read(*paths) -> list[RawReport | Rejected]:
    return list(read_inputs([str(p) for p in paths]))


def test_plain_text_file_is_one_article(tmp_path):
    (tmp_path / "depot.txt").write_text(DEPOT)
    [report] = read(tmp_path / "depot.txt")
    assert report == RawReport(input=str(tmp_path / "depot.txt"), text=DEPOT)


def test_html_file_passes_the_page_to_the_cleaner(tmp_path):
    (tmp_path / "bridge.html").write_text(page(BRIDGE, "Bridge shelled"))
    [report] = read(tmp_path / "bridge.html")
    assert report.html == page(BRIDGE, "Bridge shelled") and report.text is None


def test_jsonl_reads_text_html_and_metadata(tmp_path):
    lines = [
        {
            "text": DEPOT,
            "id": "a1",
            "url": "https://news.example.com/depot",
            "title": "Depot hit",
            "published": "2024-01-09",
        },
        {"html": page(BRIDGE), "published": "2024-01-10T07:30:00+02:00", "collector": "ignored"},
    ]
    (tmp_path / "dump.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    first, second = read(tmp_path / "dump.jsonl")
    assert first == RawReport(
        input=f"{tmp_path / 'dump.jsonl'}:1",
        text=DEPOT,
        id="a1",
        url="https://news.example.com/depot",
        title="Depot hit",
        published="2024-01-09",
    )
    assert second.input.endswith("dump.jsonl:2") and second.html == page(BRIDGE) and second.published == "2024-01-10"


def test_warc_reads_html_responses_with_uri_and_date(tmp_path):
    records = [
        warc_record("https://news.example.com/depot", page(DEPOT).encode()),
        warc_record("https://news.example.com/logo.png", PNG, ctype="image/png"),  # NUL bytes in a WARC are fine
        warc_record(
            "https://news.example.com/bridge",
            page(BRIDGE, published="2024-02-29T10:00:00Z").encode("cp1251"),
            ctype="text/html; charset=windows-1251",
        ),
    ]
    for compress in (False, True):
        path = write_warc(tmp_path / f"crawl{compress}.warc{'.gz' if compress else ''}", records, compress)
        depot, bridge = read(path)
        assert depot.url == "https://news.example.com/depot" and depot.html == page(DEPOT)
        assert depot.published == "2024-03-05"  # no date on the page: the capture date
        assert bridge.published == "2024-02-29"  # the page's own date wins over the capture date
        assert bridge.input == f"{path}#https://news.example.com/bridge"


def test_rss_entries_with_full_content(tmp_path):
    feed = rss(
        [
            {
                "title": "Depot hit",
                "link": "https://wire.example.org/depot",
                "content": f"<p>{DEPOT}</p>",
                "pubDate": "Tue, 09 Jan 2024 06:00:00 GMT",
                "summary": "A depot burned.",
            },
            {"title": "Teaser", "link": "https://wire.example.org/teaser", "summary": "Short teaser."},
        ]
    )
    (tmp_path / "wire.rss").write_text(feed)
    depot, teaser = read(tmp_path / "wire.rss")
    assert depot == RawReport(
        input=f"{tmp_path / 'wire.rss'}#1",
        text=DEPOT,
        url="https://wire.example.org/depot",
        title="Depot hit",
        published="2024-01-09",
        outlet="Frontline Wire",
    )
    assert isinstance(teaser, Rejected) and "no full content" in teaser.reason


def test_atom_entry_takes_its_linked_page_from_the_same_folder(tmp_path):
    feed = atom(
        [
            {
                "title": "Convoy mined",
                "link": "https://monitor.example.net/2024/convoy-mined",
                "updated": "2024-02-02T12:00:00Z",
                "summary": "A convoy hit a mine.",
            },
            {
                "title": "Bridge",
                "link": "https://monitor.example.net/bridge",
                "updated": "2024-02-03T12:00:00Z",
                "content": f"<p>{BRIDGE}</p>",
            },
        ]
    )
    (tmp_path / "monitor.atom").write_text(feed)
    (tmp_path / "convoy-mined.html").write_text(page(CONVOY, "Convoy mined"))
    (tmp_path / "unrelated.txt").write_text(DEPOT)
    reports = read(tmp_path)
    assert [r.input for r in reports] == [
        str(tmp_path / "convoy-mined.html"),  # read once, through the feed, with its metadata
        f"{tmp_path / 'monitor.atom'}#2",
        str(tmp_path / "unrelated.txt"),
    ]
    convoy = reports[0]
    assert convoy.html == page(CONVOY, "Convoy mined") and convoy.published == "2024-02-02"
    assert convoy.url == "https://monitor.example.net/2024/convoy-mined" and convoy.outlet == "Border Monitor"


def test_warc_feed_entries_lend_metadata_to_pages_and_fill_in_missing_ones(tmp_path):
    feed = rss(
        [
            {
                "title": "Depot hit",
                "link": "https://wire.example.org/depot",
                "pubDate": "Mon, 08 Jan 2024 22:00:00 GMT",
                "summary": "Teaser.",
            },
            {"title": "Convoy", "link": "https://wire.example.org/convoy", "content": f"<p>{CONVOY}</p>"},
        ]
    )
    records = [
        warc_record("https://wire.example.org/feed", feed.encode(), ctype="application/rss+xml"),
        warc_record("https://wire.example.org/depot", page(DEPOT).encode()),
    ]
    path = write_warc(tmp_path / "wire.warc.gz", records, compress=True)
    depot, convoy = read(path)
    assert depot.html == page(DEPOT) and depot.title == "Depot hit" and depot.published == "2024-01-08"
    assert convoy.text == CONVOY and convoy.url == "https://wire.example.org/convoy"


def test_telegram_export_one_article_per_message_with_text(tmp_path):
    messages = [
        {"id": 1, "type": "service", "date": "2024-02-10T08:00:00", "action": "create_channel"},
        tg_message(
            2,
            [
                "Explosions reported in ",
                {"type": "bold", "text": "Belgorod"},
                " overnight. ",
                {"type": "hashtag", "text": "#alert"},
            ],
        ),
        tg_message(3, "", photo="photos/1.jpg"),
        tg_message(4, CONVOY, date="2024-02-12T21:40:00", forwarded_from="Front Notes"),
    ]
    (tmp_path / "result.json").write_text(telegram_export(messages))
    first, forwarded = read(tmp_path / "result.json")
    assert first == RawReport(
        input=f"{tmp_path / 'result.json'}#message 2",
        text="Explosions reported in Belgorod overnight. #alert",
        published="2024-02-11",
        outlet="Sky Watch",
        channel="Telegram",
    )
    assert (
        forwarded.forwarded_from == "Front Notes" and forwarded.text == CONVOY and forwarded.published == "2024-02-12"
    )


def test_telegram_export_is_streamed_across_chunk_boundaries(tmp_path):
    # Messages larger than the reader's 1 MB chunk, so objects straddle chunk edges.
    long_text = (DEPOT + " ") * 8000
    messages = [tg_message(i, f"{i}: {long_text}") for i in range(1, 4)]
    (tmp_path / "export.json").write_text(telegram_export(messages))
    reports = read(tmp_path / "export.json")
    assert [r.text[:3] for r in reports] == ["1: ", "2: ", "3: "] and all(len(r.text) > 1 << 20 for r in reports)


def test_gzipped_inputs_are_read_transparently(tmp_path):
    import gzip

    (tmp_path / "depot.txt.gz").write_bytes(gzip.compress(DEPOT.encode()))
    (tmp_path / "dump.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": BRIDGE}).encode()))
    assert [r.text for r in read(tmp_path / "depot.txt.gz", tmp_path / "dump.jsonl.gz")] == [DEPOT, BRIDGE]


def test_feed_content_fragments_become_text():
    from fogwatch.readers.html import fragment_text

    fragment = "<p>Shelling hit&nbsp;a school.</p><script>track()</script><ul><li>Two hurt</li><li>One <b>lost</b></ul>"
    assert fragment_text(fragment) == "Shelling hit a school.\nTwo hurt\nOne lost"


def test_warc_pages_sent_gzip_encoded_are_decoded(tmp_path):
    import gzip

    body = gzip.compress(page(DEPOT).encode())
    record = warc_record("https://news.example.com/z", body, ctype="text/html").replace(
        b"Content-Type: text/html\r\n", b"Content-Type: text/html\r\nContent-Encoding: gzip\r\n"
    )
    [report] = read(write_warc(tmp_path / "z.warc", [_fix_length(record)]))
    assert report.html == page(DEPOT)


def _fix_length(record: bytes) -> bytes:
    head, http = record[:-4].split(b"\r\n\r\n", 1)
    lines = [
        b"Content-Length: %d" % len(http) if line.startswith(b"Content-Length") else line
        for line in head.split(b"\r\n")
    ]
    return b"\r\n".join(lines) + b"\r\n\r\n" + http + b"\r\n\r\n"
