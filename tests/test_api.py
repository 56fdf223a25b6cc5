"""The public API: types, errors, determinism."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts import InputTooLargeError, Settings


def test_any_string_gives_an_article() -> None:
    for text in ["", " ", "\x00", "(((", "GENEVA.", "a" * 1000]:
        assert isinstance(newsfacts.extract(text), newsfacts.Article)


def test_wrong_types() -> None:
    with pytest.raises(TypeError, match="int"):
        newsfacts.extract(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode"):
        newsfacts.extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="published"):
        newsfacts.extract("text", published=3)  # type: ignore[arg-type]


def test_published_forms() -> None:
    for published in ["2023-06-15", dt.date(2023, 6, 15), dt.datetime(2023, 6, 15)]:
        assert newsfacts.extract("x", published=published).published == dt.datetime(2023, 6, 15)


def test_max_chars() -> None:
    with pytest.raises(InputTooLargeError, match="max_chars"):
        newsfacts.extract("x" * 11, settings=Settings(max_chars=10))


def test_same_input_same_output() -> None:
    text = "LONDON, Nov 24 (Reuters) - Shares rose about 3 pct on Tuesday, officials said."
    assert newsfacts.extract(text).model_dump_json() == newsfacts.extract(text).model_dump_json()


def test_records_are_frozen() -> None:
    span = newsfacts.Span(start=0, end=1, text="x")
    with pytest.raises(ValueError):
        span.start = 3  # type: ignore[misc]
