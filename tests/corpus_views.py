"""How each fact family is shown to the corpus test: text + published -> list of dicts.

One entry per file in ``tests/corpus/``. Participant ids are replaced by names
(`participant`, `organization`, `speaker`, `location_participant`) so cases are readable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsfacts
from newsfacts.model import Article

View = Callable[[str, str | None], list[dict[str, Any]]]


def _names(article: Article) -> dict[str, str]:
    return {p.id: p.name for p in article.participants}


def dateline(text: str, published: str | None) -> list[dict[str, Any]]:
    # TOML has no null: the dateline corpus writes "none" for it, both ways.
    d = newsfacts.parse_dateline(text, None if published == "none" else published)
    if d is None:
        return []
    return [{k: "none" if v is None else v for k, v in d.model_dump(mode="json").items()}]


def times(text: str, published: str | None) -> list[dict[str, Any]]:
    # `published = ""` in a case means "no anchor" (TOML has no null)
    found = newsfacts.find_times(text, anchor=published or None)
    return [t.model_dump(mode="json") for t in found]


def quantities(text: str, published: str | None) -> list[dict[str, Any]]:
    return [q.model_dump(mode="json") for q in newsfacts.find_quantities(text)]


def participants(text: str, published: str | None) -> list[dict[str, Any]]:
    found = newsfacts.find_participants(text, published)
    names = {p.id: p.name for p in found}
    rows = []
    for p in found:
        row = p.model_dump(mode="json")
        row["organization"] = names.get(p.organization_id or "")
        rows.append(row)
    return rows


def sources(text: str, published: str | None) -> list[dict[str, Any]]:
    article = newsfacts.extract(text, published)
    names = _names(article)
    rows = []
    for a in article.source.attributions:
        row = a.model_dump(mode="json")
        row["participant"] = names.get(a.participant_id or "")
        # TOML has no null: the sources corpus writes "none" for it.
        rows.append({k: "none" if v is None else v for k, v in row.items()})
    src = article.source
    if src.agency or src.byline or src.editors:
        rows.append({"agency": src.agency, "byline": src.byline, "editors": src.editors})
    return rows


def events(text: str, published: str | None) -> list[dict[str, Any]]:
    article = newsfacts.extract(text, published)
    names = _names(article)
    rows = []
    for e in article.events:
        row = e.model_dump(mode="json")
        row["arguments"] = [
            # `participant = ""` in a case: the argument names no participant
            {"role": a.role, "participant": names.get(a.participant_id or "", ""), "text": a.text}
            for a in e.arguments
        ]
        row["location_participant"] = names.get(e.location_id or "")
        # `roles = "agent counterpart"`: every argument's role in order, none more
        row["roles"] = " ".join(a.role for a in e.arguments)
        # `location = ""` / `start = ""` in a case: no place or date given
        row["location"] = row["location"] or ""
        row["start"] = row["start"] or ""
        rows.append(row)
    return rows


def statements(text: str, published: str | None) -> list[dict[str, Any]]:
    article = newsfacts.extract(text, published)
    names = _names(article)
    rows = []
    for s in article.statements:
        row = s.model_dump(mode="json")
        row["speaker_name"] = names.get(s.speaker_id or "")
        rows.append(row)
    return rows


VIEWS: dict[str, View] = {
    "dateline": dateline,
    "times": times,
    "quantities": quantities,
    "participants": participants,
    "sources": sources,
    "events": events,
    "statements": statements,
}
