"""Stage 5: the source of the story: agency, bylines and attributions."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.model import Source


def extract(doc: Document) -> Source:
    """The agency (from the dateline), bylines and attributions."""
    agency = doc.dateline.agency if doc.dateline else None
    return Source(agency=agency)
