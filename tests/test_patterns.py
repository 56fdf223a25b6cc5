"""`patterns.tree_alternation` matches what `alternation` matches (case-sensitive, and folded
for case-insensitive patterns), and `group_names` numbers a pattern's groups as `regex` does."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.patterns import (
    alternation,
    compile_pattern,
    folded_alternation,
    group_names,
    tree_alternation,
)

# few letters, so that phrases share prefixes and the texts hold them
_word = st.text(alphabet="abAB", min_size=1, max_size=4)
_phrase = st.lists(_word, min_size=1, max_size=3).map(" ".join)
_text = st.text(alphabet="abAB -,\n", max_size=60)


def _spans(pattern: str, text: str, flags: int = regex.VERSION1 | regex.I) -> list[tuple[int, int]]:
    return [m.span() for m in compile_pattern(pattern, flags=flags).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_phrase, min_size=1, max_size=8), _text, st.booleans())
def test_folded_alternation_matches_as_the_flat_one(
    phrases: list[str], text: str, boundary: bool
) -> None:
    flat = alternation(phrases, boundary=boundary)
    tree = folded_alternation(phrases, boundary=boundary)
    assert _spans(flat, text) == _spans(tree, text)
    # followed by more pattern, the tree gives back characters as the flat list does
    assert _spans(flat + r"\s+b", text) == _spans(tree + r"\s+b", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_phrase, min_size=1, max_size=8), _text, st.booleans(), st.integers(1, 4))
def test_tree_alternation_matches_as_the_flat_one_with_case(
    phrases: list[str], text: str, boundary: bool, gate: int
) -> None:
    flat = alternation(phrases, boundary=boundary)
    tree = tree_alternation(phrases, boundary=boundary, gate=gate)
    assert _spans(flat, text, regex.VERSION1) == _spans(tree, text, regex.VERSION1)
    assert _spans(flat + r"\s+b", text, regex.VERSION1) == _spans(
        tree + r"\s+b", text, regex.VERSION1
    )


def test_folded_alternation_shares_prefixes() -> None:
    tree = folded_alternation(["said", "says", "Say", "pointed out"])
    assert "sa" in tree and tree.count("sa") == 1
    assert compile_pattern(tree).fullmatch("Pointed\n out") is not None


def test_group_names_by_number() -> None:
    pattern = regex.compile(r"(?P<a>x)(y)(?P<b>z)?(?P<a>w)?")
    names = group_names(pattern)
    m = pattern.match("xy")
    assert m is not None
    assert names == ("a", "", "b")
    assert dict(zip(names, m.groups(), strict=True)) == {"a": "x", "": "y", "b": None}
