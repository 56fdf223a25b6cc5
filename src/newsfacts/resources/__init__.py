"""Loading of the rule data in this folder: TOML read with ``tomllib``, validated by pydantic.

Each stage declares a pydantic model for its resource file and calls :func:`load`;
the result is cached, so a file is read and validated once per process and an
invalid file fails loudly on first use (and in ``tests/test_resources.py``).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from newsfacts.errors import ResourceError

__all__ = ["ResourceModel", "load", "names"]


class ResourceModel(BaseModel):
    """Base of resource schemas: unknown keys are errors, loaded data is immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


M = TypeVar("M", bound=ResourceModel)


def names() -> list[str]:
    """The names (without ``.toml``) of every bundled resource file."""
    folder = resources.files(__name__)
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


@cache
def _read(name: str) -> dict[str, object]:
    path = resources.files(__name__).joinpath(f"{name}.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ResourceError(f"resource {name}.toml: {exc}") from exc


def load(name: str, model: type[M]) -> M:
    """Read ``resources/<name>.toml`` and validate it against ``model`` (cached per model)."""
    result: M = _load(name, model)
    return result


@cache
def _load(name: str, model: type[M]) -> M:
    try:
        result: M = model.model_validate(_read(name))
        return result
    except ValidationError as exc:
        raise ResourceError(f"resource {name}.toml is invalid: {exc}") from exc
