"""Stage 1: the dateline (`GENEVA. KAZINFORM -`, `LONDON, Nov 24 (Reuters) -`)."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.model import Dateline


def extract(doc: Document) -> Dateline | None:
    """The dateline at the start of the article, or None."""
    return None
