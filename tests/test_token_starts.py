"""``_names.token_starts`` finds the tokens a pass over every lower-cased token finds.

The participants stage reads the tokens that start a title, and the statements stage those
that start a cue, from ``token_starts`` (`str.find` of the words the text's letter runs
hold); over the texts of both corpora, and texts with hyphenated, dotted and non-ASCII
words, it must give the starts of exactly the tokens whose lower case is one of the words (or starts
with one that ends in a hyphen, `vice-`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from newsfacts import statements
from newsfacts._names import WordIndex, rules, token_starts, word_index
from newsfacts.document import Document

CORPUS = Path(__file__).parent / "corpus"

ODD = [
    "Vice-President Smith met the vice president; VICE-PRESIDENT Jones said so.",
    "Co-founder and co-chairman Lt. Gen. Maj.-Gen Smith, U.S.-based, said.",
    "İstanbul's Chairman said; the chairman said; said-so, xsaid, said2, _said.",
    "The Ministers said. Ministers-elect said.\nSAID the President, saying so.",
    "Vice-Minister Liu, then-President Sadat, CO-CHAIRMAN Lee and İstanbul Vice-Mayor Ak.",
]


def _texts() -> list[str]:
    texts = list(ODD)
    for family in ("participants", "statements"):
        data = tomllib.loads((CORPUS / f"{family}.toml").read_text(encoding="utf-8"))
        texts += [c["text"] for kind in ("case", "negative") for c in data.get(kind, [])]
    return texts


def _expected(doc: Document, index: WordIndex) -> list[int]:
    """Tokens that are a word, or start with a word ending in a hyphen (`vice-`)."""
    return [
        t.start
        for t in doc.tokens
        for low in [t.text.lower()]
        if low in index.words or ("-" in low and low[: low.index("-") + 1] in index.words)
    ]


@pytest.mark.parametrize("which", ["titles", "cues"])
def test_token_starts_are_the_tokens_that_are_the_words(which: str) -> None:
    index = rules().title_index if which == "titles" else statements._rules().first_words
    found = 0
    for text in _texts():
        doc = Document(text)
        expected = _expected(doc, index)
        assert token_starts(doc, index) == expected, text
        found += len(expected)
    assert found > 200


def test_a_word_without_letters_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a letter"):
        word_index(frozenset({"said", "--"}))
