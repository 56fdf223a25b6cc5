"""Stage 2: time expressions, normalized TIMEX3-style and anchored to the article's date."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.model import TimeExpression


def extract(doc: Document) -> list[TimeExpression]:
    """Every time expression, in text order."""
    return []
