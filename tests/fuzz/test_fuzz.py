"""Fuzzing: generated and mangled inputs never crash a reader or the extractor.

A crash is any exception escaping a reader (the readers' guard turns one into a reject saying
"reader failed") or the pipeline (extract_one says "extraction failed"). Bad input must instead be
named with a reason of its own. Runs are derandomized so CI is repeatable; for a deeper hunt:

    FOGWATCH_FUZZ_EXAMPLES=2000 FOGWATCH_FUZZ_RANDOM=1 .venv/bin/pytest tests/fuzz

and save any input that crashes under tests/fuzz/corpus/ (see test_corpus.py).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fogwatch.batch import extract_one
from fogwatch.model import RawReport, Rejected
from fogwatch.pipeline import extract
from fogwatch.readers import read_inputs
from readers.samples import atom, rss, telegram_export, warc_record

from .support import crashes

FUZZ = settings(
    max_examples=int(os.environ.get("FOGWATCH_FUZZ_EXAMPLES", "40")),
    derandomize=not os.environ.get("FOGWATCH_FUZZ_RANDOM"),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NAMES = [
    "a.txt",
    "a.html",
    "a.jsonl",
    "a.json",
    "result.json",
    "a.rss",
    "a.atom",
    "a.xml",
    "a.warc",
    "a.warc.gz",
    "a.txt.gz",
    "noext",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=20,
)
article_keys = st.sampled_from(["text", "html", "id", "url", "title", "published", "outlet", "input", "channel"])
articles = st.dictionaries(article_keys, json_values | st.text(max_size=200), max_size=6)
tags = st.sampled_from(["div", "p", "span", "article", "script", "table", "tr", "li", "b", "meta", "title", "!--"])
words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@st.composite
def html_pages(draw) -> str:
    parts = draw(st.lists(st.tuples(tags, words, st.booleans()), max_size=30))
    depth = draw(st.integers(0, 3000))
    body = "".join(f"<{t}>{w}" + (f"</{t}>" if close else "") for t, w, close in parts)
    return "<html><body>" + "<div>" * depth + body + "</div>" * draw(st.integers(0, depth))


@st.composite
def mangled(draw, data: bytes) -> bytes:
    """Cut, flip or splice bytes of a well-formed input."""
    if not data:
        return data
    how = draw(st.sampled_from(["cut", "flip", "splice", "keep"]))
    at = draw(st.integers(0, len(data) - 1))
    if how == "cut":
        return data[:at]
    if how == "flip":
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if how == "splice":
        return data[:at] + draw(st.binary(max_size=64)) + data[at:]
    return data


@st.composite
def structured_inputs(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["jsonl", "telegram", "html", "warc", "rss", "atom", "gzip"]))
    if kind == "jsonl":
        lines = draw(st.lists(articles.map(json.dumps) | json_values.map(json.dumps) | words, max_size=8))
        return "a.jsonl", "\n".join(lines).encode()
    if kind == "telegram":
        messages = draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "id": st.integers(),
                        "type": st.sampled_from(["message", "service"]),
                        "text": words | st.lists(words | st.fixed_dictionaries({"type": words, "text": json_values})),
                    },
                    optional={"date": words, "forwarded_from": json_values},
                )
                | json_values,
                max_size=6,
            )
        )
        return "result.json", draw(mangled(telegram_export(messages).encode()))
    if kind == "html":
        return draw(st.sampled_from(["a.html", "noext"])), draw(html_pages()).encode()
    if kind == "warc":
        records = [
            warc_record(f"https://e.example/{i}", draw(html_pages()).encode()) for i in range(draw(st.integers(0, 3)))
        ]
        return "a.warc", draw(mangled(b"".join(records)))
    entries = draw(
        st.lists(st.fixed_dictionaries({"title": words, "link": words, "content": words, "updated": words}), max_size=4)
    )
    feed = (rss if kind == "rss" else atom)(entries) if kind != "gzip" else rss(entries)
    if kind == "gzip":
        return "feed.rss.gz", draw(mangled(gzip.compress(feed.encode())))
    return f"a.{kind}", draw(mangled(feed.encode()))


def read_file(name: str, data: bytes) -> list[RawReport | Rejected]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        results = list(read_inputs([str(path)]))
        assert all(r.input.startswith(str(path)) for r in results)
        return results


@FUZZ
@given(st.sampled_from(NAMES), st.binary(max_size=4096))
def test_random_bytes_never_crash_a_reader(name, data):
    results = read_file(name, data)
    assert results, "every input yields an article or a reason"
    assert not crashes(results)


@FUZZ
@given(structured_inputs())
def test_mangled_inputs_never_crash_a_reader(named):
    assert not crashes(read_file(*named))


@FUZZ
@given(st.binary(max_size=2048))
def test_stdin_never_crashes(data):
    assert not crashes(list(read_inputs(["-"], stdin=io.BytesIO(data))))


@FUZZ
@given(
    st.one_of(
        words.map(lambda t: RawReport(input="t", text=t)),
        html_pages().map(lambda h: RawReport(input="h", html=h)),
        st.lists(
            st.sampled_from(
                [
                    "Shelling killed 3 people in Kharkiv on 5 May.",
                    "A drone hit a depot.",
                    "Sources said.",
                    "\u202e",
                    "  ",
                    "«»",
                    "12,000",
                    "On Monday",
                    "1/2/3",
                ]
            ),
            max_size=12,
        ).map(lambda s: RawReport(input="s", text=" ".join(s), published="2024-02-29")),
    )
)
def test_the_extractor_never_crashes(resources, raw):
    result = extract_one(raw, resources)
    assert not crashes([result])
    if not isinstance(result, Rejected):
        assert result == extract(raw, resources)  # and is deterministic
