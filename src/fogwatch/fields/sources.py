"""sources: the chain of named sources for an incident, origin first."""

from __future__ import annotations

from fogwatch.model import Article, Mention, Source


def find_sources(mention: Mention, article: Article) -> list[Source]:
    return []
