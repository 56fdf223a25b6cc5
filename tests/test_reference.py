"""The reference article (fixtures/kazinform-iso.txt) end to end: the facts issue 2 names."""

from __future__ import annotations

import datetime as dt

from newsfacts import Article, Participant


def by_name(article: Article, name: str) -> Participant:
    found = [p for p in article.participants if p.name == name]
    assert found, f"no participant {name!r}: {[p.name for p in article.participants]}"
    return found[0]


def test_dateline(reference: Article) -> None:
    d = reference.dateline
    assert d is not None
    assert (d.span.text.rstrip(" -"), d.location, d.country, d.agency) == (
        "GENEVA. KAZINFORM",
        "Geneva",
        "CH",
        "Kazinform",
    )


def test_source(reference: Article) -> None:
    assert reference.source.agency == "Kazinform"
    [attr] = [a for a in reference.source.attributions if a.cue == "has learned from"]
    assert attr.source == "the press service of the Kazakh MFA"
    mfa = by_name(reference, "Ministry of Foreign Affairs of Kazakhstan")
    assert attr.participant_id == mfa.id


def test_people(reference: Article) -> None:
    aitzhan = by_name(reference, "Zhanar Aitzhan")
    assert aitzhan.kind == "person" and aitzhan.country == "KZ"
    assert aitzhan.titles[0] == (
        "Permanent Representative of the Republic of Kazakhstan to the World Trade Organization"
        " and International Economic Organizations"
    )
    assert "Aitzhan" in aitzhan.aliases
    assert [m.text for m in aitzhan.mentions].count("Aitzhan") == 2
    mujica = by_name(reference, "Sergio Mujica")
    iso = by_name(reference, "International Organization for Standardization")
    assert mujica.kind == "person" and "Secretary General" in mujica.titles
    assert mujica.organization_id == iso.id
    texts = [m.text for m in mujica.mentions]
    assert "Sergio Mujica" in texts and "Mujica" in texts
    assert any(
        "Secretary General Mujica" in reference.text[m.start - 18 : m.end] for m in mujica.mentions
    )


def test_organizations(reference: Article) -> None:
    iso = by_name(reference, "International Organization for Standardization")
    assert iso.kind == "organization"
    assert {"ISO", "the Organization"} <= set(iso.aliases)
    assert len(iso.mentions) >= 10
    for name in (
        "World Trade Organization",
        "Ministry of Foreign Affairs of Kazakhstan",
        "ISO Council",
        "Technical Management Board",
    ):
        assert by_name(reference, name).kind == "organization"
    assert "MFA" in " ".join(
        by_name(reference, "Ministry of Foreign Affairs of Kazakhstan").aliases
    )


def test_places(reference: Article) -> None:
    for name, code in [
        ("Kazakhstan", "KZ"),
        ("Geneva", "CH"),
        ("Brisbane", "AU"),
        ("Australia", "AU"),
    ]:
        place = by_name(reference, name)
        assert (place.kind, place.country) == ("place", code)
    assert len(by_name(reference, "Kazakhstan").mentions) >= 8


def test_no_participant_for_bare_titles(reference: Article) -> None:
    names = {p.name for p in reference.participants}
    assert not names & {"Permanent Representative", "Secretary General", "Interlocutors"}


def test_quantities(reference: Article) -> None:
    got = [(q.span.text, q.value, q.qualifier, q.kind, q.counted) for q in reference.quantities]
    assert got == [
        ("about 3,000", 3000.0, "about", "count", "national standards"),
        ("more than 140", 140.0, "more_than", "count", "international ISO Technical Committees"),
        ("168", 168.0, "exact", "count", "countries"),
        ("more than 24,000", 24000.0, "more_than", "count", "standards"),
        ("250", 250.0, "exact", "count", "technical committees"),
        ("about 510", 510.0, "about", "count", "subcommittees"),
    ]


def test_times(reference: Article) -> None:
    [annual] = [t for t in reference.times if "September" in t.span.text]
    assert annual.span.text == "from September 18 to 22, 2023"
    assert (annual.type, annual.start, annual.end) == (
        "date",
        dt.date(2023, 9, 18),
        dt.date(2023, 9, 22),
    )
    [today] = [t for t in reference.times if t.span.text == "today"]
    assert today.value == "PRESENT_REF"
    assert today.start == dt.date(2023, 6, 15)


def test_events(reference: Article) -> None:
    names = {p.id: p.name for p in reference.participants}

    def args(e: object) -> dict[str, str]:
        return {a.role: names.get(a.participant_id or "", a.text or "") for a in e.arguments}  # type: ignore[attr-defined]

    [meeting] = [e for e in reference.events if e.type == "meeting" and e.name is None]
    assert args(meeting)["agent"] == "Zhanar Aitzhan"
    assert [a.role for a in meeting.arguments].count("agent") == 1  # not the WTO of her title
    assert args(meeting)["counterpart"] == "Sergio Mujica"
    assert meeting.location == "Geneva"
    [proposal] = [e for e in reference.events if e.type == "proposal"]
    assert args(proposal)["agent"] == "Zhanar Aitzhan"
    assert "special training" in reference.text[proposal.sentence.start : proposal.sentence.end]
    [annual] = [e for e in reference.events if e.name == "Annual Meeting"]
    assert (annual.start, annual.end) == (dt.date(2023, 9, 18), dt.date(2023, 9, 22))
    assert annual.location == "Brisbane"
    assert args(annual).get("organizer") == "International Organization for Standardization"
    assert any("exchanged views" in e.span.text for e in reference.events)


def test_statements(reference: Article) -> None:
    names = {p.id: p.name for p in reference.participants}
    got = [(names.get(s.speaker_id or ""), s.cue, s.direct) for s in reference.statements]
    assert ("Zhanar Aitzhan", "noted", False) in got
    assert ("Zhanar Aitzhan", "proposed", False) in got
    assert ("Sergio Mujica", "noted", False) in got
