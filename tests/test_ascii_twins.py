"""The standard-engine twins of patterns must find what the `regex` patterns find.

On an ASCII text the participants stage scans for capitalized runs and matches its name
patterns, and the statements stage matches at and after its cues, with patterns compiled
again by the standard `re` engine (``patterns.ascii_twin``): over every ASCII text of the
participants and statements corpora, at every position (anchored there, and searched in a
window before it), both engines must give the same matches.
"""

from __future__ import annotations

import pytest
import regex
from twins import agree, ascii_texts

from newsfacts import statements
from newsfacts._names import _TWINNED, ascii_rules, rules
from newsfacts.errors import ResourceError
from newsfacts.patterns import ascii_twin


def _ascii_texts() -> list[str]:
    return ascii_texts("participants", "statements")


def test_run_scan_twin_finds_the_same_runs() -> None:
    checked = 0
    for text in _ascii_texts():
        found = [m.span() for m in rules().run.finditer(text)]
        assert [m.span() for m in ascii_rules().run.finditer(text)] == found, text
        checked += len(found)
    assert checked > 500


def test_name_twins_match_the_same() -> None:
    r, twins = rules(), ascii_rules()
    texts = _ascii_texts()
    for name in _TWINNED:
        pattern, twin = getattr(r, name), getattr(twins, name)
        assert twin is not pattern
        assert agree(pattern, twin, texts, label=name) > 0, name


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
    texts = _ascii_texts()
    checked = sum(
        agree(pattern, twin, texts, label=name)
        for name, pattern, twin in zip(
            rules.anchored._fields, rules.anchored, rules.ascii, strict=True
        )
    )
    assert checked > 1000


def test_ascii_twin_spells_classes_and_refuses_what_it_cannot() -> None:
    def twin(source: str) -> str:
        return ascii_twin(regex.compile(source, regex.VERSION1)).pattern

    assert twin(r"[[:upper:]][\pL&.-]{1,14}") == r"[A-Z][A-Za-z&.-]{1,14}"
    assert twin(r"\p{Ll}[\p{Ll}-]*[\pL\pM]*") == r"[a-z][a-z-]*[A-Za-z]*"
    assert twin(r"(?<![\w.&-])\pM?") == r"(?<![\w.&-])[^\x00-\x7f]?"
    for source in (r"[[a-z]--[aeiou]]", r"\p{Greek}", r"[[:alpha:]]", r"\P{L}"):
        with pytest.raises(ResourceError):
            twin(source)
