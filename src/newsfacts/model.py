"""The public records newsfacts returns (the contract of ``shared/design/records.md``).

Every record is a frozen pydantic v2 model, so results can be hashed, compared,
serialised with ``model_dump_json`` and described with ``model_json_schema``.
Every fact carries a :class:`Span` into the exact text given to ``extract`` and
the name of the rule that produced it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """Base of every public record: frozen, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


R = TypeVar("R", bound=Record)


def constructor(cls: type[R]) -> Callable[[dict[str, Any]], R]:
    """What ``cls(**fields)`` runs, without pydantic's Python-level ``__init__``: validated all
    the same, at a fraction of the cost for the tens of records each article makes."""
    return cls.__pydantic_validator__.validate_python


class Span(Record):
    """Half-open character offsets into ``Article.text``; ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Dateline(Record):
    """Where and when a wire story was filed, and by which agency."""

    span: Span
    location: str | None = Field(
        default=None, description="Canonical place name (`Geneva`); as written if unknown."
    )
    location_text: str | None = Field(
        default=None, description="The place exactly as printed (`GENEVA`, `CHICAGO, Ill.`)."
    )
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    date: dt.date | None = Field(
        default=None, description="The dateline date resolved against `published`."
    )
    date_text: str | None = Field(default=None, description="The date as printed (`Nov 24`).")
    agency: str | None = Field(default=None, description="Canonical agency name (`Reuters`).")
    rule: str = ""


class Attribution(Record):
    """Where the story says its information came from (`according to X`, `told Reuters`)."""

    span: Span
    cue: str
    source: str
    participant_id: str | None = None
    rule: str = ""


class Source(Record):
    """The agency that filed the story, its bylines and the attributions in its text."""

    agency: str | None = None
    attributions: list[Attribution] = Field(default_factory=list)
    byline: list[str] = Field(default_factory=list)
    editors: list[str] = Field(
        default_factory=list, description="Editors named in an end credit (`Editing by ...`)."
    )


ParticipantKind = Literal["person", "organization", "place"]


class Participant(Record):
    """A person, organization or place, once per article, with every mention of it."""

    id: str
    kind: ParticipantKind
    name: str
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    organization_id: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    mentions: list[Span] = Field(default_factory=list)
    rule: str = ""


Qualifier = Literal["exact", "about", "more_than", "less_than", "at_least", "at_most", "up_to"]
QuantityKind = Literal["count", "money", "percent", "measure"]


class Quantity(Record):
    """A number with its qualifier, unit or currency, and what was counted."""

    span: Span
    value: float
    value_max: float | None = None
    qualifier: Qualifier = "exact"
    kind: QuantityKind = "count"
    unit: str | None = None
    counted: str | None = None
    rule: str = ""


TimeType = Literal["date", "time", "duration", "set"]


class TimeExpression(Record):
    """A temporal expression with a TIMEX3-style value and its resolved, inclusive interval."""

    span: Span
    type: TimeType
    value: str
    start: dt.date | dt.datetime | None = None
    end: dt.date | dt.datetime | None = None
    mod: str | None = Field(
        default=None, description="TIMEX3 mod: `START`, `MID`, `END`, `APPROX`, `MORE_THAN`…"
    )
    rule: str = ""


class Argument(Record):
    """One argument of an event: a participant (by id) or, failing that, plain text."""

    role: str
    participant_id: str | None = None
    text: str | None = None
    span: Span | None = Field(
        default=None, description="The argument as written in the clause, when found there."
    )


Modality = Literal["actual", "future", "planned", "possible"]


class Event(Record):
    """Who did what with whom, when and where, found from a trigger in one sentence."""

    span: Span
    type: str
    name: str | None = None
    arguments: list[Argument] = Field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    location: str | None = None
    location_id: str | None = None
    negated: bool = False
    modality: Modality = "actual"
    sentence: Span
    rule: str = ""


class Statement(Record):
    """What someone said, noted, stressed or proposed: reported or direct speech."""

    span: Span
    speaker_id: str | None = None
    speaker: str | None = None
    cue: str
    content: Span
    direct: bool = False
    rule: str = ""


class Article(Record):
    """Everything newsfacts found in one article."""

    text: str
    published: dt.datetime | None = None
    dateline: Dateline | None = None
    source: Source = Field(default_factory=Source)
    participants: list[Participant] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)

    def participant(self, participant_id: str | None) -> Participant | None:
        """The participant with this id, or None."""
        for p in self.participants:
            if p.id == participant_id:
                return p
        return None

    def to_ninjs(self, *, uri: str | None = None, language: str = "en") -> dict[str, Any]:
        """This article as an IPTC ninjs 2.4 document (see :func:`newsfacts.ninjs.to_ninjs`)."""
        from newsfacts.ninjs import to_ninjs

        return to_ninjs(self, uri=uri, language=language)
