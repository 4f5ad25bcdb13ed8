"""source: one input opened as bytes, its first bytes for sniffing, and safe decoding to text.

Every reader gets a `Source`; what it cannot read it reports by raising `InputError`, whose message
becomes the Rejected reason. Limits live here so every reader caps sizes the same way.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from charset_normalizer import from_bytes

# 5 MB is ten times a heavy news page with inline scripts and styles; anything larger is not one article
# (the 10 MB JSON line of issue 6 is refused by it).
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# feedparser and the Telegram fallback parse a whole document in memory: cap them.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
HEAD_BYTES = 64 * 1024

# The 8-bit encodings we try when UTF-8 fails: Western and Cyrillic news. cp1250 is left out because it
# wins ties against cp1252 on French and German text and garbles their accents.
FALLBACK_ENCODINGS = ["cp1252", "cp1251", "koi8_r"]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"SQLite format 3", "an SQLite database"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class InputError(Exception):
    """An input that cannot be read; the message is the one-line reason shown to the user."""


@dataclass
class Source:
    """One input: a file, a gzip-compressed file, or stdin, ready to be opened as (decompressed) bytes."""

    label: str  # what RawReport.input and Rejected.input name
    name: str  # file name for format hints, without a trailing .gz
    opener: Callable[[], BinaryIO]
    head: bytes  # the first HEAD_BYTES of the content, decompressed
    path: Path | None = None  # the file on disk, when there is one
    size: int | None = None  # bytes on disk, when known
    compressed: bool = False
    # Pages that a feed in the same folder already read: the folder walk skips them.
    claimed: set[Path] = field(default_factory=set)

    def open(self) -> BinaryIO:
        return self.opener()

    def read_capped(self, cap: int = MAX_ARTICLE_BYTES) -> bytes:
        """All the content, or InputError when it is over `cap` (checked before reading when the size is known)."""
        what = "one article" if cap <= MAX_ARTICLE_BYTES else "a document read whole"
        if self.size is not None and not self.compressed and self.size > cap:
            raise InputError(f"file is {_mb(self.size)}, over the {_mb(cap)} cap for {what}")
        with self.open() as stream:
            data = stream.read(cap + 1)
        if len(data) > cap:
            raise InputError(f"content is over the {_mb(cap)} cap for {what}")
        return data

    def read_text(self, cap: int = MAX_ARTICLE_BYTES, declared: str | None = None) -> str:
        return decode(self.read_capped(cap), declared)


class _Prefixed(io.RawIOBase):
    """Bytes already read (the head), then the rest of a stream: lets stdin be sniffed and still read whole."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def file_source(path: Path, claimed: set[Path] | None = None) -> Source:
    size = path.stat().st_size
    with open(path, "rb") as f:
        magic = f.read(2)
    compressed = magic == b"\x1f\x8b"

    def opener() -> BinaryIO:
        return gzip.open(path, "rb") if compressed else open(path, "rb")  # type: ignore[return-value]  # noqa: SIM115

    name = path.name[:-3] if compressed and path.name.endswith(".gz") else path.name
    with opener() as stream:
        head = _read_head(stream)
    return Source(str(path), name, opener, head, path, size, compressed, claimed if claimed is not None else set())


def stream_source(label: str, stream: BinaryIO) -> Source:
    """A one-shot source over a stream (stdin): its head is kept and replayed, so it can be opened once."""
    raw = stream.read(2)
    compressed = raw == b"\x1f\x8b"
    inner: Any = gzip.GzipFile(fileobj=io.BufferedReader(_Prefixed(raw, stream))) if compressed else stream
    head = (b"" if compressed else raw) + _read_head(inner, HEAD_BYTES - (0 if compressed else len(raw)))
    opened = io.BufferedReader(_Prefixed(head, inner))
    return Source(label, label, lambda: opened, head, compressed=compressed)  # type: ignore[arg-type, return-value]


def _read_head(stream: BinaryIO, n: int = HEAD_BYTES) -> bytes:
    try:
        return stream.read(n)
    except (EOFError, OSError) as exc:  # a gzip stream that is truncated or corrupt within its first bytes
        raise InputError(f"corrupt or truncated gzip: {exc}") from exc


def binary_kind(head: bytes) -> str | None:
    """Name the kind of a binary input from its first bytes, or None when it may be text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary data"
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes -> text: a BOM, then the declared charset, then UTF-8, then the likeliest 8-bit encoding.

    Raises InputError for binary data: junk never becomes an article.
    """
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{kind}, not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    for encoding in filter(None, [_known(declared), "utf-8"]):
        try:
            return _checked(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    best = from_bytes(data, cp_isolation=FALLBACK_ENCODINGS).best()
    if best is None:
        raise InputError("binary data or an unknown encoding, not text")
    return _checked(str(best))


def _known(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding.strip().strip("\"'")).name
    except LookupError:
        return None


def _checked(text: str) -> str:
    # More than 1% control characters: a binary file that happened to decode.
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > len(sample) / 100:
        raise InputError("binary data, not text")
    return text


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"
