"""The :class:`Document` passed from stage to stage.

It holds the original text, its normalized form with the offset map, sentences and
tokens (computed once, lazily), the anchor date, and each stage's results, so a later
stage reads what an earlier one found instead of parsing the text again.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newsfacts.model import (
    Article,
    Dateline,
    Event,
    Participant,
    Quantity,
    Source,
    Span,
    Statement,
    TimeExpression,
    constructor,
)
from newsfacts.text import Normalized, Token, digit_runs, letter_runs, normalize, sentences, tokens

if TYPE_CHECKING:
    from newsfacts._clauses import Clauses

__all__ = ["SENTENCE_REACH", "Document", "Rejected"]

SENTENCE_REACH = 1500  # characters; news sentences are far shorter

_new_span = constructor(Span)


@dataclass(frozen=True, slots=True)
class Rejected:
    """A candidate a stage found and dropped, kept only when tracing (for ``explain``)."""

    family: str
    start: int
    end: int
    rule: str
    reason: str


@dataclass
class Document:
    """One article on its way through the stages (internal and mutable, unlike the records)."""

    text: str
    published: datetime | None = None
    dateline: Dateline | None = None
    times: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    trace: list[Rejected] | None = None  # a list when explaining, None otherwise
    # the clause index statements and events both read, built once (`_clauses.clauses_of`)
    clauses: Clauses | None = field(default=None, repr=False, compare=False)

    def reject(self, family: str, start: int, end: int, rule: str, reason: str) -> None:
        """Record a candidate that lost (overlap, filter, ...); free when not tracing.

        Offsets are normalized offsets, like those stages work with.
        """
        if self.trace is not None:
            self.trace.append(Rejected(family, start, end, rule, reason))

    @cached_property
    def normalized(self) -> Normalized:
        return normalize(self.text)

    @cached_property
    def norm(self) -> str:
        """The normalized text that patterns run on (same length as ``text`` unless CRLF);
        cached, so that the hundred thousand reads per megabyte are plain attribute reads."""
        return self.normalized.text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans in normalized offsets."""
        return sentences(self.norm)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def tokens(self) -> list[Token]:
        """Tokens of the normalized text."""
        return tokens(self.norm)

    @cached_property
    def lower(self) -> str:
        """The normalized text in lower case (offsets move only where a character's lower
        case is longer: `İ`)."""
        return self.norm.lower()

    @cached_property
    def words(self) -> frozenset[str]:
        """The runs of ASCII letters of :attr:`lower` (`tuesday` and `s` of `Tuesday's`): one
        set for the times and quantities stages to intersect with their trigger words."""
        return letter_runs(self.lower)

    @cached_property
    def digit_runs(self) -> list[tuple[int, int]]:
        """The runs of digits (``\\d+``, any script), in text order."""
        return digit_runs(self.norm)

    @property
    def anchor(self) -> date | None:
        """The date relative expressions are resolved against: `published`, else the dateline's."""
        if self.published is not None:
            return self.published.date()
        if self.dateline is not None:
            return self.dateline.date
        return None

    def span(self, start: int, end: int) -> Span:
        """A public :class:`Span` for normalized offsets ``[start, end)``."""
        return _new_span(self.span_fields(start, end))

    def span_fields(self, start: int, end: int) -> dict[str, Any]:
        """The fields of :meth:`span`, for a record's validator to build the span with the
        record: one validation instead of two (half the cost of a record with a ``Span``)."""
        o_start, o_end = self.normalized.to_original(start, end)
        return {"start": o_start, "end": o_end, "text": self.text[o_start:o_end]}

    def original(self, start: int, end: int) -> str:
        """The original text of normalized offsets ``[start, end)``: ``span(start, end).text``
        without building the record."""
        o_start, o_end = self.normalized.to_original(start, end)
        return self.text[o_start:o_end]

    def article(self) -> Article:
        """The public record of what the stages found."""
        return Article(
            text=self.text,
            published=self.published,
            dateline=self.dateline,
            source=self.source,
            participants=self.participants,
            quantities=self.quantities,
            times=self.times,
            events=self.events,
            statements=self.statements,
        )

    def local(self, span: Span) -> tuple[int, int]:
        """The normalized offsets of a public span (the inverse of :meth:`span`)."""
        normalized = self.normalized
        if normalized.offsets is None:  # most texts: the offsets are the same
            return span.start, span.end
        return normalized.to_normalized(span.start), normalized.to_normalized(span.end)

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding a normalized offset (0 when none does)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i][1] else 0

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence (normalized offsets) that holds a normalized offset.

        A "sentence" with no end in sight (a table, a page without periods) is clipped to
        ``SENTENCE_REACH`` characters either side, so work per fact stays bounded.
        """
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0:
            s, e = self.sentences[i]
            if offset < e:  # conditionals, not `max`/`min`: tens of thousands of calls
                lo, hi = offset - SENTENCE_REACH, offset + SENTENCE_REACH
                return (s if s > lo else lo), (e if e < hi else hi)
        return offset, offset
