"""The shared text layer: normalization with offsets, sentences, tokens."""

from __future__ import annotations

import pytest

from newsfacts.document import Document
from newsfacts.patterns import compile_pattern
from newsfacts.text import normalize, sentences, tokens


def test_normalize_keeps_offsets_one_for_one() -> None:
    text = "\u201cYes,\u201d he said \u2014 in\u00a0Geneva."
    n = normalize(text)
    assert n.text == '"Yes," he said - in Geneva.'
    assert n.offsets is None


def test_crlf_maps_back_to_original() -> None:
    text = "LONDON -\r\nShares rose.\r\nOil fell."
    doc = Document(text)
    assert doc.norm == "LONDON -\nShares rose.\nOil fell."
    start = doc.norm.index("Oil")
    span = doc.span(start, start + 3)
    assert span.text == "Oil" and text[span.start : span.end] == "Oil"
    assert doc.local(span) == (start, start + 3)


def test_control_characters_and_surrogates_become_spaces() -> None:
    text = "a\x00b\ud800c"
    assert normalize(text).text == "a b c"


_WRAPPED = (
    "HOUSTON, March 3 - Northgate Savings Bancorp's Gulf Coast\n"
    "Trust Co said it agreed to buy two branches from Harbor\n"
    "National Bank for about 12.5 mln dlrs in cash.\n"
    "    The company said the purchase, subject to approval by\n"
    "regulators, would add 31 offices in Texas and Louisiana.\n"
)


def test_hard_wrapped_line_ends_read_as_spaces() -> None:
    n = normalize(_WRAPPED)
    assert "Gulf Coast Trust Co" in n.text and "Harbor National Bank" in n.text
    assert "\n    The company" in n.text  # a paragraph break stays
    assert len(n.text) == len(_WRAPPED) and n.offsets is None
    doc = Document(_WRAPPED)
    start = doc.norm.index("Gulf Coast Trust Co")
    assert doc.span(start, start + 19).text == "Gulf Coast\nTrust Co"  # spans keep the original


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan joins the council\nGENEVA. KAZINFORM - The country was elected on Monday.",
        "A headline of some words\nA story line that is long enough to look wrapped here\n"
        "and another line after it, long again, that goes on for a while past eighty characters.",
        "Short line\nAnother short line\nA third one",
    ],
)
def test_line_ends_of_texts_not_hard_wrapped_stay(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met Gov. Jones. They talked.", ["Mr. Smith met Gov. Jones.", "They talked."]),
        ("It ended Feb. 3. Then it rained.", ["It ended Feb. 3.", "Then it rained."]),
        ("John F. Kennedy spoke. He left.", ["John F. Kennedy spoke.", "He left."]),
        ("He ranked No. 1 in the U.S. market.", ["He ranked No. 1 in the U.S. market."]),
        (
            "Sales fell in the U.S. The company said so.",
            ["Sales fell in the U.S.", "The company said so."],
        ),
        ('He said "We won." She agreed.', ['He said "We won."', "She agreed."]),
        ("GENEVA. KAZINFORM - Talks began. Next.", ["GENEVA. KAZINFORM - Talks began.", "Next."]),
        ("First paragraph\n\nSecond one", ["First paragraph", "Second one"]),
        ("Shares rose 3.5 pct. Bonds fell.", ["Shares rose 3.5 pct.", "Bonds fell."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_tokens_have_offsets() -> None:
    text = "U.S. output rose 3,000 tonnes, Mujica's team said."
    toks = tokens(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks][:5] == ["U.S.", "output", "rose", "3,000", "tonnes"]


def test_patterns_fold_case_simply() -> None:
    # Full case folding lets `[\w]` take `ss` as one `ß`: a class repeated before a failing
    # tail then splits a run of `s` in exponentially many ways. compile_pattern turns it off.
    pattern = compile_pattern(r" to [\w.]+\s?(?<!\w)(?:mins|days)")
    assert pattern.match(" to " + "s" * 60) is None  # instant; minutes with full folding
    assert pattern.match(" TO 5 DAYS") is not None  # still case-insensitive
