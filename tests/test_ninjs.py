"""ninjs export: valid against the official IPTC ninjs 2.4 schema, and faithful to the records."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from conftest import REFERENCE, fixture_texts
from test_render import sample_article

from newsfacts import Article
from newsfacts.cli import main
from newsfacts.ninjs import SCHEMA_URI, SCHEMA_VERSION, article_uri, schema, to_ninjs


def validate(doc: dict[str, Any]) -> None:
    """Validate with format checks (date-time, uri) against the shipped schema."""
    validator = jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_shipped_schema_is_the_official_one() -> None:
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    assert s["$id"] == SCHEMA_URI + "#"
    assert SCHEMA_VERSION in s["title"]
    assert "Creative Commons Attribution 4.0" in s["description"]


def test_reference_validates(reference: Article) -> None:
    doc = reference.to_ninjs()
    validate(doc)
    assert doc["standard"] == {"name": "ninjs", "version": "2.4", "schema": SCHEMA_URI}
    assert doc["bodies"][0]["value"] == reference.text
    assert doc["firstcreated"].startswith("2023-06-15T00:00:00")


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.name)
def test_every_fixture_validates(path: Any) -> None:
    from conftest import extract_fixture

    validate(to_ninjs(extract_fixture(path)))


def check_faithful(article: Article, doc: dict[str, Any]) -> None:
    """Every participant, event and source of the article appears in the ninjs document."""
    groups = {"person": "people", "organization": "organisations", "place": "places"}
    for p in article.participants:
        [entry] = [e for e in doc[groups[p.kind]] if e["name"] == p.name]
        if p.country and p.kind != "person":
            assert entry["contactinfo"] == [{"address": {"country": p.country}}]
    assert len(doc.get("events", [])) == len(article.events)
    d = article.dateline
    assert doc.get("located") == (d.location if d else None)
    names = [s["name"] for s in doc.get("infosources", [])]
    if article.source.agency:
        assert names[0] == article.source.agency
    for a in article.source.attributions:
        linked = article.participant(a.participant_id)
        assert (linked.name if linked else a.source) in names


def test_reference_is_faithful(reference: Article) -> None:
    check_faithful(reference, reference.to_ninjs())


def test_sample_mapping() -> None:
    article = sample_article()
    doc = to_ninjs(article, uri="https://example.org/items/1", language="en-GB")
    validate(doc)
    check_faithful(article, doc)
    assert doc["uri"] == "https://example.org/items/1" and doc["language"] == "en-GB"
    assert doc["located"] == "London"
    assert doc["infosources"] == [
        {"name": "Reuters", "role": "agency"},
        {"name": "Acme Corp", "role": "attribution"},
    ]
    [france] = [p for p in doc["places"] if p["name"] == "France"]
    assert france["literal"] == "FR"  # a country: its ISO 3166-1 alpha-2 code is its id
    [paris] = [p for p in doc["places"] if p["name"] == "Paris"]
    assert "literal" not in paris and paris["contactinfo"][0]["address"]["country"] == "FR"
    assert doc["events"] == [
        {
            "name": "meeting: Jane Doe, John Smith (Paris)",
            "rel": "mentioned",
            "literal": "meeting 2023-11-21",
        }
    ]
    assert [p["name"] for p in doc["people"]] == ["Jane Doe", "John Smith"]


def test_event_interval_and_naive_published() -> None:
    article = sample_article()
    event = article.events[0].model_copy(
        update={"start": article.times[1].start, "end": article.times[0].start, "name": "Summit"}
    )
    doc = to_ninjs(article.model_copy(update={"events": [event]}))
    assert doc["events"][0] == {
        "name": "Summit",
        "rel": "mentioned",
        "literal": "meeting 2023-11-21/2023-11-24",
    }
    assert doc["versioncreated"] == "2023-11-24T00:00:00+00:00"  # naive taken as UTC
    validate(doc)


def test_uri_is_deterministic() -> None:
    assert article_uri("a") == article_uri("a") != article_uri("b")
    assert article_uri("a").startswith("urn:newsfacts:")


def test_invalid_document_is_caught() -> None:
    doc = to_ninjs(sample_article())
    doc["places"][0]["country"] = "FR"  # not a ninjs 2.x property
    with pytest.raises(AssertionError):
        validate(doc)


def test_cli_format_ninjs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(REFERENCE), "--published", "2023-06-15", "--format", "ninjs"]) == 0
    doc = json.loads(capsys.readouterr().out)
    validate(doc)
    assert doc["bodies"][0]["value"] == REFERENCE.read_text(encoding="utf-8")
