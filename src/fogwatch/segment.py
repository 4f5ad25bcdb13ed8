"""segment: article text -> sentences with character offsets."""

from __future__ import annotations

import re

from fogwatch.model import Sentence

_LINE = re.compile(r"[^\n]+")


def split(text: str) -> list[Sentence]:
    # Placeholder until the segmenter lands: one sentence per line.
    return [Sentence(m.start(), m.end(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
