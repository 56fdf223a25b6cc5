"""newsfacts: typed, provenance-linked facts from wire news articles.

>>> import newsfacts
>>> article = newsfacts.extract("GENEVA. KAZINFORM - ...")
"""

from __future__ import annotations

from newsfacts.api import find_participants, find_quantities, find_times, parse_dateline
from newsfacts.batch import extract_many
from newsfacts.errors import InputTooLargeError, NewsfactsError, ResourceError
from newsfacts.explain import explain
from newsfacts.model import (
    Argument,
    Article,
    Attribution,
    Dateline,
    Event,
    Participant,
    Quantity,
    Source,
    Span,
    Statement,
    TimeExpression,
)
from newsfacts.pipeline import extract
from newsfacts.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Argument",
    "Article",
    "Attribution",
    "Dateline",
    "Event",
    "InputTooLargeError",
    "NewsfactsError",
    "Participant",
    "Quantity",
    "ResourceError",
    "Settings",
    "Source",
    "Span",
    "Statement",
    "TimeExpression",
    "__version__",
    "explain",
    "extract",
    "extract_many",
    "find_participants",
    "find_quantities",
    "find_times",
    "parse_dateline",
]
