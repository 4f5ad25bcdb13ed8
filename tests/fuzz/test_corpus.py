"""Regression: every input that once crashed fogwatch (corpus/README.md says how) is now read or named."""

from __future__ import annotations

from pathlib import Path

import pytest

from fogwatch.batch import extract_one
from fogwatch.model import RawReport
from fogwatch.readers import read_inputs

from .support import crashes

CORPUS = sorted(p for p in (Path(__file__).parent / "corpus").iterdir() if p.name != "README.md")


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_past_crash_is_read_or_named(path, resources):
    results = list(read_inputs([str(path)]))
    assert results, "an input yields at least one article or reason"
    assert not crashes(results)
    extracted = [extract_one(r, resources) for r in results if isinstance(r, RawReport)]
    assert not crashes(extracted)


def test_every_corpus_file_is_documented():
    readme = (Path(__file__).parent / "corpus" / "README.md").read_text()
    assert all(f"`{p.name}`" in readme for p in CORPUS)
