"""text: a plain-text file is one article."""

from __future__ import annotations

from collections.abc import Iterator

from fogwatch.model import RawReport, Rejected
from fogwatch.readers.source import InputError, Source


class TextReader:
    format = "text"
    binary = False

    def claims(self, head: bytes, name: str) -> bool:
        return True  # the fallback: whatever decodes to text

    def read(self, source: Source) -> Iterator[RawReport | Rejected]:
        text = source.read_text()
        if not text.strip():
            raise InputError("no text: the file holds only whitespace")
        yield RawReport(input=source.label, text=text)
