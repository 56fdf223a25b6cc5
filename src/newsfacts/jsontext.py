"""JSON text that any input can produce, lone surrogates included.

A Python ``str`` may hold lone surrogates (``"\\ud800"``, from ``surrogateescape`` decoding
or string slicing); UTF-8 cannot. pydantic's encoder refuses them and a UTF-8 file cannot
hold them raw, so these helpers fall back to ``\\uXXXX`` escapes, which JSON allows.
"""

from __future__ import annotations

import json

from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

__all__ = ["dumps", "model_json"]


def dumps(obj: object) -> str:
    """Compact JSON of plain data, non-ASCII kept readable unless it cannot be UTF-8."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    return text


def model_json(model: BaseModel) -> str:
    """``model.model_dump_json()``, or the escaped equivalent when the model holds surrogates."""
    try:
        return model.model_dump_json()
    except PydanticSerializationError:
        return dumps(model.model_dump(mode="json"))
