"""readers: input paths -> RawReport records, or Rejected with the reason; never raises for bad input.

    read_inputs   files, folders (walked, hidden files skipped) and `-` (stdin); `.gz` read transparently
    choose_reader the format, by content first and file name second, from the readers below in order:
        warc      WARC / WARC.gz crawls: HTML responses, and feeds captured with them
        telegram  Telegram Desktop channel exports (result.json)
        jsonl     JSON Lines, one article per line
        feed      RSS / Atom, with linked pages saved in the same folder
        html      a saved web page
        text      anything else that decodes to text

A problem with one input, or one article inside it, becomes a Rejected naming it and the reason, and
reading goes on with the next.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from fogwatch.model import RawReport, Rejected
from fogwatch.readers.base import Reader, has_suffix
from fogwatch.readers.feed import FEED_SUFFIXES, FeedReader
from fogwatch.readers.html import HtmlReader
from fogwatch.readers.jsonl import JsonLinesReader
from fogwatch.readers.source import InputError, Source, binary_kind, file_source, stream_source
from fogwatch.readers.telegram import TelegramReader
from fogwatch.readers.text import TextReader
from fogwatch.readers.warc import WarcReader

__all__ = ["READERS", "InputError", "Reader", "Source", "choose_reader", "read_inputs", "read_source"]

READERS: list[Reader] = [WarcReader(), TelegramReader(), JsonLinesReader(), FeedReader(), HtmlReader(), TextReader()]
STDIN = "-"


def read_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[RawReport | Rejected]:
    """Every article in the given files, folders and `-` (stdin), in order; bad ones as Rejected."""
    claimed: set[Path] = set()  # pages a feed already read, so a folder walk does not read them twice
    for arg in paths:
        if arg == STDIN:
            yield from guarded("<stdin>", lambda: read_source(stream_source("<stdin>", stdin or sys.stdin.buffer)))
        elif os.path.isdir(arg):
            yield from _read_folder(Path(arg), claimed)
        elif os.path.exists(arg):
            yield from _read_file(Path(arg), claimed)
        else:
            yield Rejected(input=arg, reason="no such file or folder")


def choose_reader(head: bytes, name: str) -> Reader:
    return next(r for r in READERS if r.claims(head, name))


def read_source(source: Source) -> Iterator[RawReport | Rejected]:
    if not source.head:
        raise InputError("empty file" if not source.compressed else "empty after decompression")
    reader = choose_reader(source.head, source.name)
    kind = None if reader.binary else binary_kind(source.head)
    if kind:
        raise InputError(f"{kind}, not text")
    yield from reader.read(source)


def _read_file(path: Path, claimed: set[Path]) -> Iterator[RawReport | Rejected]:
    if path in claimed:
        return
    yield from guarded(str(path), lambda: read_source(file_source(path, claimed)))


def _read_folder(folder: Path, claimed: set[Path]) -> Iterator[RawReport | Rejected]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = sorted(f for f in files if not f.startswith("."))
        # Feeds first: they claim the pages they link to, which are then read once, with the feed's metadata.
        feeds = [n for n in names if has_suffix(n, *FEED_SUFFIXES)]
        others = [n for n in names if not has_suffix(n, *FEED_SUFFIXES)]
        for name in feeds + others:
            yield from _read_file(Path(root, name), claimed)


def guarded(label: str, items: Callable[[], Iterable[RawReport | Rejected]]) -> Iterator[RawReport | Rejected]:
    """The items of one input; whatever stops reading it becomes one last Rejected naming it."""
    try:
        yield from items()
    except InputError as exc:
        yield Rejected(input=label, reason=str(exc))
    except (EOFError, zlib.error) as exc:
        yield Rejected(input=label, reason=f"corrupt or truncated compressed data: {exc}")
    except OSError as exc:
        yield Rejected(input=label, reason=f"cannot read: {exc.strerror or exc}")
    except RecursionError:
        yield Rejected(input=label, reason="structure nested too deeply to read")
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # a reader bug, or a panic in a native parser (not an Exception), must not stop
        # the batch; the fuzz suite hunts these
        yield Rejected(input=label, reason=f"reader failed: {type(exc).__name__}: {exc}"[:300])
