"""Stage 4: people, organizations and places, each once with all its mentions."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.model import Participant


def extract(doc: Document) -> list[Participant]:
    """Every participant, ids `P1`, `P2`, ... in order of first mention."""
    return []
