"""jsonl: JSON Lines, one article per line (spec section 1): `text` or `html`, and optional metadata.

Lines are streamed with a length cap, so a file of any size and a line of any length cost bounded memory;
a bad line is rejected with its line number and the lines after it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from fogwatch.model import RawReport, Rejected
from fogwatch.readers.base import has_suffix, strip_head
from fogwatch.readers.html import iso_day
from fogwatch.readers.source import HEAD_BYTES, MAX_ARTICLE_BYTES, InputError, Source, decode

# The keys a line may carry; others (a collector's own bookkeeping) are ignored.
FIELDS = ("text", "html", "id", "url", "title", "published", "outlet", "forwarded_from", "channel")


class JsonLinesReader:
    format = "jsonl"
    binary = False

    def claims(self, head: bytes, name: str) -> bool:
        if has_suffix(name, ".jsonl", ".ndjson", ".jsonlines"):
            return True
        stripped = strip_head(head)
        first, newline, _ = stripped.partition(b"\n")
        if not stripped.startswith(b"{"):
            return False
        if not newline and len(head) >= HEAD_BYTES:  # a first line longer than the head: not pretty-printed JSON
            return True
        try:
            return isinstance(json.loads(first), dict)
        except ValueError:
            return False

    def read(self, source: Source) -> Iterator[RawReport | Rejected]:
        found = 0
        with source.open() as stream:
            for number, line in _lines(stream):
                label = f"{source.label}:{number}"
                if line is None:
                    found += 1
                    yield Rejected(input=label, reason=f"line is over the {MAX_ARTICLE_BYTES // 2**20} MB cap")
                elif line.strip():
                    found += 1
                    yield parse_line(line, label)
        if not found:
            raise InputError("no articles: every line is blank")


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; None for a line over the cap, whose rest is skipped without keeping it."""
    number = 0
    while True:
        line = stream.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_ARTICLE_BYTES:
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield number, None
        else:
            yield number, line


def parse_line(line: bytes, label: str) -> RawReport | Rejected:
    try:
        value = json.loads(decode(line))
    except InputError as exc:
        return Rejected(input=label, reason=str(exc))
    except ValueError as exc:
        return Rejected(input=label, reason=f"not JSON: {exc}")
    if not isinstance(value, dict):
        return Rejected(input=label, reason=f"expected a JSON object, got {type(value).__name__}")
    try:
        return RawReport(input=label, **_fields(value))
    except InputError as exc:
        return Rejected(input=label, reason=str(exc))


def _fields(value: dict[str, Any]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key in FIELDS:
        item = value.get(key)
        if item is None:
            continue
        if key == "id" and isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str):
            raise InputError(f"`{key}` must be a string, got {type(item).__name__}")
        fields[key] = item
    if not (fields.get("text", "").strip() or fields.get("html", "").strip()):
        raise InputError("needs a non-empty `text` or `html`")
    if "published" in fields:
        day = iso_day(fields["published"])
        if day is None:
            raise InputError(f"`published` is not an ISO date: {fields['published'][:40]!r}")
        fields["published"] = day
    return fields
