"""The README is what users copy from: its code must parse and no block may be pasted twice.

Concurrent edits once left a prose paragraph inside a Python example and a table row inside
the Changelog; these checks catch that kind of slip.
"""

from __future__ import annotations

import ast
import collections
import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.M | re.S)


def test_fences_are_balanced() -> None:
    assert len(re.findall(r"^```", README, re.M)) % 2 == 0


def test_python_examples_parse() -> None:
    blocks = [body for lang, body in FENCE.findall(README) if lang == "python"]
    assert blocks
    for body in blocks:
        ast.parse(body)


def test_no_paragraph_or_table_row_twice() -> None:
    prose = FENCE.sub("", README)
    pieces = [p.strip() for p in re.split(r"\n\s*\n", prose) if len(p.strip()) >= 200]
    pieces += [line for line in prose.splitlines() if line.startswith("|") and len(line) >= 200]
    twice = [p[:80] for p, n in collections.Counter(pieces).items() if n > 1]
    assert not twice
