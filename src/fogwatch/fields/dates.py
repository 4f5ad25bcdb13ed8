"""dates: when an incident happened, resolved against the publication date."""

from __future__ import annotations

from fogwatch.model import Article, DateField, Mention


def resolve_date(mention: Mention, article: Article) -> DateField:
    return DateField(value=None, precision="none", not_after=article.published)
