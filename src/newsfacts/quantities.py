"""Stage 3: quantities (counts, money, percent, measures), their qualifier and what was counted."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.model import Quantity


def extract(doc: Document) -> list[Quantity]:
    """Every quantity, in text order; spans of time expressions are never quantities."""
    return []
