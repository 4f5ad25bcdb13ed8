"""actors: who struck whom, with side and kind."""

from __future__ import annotations

from fogwatch.model import Actor, Article, Mention


def find_actors(mention: Mention, article: Article) -> list[Actor]:
    return []
