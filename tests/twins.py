"""Shared checks for the standard-engine twins of patterns (``patterns.ascii_twin``).

A twin is used on ASCII texts only, so it must give a `regex` pattern's matches there: every
test of a stage's twins runs :func:`agree` over the ASCII texts of its corpus.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

import regex

CORPUS = Path(__file__).parent / "corpus"

# the windows tried at a position: (start, end, method)
Windows = Callable[[str, int], Iterable[tuple[int, int, str]]]


def ascii_texts(*families: str) -> list[str]:
    """The ASCII texts of the corpus cases and negatives of these families."""
    texts = []
    for family in families:
        data = tomllib.loads((CORPUS / f"{family}.toml").read_text(encoding="utf-8"))
        texts += [c["text"] for kind in ("case", "negative") for c in data.get(kind, [])]
    return [t for t in texts if t.isascii()]


def around(text: str, at: int) -> list[tuple[int, int, str]]:
    """Anchored at a position, and searched in the window before it."""
    return [(at, at + 80, "match"), (max(0, at - 40), at, "search")]


def agree(
    pattern: regex.Pattern[str],
    twin: re.Pattern[str],
    texts: Iterable[str],
    windows: Windows = around,
    label: str = "",
) -> int:
    """Assert both engines give the same span and groups in every window of every text;
    the number of windows where the pattern matched."""
    checked = 0
    for text in texts:
        for at in range(len(text)):
            for lo, hi, how in windows(text, at):
                m = getattr(pattern, how)(text, lo, hi)
                t = getattr(twin, how)(text, lo, hi)
                got = t and (t.span(), t.groups())
                assert got == (m and (m.span(), m.groups())), (label, text, lo, hi, how)
                checked += m is not None
    return checked
