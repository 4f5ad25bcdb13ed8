"""telegram: a Telegram Desktop channel export (`result.json`); one article per message with text.

The channel is the outlet and the source channel is `Telegram`; a forwarded message keeps whom it was
forwarded from. Text entities (bold, links, hashtags) are flattened to their text.

Exports run to hundreds of megabytes, so the `messages` array is decoded one message at a time from a
sliding buffer; only an export whose layout hides that array (the all-chats export) is parsed whole,
under a size cap.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from fogwatch.model import RawReport, Rejected
from fogwatch.readers.base import strip_head
from fogwatch.readers.html import iso_day
from fogwatch.readers.source import MAX_ARTICLE_BYTES, MAX_DOCUMENT_BYTES, InputError, Source, decode

_MESSAGES = re.compile(r'"messages"\s*:\s*\[')
_CHAT_TYPE = re.compile(rb'"type"\s*:\s*"\w*(channel|chat|group|saved_messages)"')
_CHUNK = 1 << 20
_WS = re.compile(r"[\s,]*")


class TelegramReader:
    format = "telegram"
    binary = False

    def claims(self, head: bytes, name: str) -> bool:
        if name == "result.json":
            return True
        text = strip_head(head)
        return text.startswith(b"{") and b'"messages"' in text and bool(_CHAT_TYPE.search(text))

    def read(self, source: Source) -> Iterator[RawReport | Rejected]:
        count = 0
        for chat, message in _messages(source):
            report = message_report(message, chat, source.label)
            if report is not None:
                count += 1
                yield report
        if count == 0:
            raise InputError("Telegram export has no messages with text")


def message_report(message: Any, chat: dict[str, Any], label: str) -> RawReport | Rejected | None:
    """The article of one message; None for a message that is not one (a service message, a bare photo)."""
    if not isinstance(message, dict) or message.get("type", "message") != "message":
        return None
    text = flatten(message.get("text", ""))
    if not text.strip():
        return None
    where = f"{label}#message {message.get('id', '?')}"
    if len(text) > MAX_ARTICLE_BYTES:
        return Rejected(input=where, reason="message is over the article size cap")
    forwarded = message.get("forwarded_from")
    return RawReport(
        input=where,
        text=text,
        id=None,
        url=_url(chat, message),
        published=iso_day(str(message.get("date", ""))),
        outlet=str(chat.get("name") or "") or None,
        channel="Telegram",
        forwarded_from=forwarded if isinstance(forwarded, str) and forwarded.strip() else None,
    )


def flatten(text: Any) -> str:
    """A message's text: a string, or a list of strings and entities ({"type": "bold", "text": ...})."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else "" for p in text)
    return ""


def _url(chat: dict[str, Any], message: dict[str, Any]) -> str | None:
    # Exports carry no channel username; a public link exists only when the collector added one.
    username = chat.get("username")
    if isinstance(username, str) and username and isinstance(message.get("id"), int):
        return f"https://t.me/{username.lstrip('@')}/{message['id']}"
    return None


def _messages(source: Source) -> Iterator[tuple[dict[str, Any], Any]]:
    with source.open() as stream:
        reader = _JsonStream(stream)
        chat = reader.header()
        if chat is not None:
            yield from ((chat, m) for m in reader.items())
            return
    yield from _whole_export(source)


def _whole_export(source: Source) -> Iterator[tuple[dict[str, Any], Any]]:
    try:
        doc = json.loads(decode(source.read_capped(MAX_DOCUMENT_BYTES)))
    except ValueError as exc:
        raise InputError(f"not JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise InputError("not a Telegram export: the document is not a JSON object")
    chats: Iterable[Any] = doc.get("chats", {}).get("list", []) if isinstance(doc.get("chats"), dict) else [doc]
    found = False
    for chat in chats:
        if isinstance(chat, dict) and isinstance(chat.get("messages"), list):
            found = True
            yield from ((chat, m) for m in chat["messages"])
    if not found:
        raise InputError("not a Telegram export: no `messages` list")


class _JsonStream:
    """Decodes `{"name": ..., "messages": [ {...}, {...} ]}` one message at a time."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buf = ""
        self._pos = 0
        self._eof = False

    def header(self) -> dict[str, Any] | None:
        """The chat's fields before `messages`, or None when they are not a flat prefix."""
        while not (m := _MESSAGES.search(self._buf)) and not self._eof and len(self._buf) < _CHUNK * 4:
            self._fill()
        if not m:
            return None
        prefix = self._buf[: m.start()].rstrip().rstrip(",") + "}"
        try:
            chat = json.loads(prefix.lstrip("\ufeff"))
        except ValueError:
            return None
        self._pos = m.end()
        return chat if isinstance(chat, dict) else None

    def items(self) -> Iterator[Any]:
        decoder = json.JSONDecoder()
        while True:
            self._skip_separators()
            if self._pos >= len(self._buf) and not self._fill():
                raise InputError("export ends inside the messages list (truncated?)")
            if self._buf[self._pos] == "]":
                return
            try:
                item, end = decoder.raw_decode(self._buf, self._pos)
            except ValueError as exc:
                if self._eof:
                    raise InputError(f"broken JSON in the messages list: {exc}") from exc
                if len(self._buf) - self._pos > MAX_ARTICLE_BYTES:
                    raise InputError("a message is over the article size cap") from exc
                self._fill()
                continue
            self._pos = end
            yield item

    def _skip_separators(self) -> None:
        while True:
            self._pos = _WS.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf) or not self._fill():
                return

    def _fill(self) -> bool:
        """Read the next chunk, dropping what was consumed; False at the end of the input."""
        if self._eof:
            return False
        chunk = self._stream.read(_CHUNK)
        self._eof = not chunk
        self._buf = self._buf[self._pos :] + self._decoder.decode(chunk, final=self._eof)
        self._pos = 0
        return bool(chunk)
