"""The stage registry and :func:`extract`: one :class:`Document` through every stage, in order.

Each stage module has ``extract(doc) -> result``; the result is stored on the document
under the stage's attribute name before the next stage runs, so later stages read it.
Adding a stage is one line in ``STAGES``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from newsfacts import dateline, events, participants, quantities, sources, statements, times
from newsfacts.document import Document
from newsfacts.errors import InputTooLargeError
from newsfacts.model import Article
from newsfacts.settings import DEFAULT_SETTINGS, Settings

__all__ = ["STAGES", "coerce_published", "extract", "extract_each", "process"]

Stage = Callable[[Document], Any]

# (name, stage function); the name is also the Document attribute that receives the result.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("dateline", dateline.extract),
    ("times", times.extract),
    ("quantities", quantities.extract),
    ("participants", participants.extract),
    ("source", sources.extract),
    ("statements", statements.extract),
    ("events", events.extract),
)

PublishedLike = date | datetime | str | None


def coerce_published(published: PublishedLike) -> datetime | None:
    """Accept a date, a datetime or an ISO-8601 string; reject anything else clearly."""
    if published is None or isinstance(published, datetime):
        return published
    if isinstance(published, date):
        return datetime(published.year, published.month, published.day)
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(
                f"published must be an ISO-8601 date or datetime, got {published!r}"
            ) from None
    raise TypeError(
        f"published must be a date, datetime, ISO-8601 str or None, not {type(published).__name__}"
    )


def _check_text(text: object, settings: Settings) -> str:
    if isinstance(text, str):
        if len(text) > settings.max_chars:
            raise InputTooLargeError(
                f"text has {len(text):,} characters, over max_chars={settings.max_chars:,}"
            )
        return text
    if isinstance(text, bytes | bytearray):
        raise TypeError("text must be str, not bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"text must be str, not {type(text).__name__}")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one article is extracted.

    Extraction makes no reference cycles (``tests/test_regressions.py`` checks), so the
    collector would free nothing; but it still walks every live object each time enough new
    ones were made, which cost up to a quarter of the time on a megabyte of numbers and made
    time grow faster than the text. Reference counting still frees everything as usual; the
    collector's previous state is restored on the way out.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def process(
    text: str,
    published: PublishedLike = None,
    *,
    settings: Settings = DEFAULT_SETTINGS,
    until: str | None = None,
    trace: bool = False,
) -> Document:
    """Run the stages on ``text`` (up to and including ``until``) and return the document.

    With ``trace``, ``doc.trace`` collects the candidates stages rejected (for ``explain``).
    """
    doc = Document(_check_text(text, settings), coerce_published(published))
    if trace:
        doc.trace = []
    with _collector_paused():
        for name, stage in STAGES:
            setattr(doc, name, stage(doc))
            if name == until:
                break
    return doc


def extract(
    text: str, published: PublishedLike = None, *, settings: Settings = DEFAULT_SETTINGS
) -> Article:
    """Extract every fact from one article.

    ``published`` (date, datetime or ISO-8601 string) anchors relative dates and dateline
    dates without a year; without it the dateline date is the anchor. The clock is never read.
    """
    # one pause for both, and the document freed (by reference counting) before the
    # collector is back: else its first pass walks every token and span the document held
    with _collector_paused():
        return process(text, published, settings=settings).article()


# characters of text whose documents `extract_each` holds at once: with their tokens, spans
# and records about 110 bytes a character (200 Reuters stories: 17 MB at the peak)
EACH_CHARS = 200_000


def extract_each(
    items: Sequence[tuple[str, PublishedLike]], *, settings: Settings = DEFAULT_SETTINGS
) -> list[Article | Exception]:
    """:func:`extract` over a chunk of articles, each stage over the chunk before the next.

    The same records as one :func:`extract` each, faster on wire stories (1.04-1.06x in
    ``bench/throughput.py``'s fastest runs, 1.1-1.2x in A/B runs within one process): a
    stage's patterns, tables and code stay in the processor's caches while it reads the
    chunk, instead of being evicted by the six other stages between two articles. Articles
    are taken together up to ``EACH_CHARS`` characters, so memory stays bounded whatever the
    chunk. An article that fails gets, in its place, the exception ``extract`` raises for it.
    """
    out: list[Article | Exception] = []
    group: list[tuple[str, PublishedLike]] = []
    size = 0
    for text, published in items:
        length = len(text) if isinstance(text, str) else 0
        if group and size + length > EACH_CHARS:
            out += _extract_group(group, settings)
            group, size = [], 0
        group.append((text, published))
        size += length
    return out + _extract_group(group, settings) if group else out


def _extract_group(
    items: list[tuple[str, PublishedLike]], settings: Settings
) -> list[Article | Exception]:
    with _collector_paused():
        docs = [_document(text, published, settings) for text, published in items]
        for name, stage in STAGES:
            _run_stage(name, stage, docs)
        out = [_article(doc) for doc in docs]
        del docs  # freed by reference counting before the collector is back
        return out


def _document(text: str, published: PublishedLike, settings: Settings) -> Document | Exception:
    try:
        return Document(_check_text(text, settings), coerce_published(published))
    except Exception as exc:
        return exc


def _run_stage(name: str, stage: Stage, docs: list[Document | Exception]) -> None:
    for i, doc in enumerate(docs):
        if isinstance(doc, Document):
            try:
                setattr(doc, name, stage(doc))
            except Exception as exc:
                docs[i] = exc


def _article(doc: Document | Exception) -> Article | Exception:
    try:
        return doc.article() if isinstance(doc, Document) else doc
    except Exception as exc:
        return exc
