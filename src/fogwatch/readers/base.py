"""base: the Reader protocol every input format implements."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from fogwatch.model import RawReport, Rejected
from fogwatch.readers.source import Source


@runtime_checkable
class Reader(Protocol):
    """One input format: whether it claims a source (by content and name), and how to read it."""

    format: str
    binary: bool  # True when the format holds binary parts (a WARC's images): skip the binary-junk check

    def claims(self, head: bytes, name: str) -> bool:
        """True when `head` (the first bytes, decompressed) or the file `name` says this format."""
        ...

    def read(self, source: Source) -> Iterator[RawReport | Rejected]:
        """Articles from the source; per-article problems as Rejected; an unreadable source raises InputError."""
        ...


def strip_head(head: bytes) -> bytes:
    """The head without a UTF-8 BOM and leading whitespace, for sniffing."""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()


def has_suffix(name: str, *suffixes: str) -> bool:
    return name.lower().endswith(suffixes)
