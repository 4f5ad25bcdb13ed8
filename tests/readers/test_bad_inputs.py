"""Bad inputs become one Rejected naming the input and the problem; reading goes on."""

from __future__ import annotations

import gzip
import json
import resource

import pytest

from fogwatch.model import RawReport, Rejected
from fogwatch.readers import read_inputs
from fogwatch.readers.source import MAX_ARTICLE_BYTES

from .samples import BRIDGE, DEPOT, page, rss, telegram_export, tg_message, warc_record, write_warc

BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "junk.bin": (bytes(range(256)) * 64, "binary data"),
    "photo.jpg": (b"\xff\xd8\xff\xe0" + bytes(500), "a JPEG image"),
    "truncated.txt.gz": (gzip.compress(DEPOT.encode() * 50)[:60], "truncated"),
    "not-gzip.gz": (b"\x1f\x8b" + b"definitely not deflate" * 10, "gzip"),
    "blank.txt": (b"  \n\t\n", "only whitespace"),
    "result.json": (telegram_export([]).encode(), "no messages with text"),
    "photos-only.json": (telegram_export([tg_message(1, "", photo="p.jpg")]).encode(), "no messages with text"),
    "cut.warc": (warc_record("https://a.example/x", page(DEPOT).encode())[:200], "truncated"),
    "junk.warc": (b"WARC/1.1\r\nthis is not a header\r\n\r\n" * 3, "no response records"),
    "empty.rss": (rss([]).encode(), "no entries"),
    "broken.rss": (b"<rss><channel><item><title>x</ti", "no full content"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_named_with_its_reason(tmp_path, name):
    data, reason = BAD_INPUTS[name]
    (tmp_path / name).write_bytes(data)
    results = list(read_inputs([str(tmp_path / name)]))
    assert results and all(isinstance(r, Rejected) for r in results), results
    assert results[-1].input.startswith(str(tmp_path / name)) and reason in results[-1].reason


def test_one_batch_keeps_the_good_and_names_the_bad(tmp_path):
    for name, (data, _) in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(DEPOT)
    (tmp_path / "cyrillic.txt").write_bytes("Удар по мосту под Купянском.".encode("cp1251"))
    (tmp_path / "broken.html").write_text("<html><body><div><p>" + BRIDGE + "<div><span></body>")
    lines = [json.dumps({"text": DEPOT}), '{"text": "unterminated', "[1, 2]", json.dumps({"url": "https://x"})]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines))
    results = list(read_inputs([str(tmp_path)]))
    good = {r.input.removeprefix(str(tmp_path) + "/") for r in results if isinstance(r, RawReport)}
    bad = {r.input.removeprefix(str(tmp_path) + "/"): r.reason for r in results if isinstance(r, Rejected)}
    assert good == {"good.txt", "cyrillic.txt", "broken.html", "dump.jsonl:1"}
    assert bad["dump.jsonl:2"].startswith("not JSON")
    assert bad["dump.jsonl:3"] == "expected a JSON object, got list"
    assert bad["dump.jsonl:4"] == "needs a non-empty `text` or `html`"
    assert {n for n in BAD_INPUTS} <= {k.split("#")[0].split(" after ")[0] for k in bad}


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.write((DEPOT + "\n").encode() * 500)
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper
    [rejected] = read_inputs([str(path)])
    assert rejected == Rejected(input=str(path), reason="file is 200.0 MB, over the 5.0 MB cap for one article")


def test_huge_json_line_is_refused_and_the_next_line_read(tmp_path):
    path = tmp_path / "dump.jsonl"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(path, "w") as f:
        f.write(json.dumps({"text": "x" * (10 * 1024 * 1024)}) + "\n" + json.dumps({"text": DEPOT}) + "\n")
    big, small = read_inputs([str(path)])
    assert big == Rejected(input=f"{path}:1", reason=f"line is over the {MAX_ARTICLE_BYTES >> 20} MB cap")
    assert small.text == DEPOT
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KB: the line was never held whole


def test_deeply_nested_html_is_read_without_recursion(tmp_path):
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 50_000 + BRIDGE + "</div>" * 50_000)
    [report] = read_inputs([str(tmp_path / "deep.html")])
    assert isinstance(report, RawReport) and BRIDGE in report.html


def test_warc_with_an_oversized_page_rejects_that_record_only(tmp_path):
    huge = ("<p>" + DEPOT + "</p>").encode() * (MAX_ARTICLE_BYTES // 150)
    path = write_warc(
        tmp_path / "c.warc",
        [warc_record("https://a.example/huge", huge), warc_record("https://a.example/ok", page(BRIDGE).encode())],
    )
    huge_result, ok = read_inputs([str(path)])
    assert huge_result == Rejected(input=f"{path}#https://a.example/huge", reason="page is over the 5 MB cap")
    assert ok.url == "https://a.example/ok"
