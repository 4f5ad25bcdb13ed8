"""Choosing a reader by content as well as name; folders, stdin and decoding."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from fogwatch.model import RawReport, Rejected
from fogwatch.readers import choose_reader, read_inputs
from fogwatch.readers.source import InputError, decode

from .samples import BRIDGE, DEPOT, atom, page, rss, telegram_export, tg_message, warc_record


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.bin", "warc"),
        (b"", "crawl.warc", "warc"),
        (telegram_export([tg_message(1, "x")]).encode(), "export.json", "telegram"),
        (b"{}", "result.json", "telegram"),
        (b'{"text": "a"}\n{"text": "b"}\n', "dump.json", "jsonl"),
        (b"not json at all", "dump.jsonl", "jsonl"),
        (rss([]).encode(), "feed", "feed"),
        (atom([]).encode(), "monitor.xml", "feed"),
        (page(DEPOT).encode(), "depot.txt", "html"),
        (b"Plain words", "page.html", "html"),
        (DEPOT.encode(), "depot", "text"),
        (b"<3 is not a tag", "note.txt", "text"),
    ],
)
def test_reader_is_chosen_by_content_then_name(content, name, expected):
    assert choose_reader(content, name).format == expected


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Взрыв прогремел на складе боеприпасов под Белгородом.".encode("cp1251"), "складе"),
        ("Взрыв прогремел на складе боеприпасов под Белгородом.".encode("koi8_r"), "складе"),
        ("Le ministère a confirmé l'explosion près de la base aérienne.".encode("latin-1"), "ministère"),
        ("Une frappe près de la frontière.".encode("utf-16"), "frappe"),
        ("\ufeffA strike near the border.".encode(), "A strike"),
    ],
)
def test_text_in_other_encodings_is_decoded(data, text):
    assert text in decode(data)


@pytest.mark.parametrize("junk", [bytes(range(256)) * 8, b"\x00\x01\x02" * 100, b"%PDF-1.7\n..."])
def test_junk_is_refused(junk):
    with pytest.raises(InputError):
        decode(junk)


def test_html_declared_charset_is_used(tmp_path):
    html = '<html><head><meta charset="windows-1251"></head><body><p>Удар по мосту.</p></body></html>'
    (tmp_path / "p.html").write_bytes(html.encode("cp1251"))
    [report] = read_inputs([str(tmp_path / "p.html")])
    assert "Удар по мосту" in report.html


def test_stdin_is_sniffed_and_read_whole():
    lines = (json.dumps({"text": DEPOT}) + "\n" + json.dumps({"text": BRIDGE}) + "\n").encode()
    reports = list(read_inputs(["-"], stdin=io.BytesIO(gzip.compress(lines))))
    assert [r.input for r in reports] == ["<stdin>:1", "<stdin>:2"] and reports[1].text == BRIDGE


def test_stdin_can_carry_a_warc():
    data = warc_record("https://news.example.com/depot", page(DEPOT).encode())
    [report] = read_inputs(["-"], stdin=io.BytesIO(data))
    assert report.url == "https://news.example.com/depot"


def test_folders_are_walked_in_order_skipping_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(BRIDGE)
    (tmp_path / "a.txt").write_text(DEPOT)
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    assert [r.input for r in read_inputs([str(tmp_path)])] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]


def test_missing_path_is_named():
    assert list(read_inputs(["/no/such/file.txt"])) == [
        Rejected(input="/no/such/file.txt", reason="no such file or folder")
    ]


def test_a_page_named_twice_is_read_once_after_its_feed_claims_it(tmp_path):
    (tmp_path / "depot.html").write_text(page(DEPOT, canonical="https://wire.example.org/depot"))
    (tmp_path / "wire.rss").write_text(rss([{"title": "Depot", "link": "https://wire.example.org/depot?utm=x"}]))
    reports = list(read_inputs([str(tmp_path / "wire.rss"), str(tmp_path / "depot.html")]))
    assert len(reports) == 1 and isinstance(reports[0], RawReport) and reports[0].title == "Depot"
