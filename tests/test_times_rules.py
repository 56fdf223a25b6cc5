"""The times rules' `keywords` and `require` hints are only skips: they must never lose a match.

Each rule runs over every text of the times corpus with no windows and no hints; every
match, with the context a window gives it, must contain one of its keywords and match its
`require` pattern, else the hints would silently drop it in `extract`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from twins import agree, ascii_texts

from newsfacts import times

CORPUS = Path(__file__).parent / "corpus" / "times.toml"


def test_hints_hold_on_every_corpus_text() -> None:
    data = tomllib.loads(CORPUS.read_text(encoding="utf-8"))
    texts = [c["text"] for kind in ("case", "negative") for c in data.get(kind, [])]
    checked = 0
    for rule, pattern, require in times._compiled().rules:
        if not rule.keywords and require is None:
            continue
        for text in texts:
            for m in pattern.finditer(text):
                # a window reaches _PAD characters around its trigger: lookarounds may use them
                around = text[max(0, m.start() - times._PAD) : m.end() + times._PAD]
                found = around.casefold()
                assert not rule.keywords or any(k in found for k in rule.keywords), (
                    f"rule {rule.name}: {m.group()!r} has none of {rule.keywords}"
                )
                assert require is None or require.search(around), (
                    f"rule {rule.name}: {m.group()!r} lacks its require pattern"
                )
                checked += 1
    assert checked > 50  # the test read matches of hinted rules


def test_heads_hold_on_every_corpus_text() -> None:
    """A rule is tried only where the text's first two characters are in its ``heads``
    (worked out from the parsed pattern): every real match must start with one of them."""
    data = tomllib.loads(CORPUS.read_text(encoding="utf-8"))
    texts = [c["text"] for kind in ("case", "negative") for c in data.get(kind, [])]
    compiled = times._compiled()
    checked = 0
    for (rule, pattern, _), heads in zip(compiled.rules, compiled.heads, strict=True):
        for text in texts:
            keyed = "".join(c if c.isascii() else times._OTHER for c in text) + times._OTHER
            for m in pattern.finditer(text):
                pair = keyed[m.start() : m.start() + 2]
                assert pair in heads, f"rule {rule.name}: {m.group()!r} starts with {pair!r}"
                checked += 1
    assert checked > 100


def _word_starts(text: str, at: int) -> list[tuple[int, int, str]]:
    """Anchored at a word start, to the text's end and over 30 characters."""
    if at and text[at - 1].isalnum():
        return []
    return [(at, len(text), "match"), (at, min(len(text), at + 30), "match")]


def test_ascii_patterns_match_alike() -> None:
    """A rule's pattern for ASCII text (`patterns.ascii_or_self`: compiled again by the standard
    engine where it reads the pattern alike) finds the same matches, with the same groups,
    at every word start of every ASCII corpus text."""
    texts = ascii_texts("times")
    compiled = times._compiled()
    checked = 0
    for (rule, pattern, require), (ascii_pattern, ascii_require) in zip(
        compiled.rules, compiled.ascii_rules, strict=True
    ):
        for old, new in [(pattern, ascii_pattern), (require, ascii_require)]:
            if old is not None and new is not None and old is not new:
                checked += agree(old, new, texts, _word_starts, label=rule.name)
    assert checked > 100
