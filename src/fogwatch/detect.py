"""detect: sentences -> Mentions, one per incident the article reports, typed, with evidence."""

from __future__ import annotations

from typing import Any

from fogwatch.model import Article, Mention, Sentence


def detect(sentences: list[Sentence], article: Article, nlp: Any) -> list[Mention]:
    return []
