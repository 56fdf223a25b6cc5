"""The quantities stage's standard-engine twins must find what its `regex` patterns find.

On an ASCII text the stage matches the patterns of ``quantities._TWINNED`` (tried at a
candidate or in a short window) compiled again by the standard `re` engine
(``patterns.ascii_twin``): over every ASCII text of the quantities corpus, at every
position (anchored there, searched in the window before it, and as a whole window after
it), both engines must give the same matches.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from newsfacts import quantities

CORPUS = Path(__file__).parent / "corpus" / "quantities.toml"


def test_twins_match_the_same() -> None:
    data = tomllib.loads(CORPUS.read_text(encoding="utf-8"))
    texts = [c["text"] for kind in ("case", "negative") for c in data.get(kind, [])]
    texts = [t for t in texts if t.isascii()]
    rules, twins = quantities._rules(), quantities._ascii_rules()
    for name in quantities._TWINNED:
        pattern, twin = getattr(rules, name), getattr(twins, name)
        assert twin is not pattern, name
        checked = 0
        for text in texts:
            for at in range(len(text)):
                windows = [(at, at + 80, "match"), (max(0, at - 40), at, "search")]
                windows += [(at, at + n, "fullmatch") for n in (1, 4, 12, 30)]
                for lo, hi, how in windows:
                    m = getattr(pattern, how)(text, lo, hi)
                    t = getattr(twin, how)(text, lo, hi)
                    assert (t and (t.span(), t.groups())) == (m and (m.span(), m.groups())), (
                        name,
                        text,
                        lo,
                        hi,
                        how,
                    )
                    checked += m is not None
        assert checked > 0, name
