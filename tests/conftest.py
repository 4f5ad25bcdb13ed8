"""Shared fixtures: heavy resources load once per test session."""

from __future__ import annotations

import pytest

from fogwatch.resources import Resources, load_resources


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The spaCy pipeline, gazetteer and equipment table, as `fogwatch extract` uses them."""
    return load_resources()


@pytest.fixture(scope="session")
def nlp(resources: Resources):
    return resources.nlp
