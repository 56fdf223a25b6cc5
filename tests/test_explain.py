"""explain: each fact with its rule, and the rejected candidates paired with what beat them."""

from __future__ import annotations

import json

import pytest
from conftest import REFERENCE, REFERENCE_PUBLISHED

import newsfacts
from newsfacts import pipeline
from newsfacts.cli import main
from newsfacts.document import Document
from newsfacts.explain import explain, format_explanation
from newsfacts.model import Quantity

TEXT = "Officials said\r\nabout 3,000 people attended, up from 2,500 last year.\r\n"


def fake_quantities(doc: Document) -> list[Quantity]:
    """A quantities stage that keeps one candidate and rejects others (normalized offsets)."""
    start = doc.norm.index("about 3,000")
    bare = doc.norm.index("3,000")
    other = doc.norm.index("2,500")
    doc.reject("quantities", bare, bare + 5, "quantities.bare_number", "inside a longer match")
    doc.reject("quantities", bare, bare + 5, "quantities.bare_number", "inside a longer match")
    doc.reject("quantity", start, start + 5, "quantities.approx", "lower priority")
    doc.reject("quantities", other + 5, other, "quantities.bare_number", "compared, not counted")
    doc.reject("mystery-family", 0, 10**6, "someone.else", "out of range offsets")
    return [Quantity(span=doc.span(start, start + 11), value=3000, rule="quantities.approx_count")]


@pytest.fixture
def traced(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the fake stage runs, so these tests do not depend on the real stages' output.
    monkeypatch.setattr(pipeline, "STAGES", (("quantities", fake_quantities),))


@pytest.mark.usefixtures("traced")
def test_rejections_pair_with_the_fact_they_lost_to() -> None:
    result = newsfacts.explain(TEXT)
    [q] = [f for f in result.facts if f.family == "quantities"]
    assert q.fact == "Q1" and q.rule == "quantities.approx_count"
    assert q.spans[0].text == "about 3,000"
    # Duplicates are kept once; offsets map back to the original text (CRLF before them).
    assert [(c.span.text, c.rule, c.reason) for c in q.rejected] == [
        ("about", "quantities.approx", "lower priority"),
        ("3,000", "quantities.bare_number", "inside a longer match"),
    ]
    for c in q.rejected:
        assert TEXT[c.span.start : c.span.end] == c.span.text
    dropped = [(c.family, c.span.text, c.reason) for c in result.dropped]
    assert ("quantities", "2,500", "compared, not counted") in dropped
    [mystery] = [c for c in result.dropped if c.family == "mystery-family"]
    assert mystery.span.start == 0 and mystery.span.end >= len(TEXT) - 1  # clamped to the text


@pytest.mark.usefixtures("traced")
def test_text_report() -> None:
    report = format_explanation(newsfacts.explain(TEXT))
    assert "Q1" in report and "[quantities.approx_count]" in report
    assert "beat '3,000'" in report and "inside a longer match" in report
    assert "Dropped (no fact there):" in report


def test_explain_matches_extract_on_reference() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    result = explain(text, REFERENCE_PUBLISHED)
    assert result.article == newsfacts.extract(text, REFERENCE_PUBLISHED)
    a = result.article
    expected = (
        (a.dateline is not None)
        + len(a.participants)
        + len(a.quantities)
        + len(a.times)
        + len(a.source.attributions)
        + len(a.statements)
        + len(a.events)
    )
    assert len(result.facts) == expected
    for f in result.facts:
        assert f.rule, f"{f.fact} ({f.label}) records no rule"
        assert all(text[s.start : s.end] == s.text for s in f.spans)
        for c in f.rejected:
            assert c.family == f.family
            assert any(c.span.start < s.end and s.start < c.span.end for s in f.spans)


def test_explain_without_facts() -> None:
    result = explain("nothing to see here")
    assert format_explanation(result).strip() or result.facts == []


def test_explain_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(REFERENCE), "--published", REFERENCE_PUBLISHED]) == 0
    text_report = capsys.readouterr().out
    assert text_report.strip()
    assert main(["explain", str(REFERENCE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"facts", "dropped"}
    assert main(["explain", "/nonexistent.txt"]) == 1
