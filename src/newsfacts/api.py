"""Each stage on its own, for users who build their own parsers on newsfacts' pieces.

These run the pipeline up to the stage asked for, so each result is exactly what
:func:`newsfacts.extract` would report, with spans into the text given.
"""

from __future__ import annotations

from newsfacts.model import Dateline, Participant, Quantity, TimeExpression
from newsfacts.pipeline import PublishedLike, process

__all__ = ["find_participants", "find_quantities", "find_times", "parse_dateline"]


def parse_dateline(text: str, published: PublishedLike = None) -> Dateline | None:
    """The dateline at the start of ``text`` (`GENEVA. KAZINFORM -`), or None."""
    return process(text, published, until="dateline").dateline


def find_times(text: str, anchor: PublishedLike = None) -> list[TimeExpression]:
    """Time expressions in ``text``; relative ones resolved against ``anchor`` when given."""
    return process(text, anchor, until="times").times


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text`` (time expressions are found first and never counted)."""
    return process(text, until="quantities").quantities


def find_participants(text: str, published: PublishedLike = None) -> list[Participant]:
    """People, organizations and places in ``text``, each with all its mentions."""
    return process(text, published, until="participants").participants
