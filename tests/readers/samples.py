"""Builders for reader tests: small WARC, RSS, Atom, Telegram and page files made from our own sentences."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from xml.sax.saxutils import escape

DEPOT = (
    "A drone hit a fuel depot near the village of Nova Lyubomyrka on Monday night, the regional governor said. "
    "Two guards were wounded and the fire burned until morning."
)
BRIDGE = (
    "Artillery shelled a railway bridge outside Kupiansk on Wednesday, according to the local council. "
    "No one was killed, officials said."
)
CONVOY = (
    "A supply convoy ran over a mine on a dirt road south of Vuhledar, a military blogger reported. "
    "Three soldiers died at the scene."
)


def page(body: str, title: str = "Report", published: str | None = None, canonical: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title>{meta}{link}</head>"
        f"<body><nav>Home | World</nav><article><h1>{escape(title)}</h1><p>{escape(body)}</p></article></body></html>"
    )


def warc_record(uri: str, payload: bytes, ctype: str = "text/html; charset=utf-8", date: str = "2024-03-05T08:00:00Z"):
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n".encode() + payload
    head = (
        f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def write_warc(path: Path, records: list[bytes], compress: bool = False) -> Path:
    # A .warc.gz compresses each record as its own gzip member, as crawlers do.
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if compress else b"".join(records))
    return path


def rss(entries: list[dict], title: str = "Frontline Wire") -> str:
    items = "".join(
        "<item>"
        + f"<title>{escape(e['title'])}</title><link>{escape(e['link'])}</link>"
        + (f"<pubDate>{e['pubDate']}</pubDate>" if "pubDate" in e else "")
        + (f"<description>{escape(e['summary'])}</description>" if "summary" in e else "")
        + (f"<content:encoded><![CDATA[{e['content']}]]></content:encoded>" if "content" in e else "")
        + "</item>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title><link>https://wire.example.org/</link>{items}</channel></rss>"
    )


def atom(entries: list[dict], title: str = "Border Monitor") -> str:
    items = "".join(
        "<entry>"
        + f'<title>{escape(e["title"])}</title><link href="{escape(e["link"])}"/>'
        + f"<id>{escape(e['link'])}</id><updated>{e['updated']}</updated>"
        + (f'<content type="html">{escape(e["content"])}</content>' if "content" in e else "")
        + (f"<summary>{escape(e['summary'])}</summary>" if "summary" in e else "")
        + "</entry>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:monitor</id><updated>2024-03-01T00:00:00Z</updated>{items}</feed>"
    )


def telegram_export(messages: list[dict], name: str = "Sky Watch") -> str:
    return json.dumps({"name": name, "type": "public_channel", "id": 1790011, "messages": messages}, indent=1)


def tg_message(mid: int, text, date: str = "2024-02-11T09:15:00", **extra) -> dict:
    return {
        "id": mid,
        "type": "message",
        "date": date,
        "from": "Sky Watch",
        "from_id": "channel1790011",
        "text": text,
        **extra,
    }
