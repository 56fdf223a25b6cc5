"""Every span of every fact on every fixture points at its own text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import extract_fixture, fixture_texts

from newsfacts.model import Span


def walk_spans(value: Any) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk_spans(item)
    elif hasattr(value, "__pydantic_fields__"):
        for name in type(value).model_fields:
            yield from walk_spans(getattr(value, name))


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.name)
def test_spans_match_text(path: Path) -> None:
    article = extract_fixture(path)
    spans = list(walk_spans(article))
    for span in spans:
        assert 0 <= span.start <= span.end <= len(article.text)
        assert article.text[span.start : span.end] == span.text


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.name)
def test_ids_resolve(path: Path) -> None:
    article = extract_fixture(path)
    ids = {p.id for p in article.participants}
    assert len(ids) == len(article.participants)
    refs = [p.organization_id for p in article.participants]
    refs += [a.participant_id for e in article.events for a in e.arguments]
    refs += [e.location_id for e in article.events]
    refs += [s.speaker_id for s in article.statements]
    refs += [a.participant_id for a in article.source.attributions]
    assert {r for r in refs if r is not None} <= ids
