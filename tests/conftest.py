"""Shared fixtures: the bundled fixture articles and the article extracted from each."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
REFERENCE = FIXTURES / "kazinform-iso.txt"
# The reference article carries no date of its own; the golden output uses this one.
REFERENCE_PUBLISHED = "2023-06-15"


def fixture_texts() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


@cache
def extract_fixture(path: Path) -> newsfacts.Article:
    published = REFERENCE_PUBLISHED if path == REFERENCE else None
    return newsfacts.extract(path.read_text(encoding="utf-8"), published=published)


@pytest.fixture(scope="session")
def reference() -> newsfacts.Article:
    return extract_fixture(REFERENCE)
