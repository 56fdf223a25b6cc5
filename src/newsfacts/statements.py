"""Stage 6: statements, reported and direct speech with the speaker linked to a participant."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.model import Statement


def extract(doc: Document) -> list[Statement]:
    """Every statement, in text order."""
    return []
