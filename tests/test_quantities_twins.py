"""The quantities stage's standard-engine twins must find what its `regex` patterns find.

On an ASCII text the stage matches the patterns of ``quantities._TWINNED`` (tried at a
candidate or in a short window) compiled again by the standard `re` engine
(``patterns.ascii_twin``): over every ASCII text of the quantities corpus, at every
position (anchored there, searched in the window before it, and as a whole window after
it), both engines must give the same matches.
"""

from __future__ import annotations

from twins import agree, around, ascii_texts

from newsfacts import quantities


def _windows(text: str, at: int) -> list[tuple[int, int, str]]:
    """Anchored, searched before, and as a whole window of a few sizes after."""
    return around(text, at) + [(at, at + n, "fullmatch") for n in (1, 4, 12, 30)]


def test_twins_match_the_same() -> None:
    texts = ascii_texts("quantities")
    rules, twins = quantities._rules(), quantities._ascii_rules()
    for name in quantities._TWINNED:
        pattern, twin = getattr(rules, name), getattr(twins, name)
        assert twin is not pattern, name
        assert agree(pattern, twin, texts, _windows, label=name) > 0, name
