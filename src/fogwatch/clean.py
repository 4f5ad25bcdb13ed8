"""clean: RawReport -> Article. Body text, title without spam, removed parts with their kind, embeds."""

from __future__ import annotations

import hashlib

from fogwatch.model import Article, RawReport


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def clean(raw: RawReport) -> Article:
    # Placeholder until the cleaner lands: keeps every line.
    text = (raw.text or raw.html or "").strip()
    return Article(id=article_id(text), url=raw.url, outlet=raw.outlet, title=raw.title,
                   published=raw.published, published_source="metadata" if raw.published else None, text=text)
