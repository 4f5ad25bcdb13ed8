"""counts: killed, wounded and participants, with qualifiers."""

from __future__ import annotations

from typing import NamedTuple

from fogwatch.model import Count, Mention


class Counts(NamedTuple):
    killed: Count | None = None
    wounded: Count | None = None
    participants: Count | None = None


def find_counts(mention: Mention) -> Counts:
    return Counts()
