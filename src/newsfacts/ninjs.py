"""IPTC ninjs 2.4 (News in JSON) export of an :class:`~newsfacts.model.Article`.

Newsrooms exchange items as ninjs or NewsML-G2; this maps newsfacts' records onto the
ninjs properties that carry them, so a feed can take the output as is:

- ``located``: the dateline's place; ``firstcreated``/``versioncreated``: ``published``.
- ``infosources``: the agency (role ``agency``), then each attribution's source (role
  ``attribution``; the linked participant's name when there is one).
- ``people``, ``organisations``, ``places``: one entry per participant. ninjs 2.x has no
  country property, so the ISO 3166-1 alpha-2 code goes where the schema allows it: in
  ``contactinfo[].address.country``, and in ``literal`` for a place that is the country.
- ``events``: ninjs 2.x events have only ``name``, ``rel``, ``uri`` and ``literal``, so
  ``name`` is the event's name, else its type, participants and place (``meeting: Jane
  Doe, John Smith (Paris)``), and ``literal`` holds the type and the ISO 8601 date interval
  (``conference 2023-09-18/2023-09-22``); ``rel`` is ``mentioned``.
- ``bodies``: the text exactly as given (spans index into it), as ``text/plain``.

The bundled schema (``resources/ninjs-schema_2.4.json``, IPTC, CC BY 4.0) is what the
tests validate against; :func:`schema` returns it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from typing import Any

from newsfacts.gazetteer import country_name
from newsfacts.model import Article, Event, Participant

__all__ = ["SCHEMA_URI", "SCHEMA_VERSION", "article_uri", "schema", "to_ninjs"]

SCHEMA_VERSION = "2.4"
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.4.json"
_SCHEMA_FILE = "ninjs-schema_2.4.json"

NinjsDict = dict[str, Any]


@cache
def _schema_text() -> str:
    return resources.files("newsfacts.resources").joinpath(_SCHEMA_FILE).read_text("utf-8")


def schema() -> NinjsDict:
    """The official IPTC ninjs 2.4 JSON schema shipped with newsfacts (a fresh copy)."""
    result: NinjsDict = json.loads(_schema_text())
    return result


def _timestamp(published: datetime) -> str:
    """RFC 3339 date-time; a naive ``published`` is taken as UTC (ninjs needs an offset)."""
    return (published if published.tzinfo else published.replace(tzinfo=UTC)).isoformat()


def _interval(start: date | None, end: date | None) -> str | None:
    if start is None:
        return None
    return start.isoformat() if end is None or end == start else f"{start}/{end}"


def _country_entry(code: str | None) -> NinjsDict:
    return {"contactinfo": [{"address": {"country": code}}]} if code else {}


def _participant(p: Participant) -> NinjsDict:
    entry: NinjsDict = {"name": p.name, "rel": "mentioned"}
    if p.kind == "place" and p.country and country_name(p.country) == p.name:
        entry["literal"] = p.country
    if p.kind != "person":
        entry.update(_country_entry(p.country))
    return entry


def _event_name(e: Event, article: Article) -> str:
    """A named event's name; else its type, who took part and where (`meeting: A, B (Paris)`)."""
    if e.name:
        return e.name
    who = []
    for a in e.arguments:
        p = article.participant(a.participant_id)
        label = p.name if p else a.text
        if label and label not in who:
            who.append(label)
    name = f"{e.type}: {', '.join(who)}" if who else f"{e.type}: {e.span.text}"
    return f"{name} ({e.location})" if e.location else name


def _event(e: Event, article: Article) -> NinjsDict:
    interval = _interval(e.start, e.end)
    literal = f"{e.type} {interval}" if interval else e.type
    return {"name": _event_name(e, article), "rel": "mentioned", "literal": literal}


def _infosources(article: Article) -> list[NinjsDict]:
    sources: list[NinjsDict] = []
    seen: set[str] = set()
    if article.source.agency:
        sources.append({"name": article.source.agency, "role": "agency"})
        seen.add(article.source.agency)
    for a in article.source.attributions:
        linked = article.participant(a.participant_id)
        name = linked.name if linked else a.source
        if name not in seen:
            seen.add(name)
            sources.append({"name": name, "role": "attribution"})
    return sources


def article_uri(text: str) -> str:
    """A stable URN for an article: the same text always gets the same identifier."""
    return "urn:newsfacts:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def to_ninjs(article: Article, *, uri: str | None = None, language: str = "en") -> NinjsDict:
    """The article as a ninjs 2.4 document (a JSON-able dict).

    ``uri`` identifies the item (default: a URN derived from the text, so the output is
    deterministic); ``language`` is its BCP 47 language tag.
    """
    doc: NinjsDict = {
        "standard": {"name": "ninjs", "version": SCHEMA_VERSION, "schema": SCHEMA_URI},
        "uri": uri or article_uri(article.text),
        "type": "text",
        "representationtype": "full",
        "language": language,
    }
    if article.published is not None:
        doc["firstcreated"] = doc["versioncreated"] = _timestamp(article.published)
    if article.source.byline:
        doc["by"] = ", ".join(article.source.byline)
    if article.dateline is not None and article.dateline.location:
        doc["located"] = article.dateline.location
    groups = {
        "people": "person",
        "organisations": "organization",
        "places": "place",
    }
    for key, kind in groups.items():
        members = [_participant(p) for p in article.participants if p.kind == kind]
        if members:
            doc[key] = members
    if article.events:
        doc["events"] = [_event(e, article) for e in article.events]
    infosources = _infosources(article)
    if infosources:
        doc["infosources"] = infosources
    doc["bodies"] = [
        {
            "role": "main",
            "contenttype": "text/plain",
            "charcount": len(article.text),
            "wordcount": len(article.text.split()),
            "value": article.text,
        }
    ]
    return doc
