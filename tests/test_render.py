"""The highlighted views: every highlight covers exactly its fact's span, in both views.

``sample_article`` builds a hand-made article with every kind of fact (so the views are
tested whatever the stages find today); the reference article is checked too.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from html.parser import HTMLParser
from itertools import pairwise

import pytest

from newsfacts import (
    Argument,
    Article,
    Attribution,
    Dateline,
    Event,
    Participant,
    Quantity,
    Source,
    Span,
    Statement,
    TimeExpression,
)
from newsfacts.cli import main
from newsfacts.render import KINDS, highlighted_text, highlights, show, tables, to_html

SAMPLE = (
    "LONDON, Nov 24 (Reuters) - Prime Minister Jane Doe met Acme Corp chief John Smith "
    "in Paris on Tuesday, the company said.\n\n"
    'Doe said the deal was worth about $3 billion. "We are pleased & ready <now>," Smith said.\n'
    "Acme employs 5,000 people in France, according to Acme Corp."
)


def span(text: str, sub: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``sub`` in ``text`` as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span(start=start, end=start + len(sub), text=sub)


def sample_article() -> Article:
    """A hand-made article with every kind of fact, overlaps and HTML-special characters."""
    t = SAMPLE
    return Article(
        text=t,
        published=dt.datetime(2023, 11, 24),
        dateline=Dateline(
            span=span(t, "LONDON, Nov 24 (Reuters) -"),
            location="London",
            country="GB",
            date=dt.date(2023, 11, 24),
            agency="Reuters",
            rule="dateline.city_date_agency",
        ),
        source=Source(
            agency="Reuters",
            attributions=[
                Attribution(
                    span=span(t, "according to Acme Corp"),
                    cue="according to",
                    source="Acme Corp",
                    participant_id="P3",
                    rule="sources.according_to",
                )
            ],
        ),
        participants=[
            Participant(
                id="P1",
                kind="person",
                name="Jane Doe",
                aliases=["Doe"],
                titles=["Prime Minister"],
                mentions=[span(t, "Jane Doe"), span(t, "Doe", 1)],
                rule="participants.title_name",
            ),
            Participant(
                id="P2",
                kind="person",
                name="John Smith",
                aliases=["Smith"],
                titles=["chief"],
                organization_id="P3",
                mentions=[span(t, "John Smith"), span(t, "Smith", 1)],
                rule="participants.title_name",
            ),
            Participant(
                id="P3",
                kind="organization",
                name="Acme Corp",
                aliases=["Acme"],
                country="GB",
                mentions=[span(t, "Acme Corp"), span(t, "Acme", 1), span(t, "Acme Corp", 1)],
                rule="participants.org_suffix",
            ),
            Participant(
                id="P4",
                kind="place",
                name="Paris",
                country="FR",
                mentions=[span(t, "Paris")],
                rule="participants.gazetteer",
            ),
            Participant(
                id="P5",
                kind="place",
                name="France",
                country="FR",
                mentions=[span(t, "France")],
                rule="participants.gazetteer",
            ),
        ],
        quantities=[
            Quantity(
                span=span(t, "about $3 billion"),
                value=3e9,
                qualifier="about",
                kind="money",
                unit="USD",
                rule="quantities.money",
            ),
            Quantity(span=span(t, "5,000"), value=5000, counted="people", rule="quantities.count"),
        ],
        times=[
            TimeExpression(
                span=span(t, "Nov 24"),
                type="date",
                value="2023-11-24",
                start=dt.date(2023, 11, 24),
                end=dt.date(2023, 11, 24),
                rule="times.month_day",
            ),
            TimeExpression(
                span=span(t, "on Tuesday"),
                type="date",
                value="2023-11-21",
                start=dt.date(2023, 11, 21),
                end=dt.date(2023, 11, 21),
                rule="times.weekday",
            ),
        ],
        events=[
            Event(
                span=span(t, "met"),
                type="meeting",
                arguments=[
                    Argument(role="agent", participant_id="P1"),
                    Argument(role="counterpart", participant_id="P2"),
                ],
                start=dt.date(2023, 11, 21),
                end=dt.date(2023, 11, 21),
                location="Paris",
                location_id="P4",
                sentence=span(t, t[t.index("Prime") : t.index("said.") + 5]),
                rule="events.met",
            )
        ],
        statements=[
            Statement(
                span=span(t, "Doe said", 0),
                speaker_id="P1",
                speaker="Doe",
                cue="said",
                content=span(t, "the deal was worth about $3 billion"),
                rule="statements.speaker_cue",
            ),
            Statement(
                span=span(t, "Smith said"),
                speaker_id="P2",
                speaker="Smith",
                cue="said",
                content=span(t, "We are pleased & ready <now>,"),
                direct=True,
                rule="statements.quote_speaker",
            ),
        ],
    )


def fact_spans(article: Article) -> dict[str, set[tuple[int, int]]]:
    """Every fact id with the spans it should highlight."""
    out: dict[str, set[tuple[int, int]]] = {}
    for h in highlights(article):
        out.setdefault(h.fact, set()).add((h.start, h.end))
    return out


class MarkParser(HTMLParser):
    """Collects the text of ``#article`` and each ``<mark>``'s offsets and covered text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = False
        self.depth = 0
        self.text: list[str] = []
        self.open: list[dict[str, str | None]] = []
        self.marks: list[tuple[dict[str, str | None], int, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div" and ("id", "article") in attrs:
            self.in_article = True
        elif self.in_article and tag == "mark":
            a = dict(attrs)
            a["_at"] = str(len("".join(self.text)))
            self.open.append(a)

    def handle_endtag(self, tag: str) -> None:
        if self.in_article and tag == "mark":
            a = self.open.pop()
            self.marks.append((a, int(a["_at"] or 0), len("".join(self.text))))
        elif self.in_article and tag == "div":
            self.in_article = False

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.text.append(data)


def check_html(article: Article) -> MarkParser:
    parser = MarkParser()
    parser.feed(to_html(article))
    assert "".join(parser.text) == article.text
    covered: dict[str, list[tuple[int, int]]] = {}
    for attrs, at, end in parser.marks:
        # Each mark sits exactly where its data-start/data-end say in the article text.
        assert (at, end) == (int(attrs["data-start"] or -1), int(attrs["data-end"] or -1))
        assert attrs["data-kind"] in KINDS
        s, e = (int(x) for x in (attrs["data-span"] or "").split("-"))
        assert s <= at < end <= e
        covered.setdefault(f"{attrs['data-fact']}:{s}-{e}", []).append((at, end))
    # The pieces of each highlight tile its span exactly (split only where spans cross).
    expected = fact_spans(article)
    for key, pieces in covered.items():
        fact, rng = key.split(":")
        s, e = (int(x) for x in rng.split("-"))
        assert (s, e) in expected[fact]
        pieces.sort()
        assert pieces[0][0] == s and pieces[-1][1] == e
        assert all(a[1] == b[0] for a, b in pairwise(pieces))
    assert {k.split(":")[0] for k in covered} == set(expected)
    return parser


def test_highlights_cover_every_fact() -> None:
    article = sample_article()
    got = fact_spans(article)
    assert got["D"] == {(0, len("LONDON, Nov 24 (Reuters) -"))}
    assert len(got["P3"]) == 3 and {"P1", "P2", "P4", "P5", "Q1", "Q2", "T1", "T2"} <= set(got)
    assert {"E1", "A1", "S1", "S2"} <= set(got)
    for h in highlights(article):
        assert article.text[h.start : h.end]
    kinds = {h.kind for h in highlights(article)}
    assert kinds == set(KINDS)


def test_html_marks_match_spans_on_sample() -> None:
    parser = check_html(sample_article())
    kinds = {a["data-kind"] for a, _, _ in parser.marks}
    assert kinds == set(KINDS)


def crlf_article() -> Article:
    """The sample's text with CRLF line ends and its participants (offsets shifted)."""
    text = SAMPLE.replace("\n", "\r\n")
    shift = {i: text[:i].count("\r") for i in range(len(SAMPLE) + 1)}

    def moved(s: Span) -> Span:
        start = s.start + shift[s.start]
        end = s.end + shift[s.end]
        return Span(start=start, end=end, text=text[start:end])

    article = sample_article()
    participants = [
        p.model_copy(update={"mentions": [moved(m) for m in p.mentions]})
        for p in article.participants
    ]
    return Article(text=text, participants=participants)


def test_html_keeps_offsets_with_crlf() -> None:
    crlf = crlf_article()
    assert "&#13;" in to_html(crlf)
    check_html(crlf)


def test_html_marks_match_spans_on_reference(reference: Article) -> None:
    check_html(reference)


def test_html_is_standalone_and_escaped() -> None:
    page = to_html(sample_article(), title="<sample>")
    assert "&lt;sample&gt;" in page and "<now>" not in page
    assert "http://" not in page and "https://" not in page  # no external resources
    for kind in KINDS:
        assert f"nf-{kind}" in page
    assert page.count("<table>") == len(tables(sample_article()))


def test_tooltip_lists_fields() -> None:
    [smith] = [h for h in highlights(sample_article()) if h.fact == "P2" and h.start < 80]
    tip = smith.tip()
    assert tip.splitlines()[0] == "P2 · person"
    assert "organization: Acme Corp" in tip and "titles: chief" in tip


def test_terminal_text_styles_match_spans() -> None:
    article = sample_article()
    text = highlighted_text(article)
    assert text.plain == article.text
    styled = {(s.start, s.end) for s in text.spans}
    assert styled == {(h.start, h.end) for h in highlights(article)}


def test_show_prints_legend_text_and_tables() -> None:
    from rich.console import Console

    console = Console(record=True, width=120, color_system="truecolor", force_terminal=True)
    show(sample_article(), console)
    plain = console.export_text(clear=False)
    assert plain.startswith("Legend:")
    for kind in KINDS.values():
        assert kind.label in plain
    for table in tables(sample_article()):
        assert table.title in plain
    assert "Acme Corp" in plain
    ansi = console.export_text(styles=True)
    assert "\x1b[" in ansi and "48;2;159;197;232" in ansi  # person colour #9fc5e8


def test_render_cli(tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import REFERENCE

    out = tmp_path / "ref.html"  # type: ignore[operator]
    assert main(["render", str(REFERENCE), "--published", "2023-06-15", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="article"' in page
    assert main(["show", str(REFERENCE), "--published", "2023-06-15"]) == 0
    out = capsys.readouterr().out
    assert "Legend:" in out and "\x1b[" not in out  # not a terminal: no colour by default
    assert main(["show", str(REFERENCE), "--color", "always"]) == 0
    assert "\x1b[" in capsys.readouterr().out


def test_show_cli_reports_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "/nonexistent/file.txt"]) == 1
    assert re.match(r"newsfacts: .*no such file", capsys.readouterr().err)


def test_show_without_rich_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)  # import rich raises ImportError
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.encode())))
    assert main(["show", "-"]) == 1
    assert "pip install 'newsfacts[view]'" in capsys.readouterr().err
