"""Options for extraction, in one frozen model so they are described in one place."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    """Options accepted by :func:`newsfacts.extract`.

    ``max_chars`` bounds the work one call can do: longer texts raise
    :class:`~newsfacts.errors.InputTooLargeError` instead of running for minutes.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_chars: int = Field(default=10_000_000, gt=0)


DEFAULT_SETTINGS = Settings()
