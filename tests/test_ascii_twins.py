"""The standard-engine twins of patterns must find what the `regex` patterns find.

On an ASCII text the participants stage scans for capitalized runs and matches titles, and
the statements stage matches at and after its cues, with patterns compiled again by the
standard `re` engine (``patterns.ascii_twin``): over every ASCII text of the participants
and statements corpora, at every position, both engines must give the same matches.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from newsfacts import statements
from newsfacts._names import rules

CORPUS = Path(__file__).parent / "corpus"


def _ascii_texts() -> list[str]:
    texts = []
    for family in ("participants", "statements"):
        data = tomllib.loads((CORPUS / f"{family}.toml").read_text(encoding="utf-8"))
        texts += [c["text"] for kind in ("case", "negative") for c in data.get(kind, [])]
    return [t for t in texts if t.isascii()]


def test_run_scan_twin_finds_the_same_runs() -> None:
    r = rules()
    checked = 0
    for text in _ascii_texts():
        found = [m.span() for m in r.run.finditer(text)]
        assert [m.span() for m in r.run_ascii.finditer(text)] == found, text
        checked += len(found)
    assert checked > 500


def test_title_twin_matches_the_same_titles() -> None:
    r = rules()
    checked = 0
    for text in map(str.lower, _ascii_texts()):
        for at in range(len(text)):
            twin = r.title_lower.match(text, at, at + 80)
            m = r.title.match(text, at, at + 80)
            assert (twin and twin.span()) == (m and m.span()), (text, at)
            checked += m is not None
    assert checked > 100


def test_statement_twins_match_the_same() -> None:
    rules = statements._rules()
    checked = 0
    texts = _ascii_texts()
    for name, pattern, twin in zip(
        rules.anchored._fields, rules.anchored, rules.ascii, strict=True
    ):
        for text in texts:
            for at in range(len(text)):
                m, t = pattern.match(text, at, at + 80), twin.match(text, at, at + 80)
                assert (t and t.span()) == (m and m.span()), (name, text, at)
                checked += m is not None and m.end() > at
    assert checked > 1000
