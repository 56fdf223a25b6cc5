"""The events stage's trigger twins must find the triggers its `regex` patterns find.

On an ASCII text a trigger is matched, at a word that may open one, by its pattern compiled
again by the standard `re` engine (``events._ascii_triggers``, ``patterns.ascii_twin``): over
every ASCII text of the events corpus, at every word (a run of word characters, and one with
its `'` and `-`), each pattern opening with that word and its twin must match alike.
"""

from __future__ import annotations

import regex
from twins import ascii_texts

from newsfacts import events

_WORDS = (regex.compile(r"\w+"), regex.compile(r"[\w'-]+"))


def test_trigger_twins_match_the_same() -> None:
    by_word = events._rules().by_word
    at_word: dict[str, list[tuple[str, int]]] = {}
    for text in ascii_texts("events"):
        for words in _WORDS:
            for m in words.finditer(text):
                at_word.setdefault(m.group().lower(), []).append((text, m.start()))
    checked = twinned = 0
    for word, entries in by_word.items():
        twins = events._ascii_triggers(word)
        twinned += sum(
            twin is not pattern for (pattern, *_), (twin, *_) in zip(entries, twins, strict=True)
        )
        for text, at in at_word.get(word, ()):
            for (pattern, *_), (twin, *_) in zip(entries, twins, strict=True):
                m, t = pattern.match(text, at, at + 120), twin.match(text, at, at + 120)
                assert (t and (t.span(), t.groups())) == (m and (m.span(), m.groups())), (
                    pattern.pattern,
                    text,
                    at,
                )
                checked += m is not None
    assert twinned > 600
    assert checked > 1000
