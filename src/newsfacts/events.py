"""Stage 7: events, who did what with whom, when and where."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.model import Event


def extract(doc: Document) -> list[Event]:
    """Every event, in text order."""
    return []
