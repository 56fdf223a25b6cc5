"""Views a person can check: the article with every fact highlighted by kind.

:func:`highlights` turns an :class:`~newsfacts.model.Article` into one :class:`Highlight`
per fact span (each participant mention, quantity, time, event trigger, attribution,
statement cue and statement content, and the dateline); :func:`tables` gives the records
as rows. Both views draw from these two functions, so the terminal (:func:`show`, with
``rich``) and the standalone HTML page (:func:`to_html`) always agree.
"""

from __future__ import annotations

import heapq
import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newsfacts.model import Article, Quantity, Span

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

__all__ = [
    "KINDS",
    "Highlight",
    "Table",
    "highlighted_text",
    "highlights",
    "show",
    "tables",
    "to_html",
]


@dataclass(frozen=True, slots=True)
class Kind:
    """How one kind of fact is drawn: its legend label and background colour."""

    label: str
    colour: str  # background (hex); empty for kinds drawn as an underline only


# Order is drawing order: later kinds are drawn inside earlier ones when spans nest.
KINDS: dict[str, Kind] = {
    "said": Kind("what was said", ""),
    "dateline": Kind("dateline", "#ffd966"),
    "statement": Kind("statement cue", "#cccccc"),
    "attribution": Kind("attribution", "#d5a6bd"),
    "event": Kind("event", "#76d7c4"),
    "organization": Kind("organization", "#b6d7a8"),
    "person": Kind("person", "#9fc5e8"),
    "place": Kind("place", "#f4b6b6"),
    "time": Kind("date / time", "#c4b5f0"),
    "quantity": Kind("quantity", "#f9cb9c"),
}
_ORDER = {name: i for i, name in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Highlight:
    """One highlighted span: the fact it shows (``fact`` id), its kind, offsets and fields."""

    fact: str
    kind: str
    start: int
    end: int
    fields: tuple[tuple[str, str], ...]

    def tip(self) -> str:
        """The hover text: the fact id and kind, then one ``field: value`` line each."""
        lines = [f"{self.fact} · {KINDS[self.kind].label}"]
        lines += [f"{k}: {v}" for k, v in self.fields]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Table:
    """The records of one family as rows of text (shared by the terminal and HTML views)."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]


def _fields(**values: object) -> tuple[tuple[str, str], ...]:
    """Non-empty values as ``(name, text)`` pairs; lists joined with ``; ``."""
    out = []
    for key, value in values.items():
        if value is None or value == "" or value == [] or value is False:
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        out.append((key, str(value)))
    return tuple(out)


def _value(q: Quantity) -> str:
    """``3,000,000,000`` or a range ``10 .. 15``."""
    low = f"{q.value:,.15g}"
    return low if q.value_max is None else f"{low} .. {q.value_max:,.15g}"


def _interval(start: object, end: object) -> str:
    if start is None:
        return ""
    return str(start) if end is None or end == start else f"{start} .. {end}"


def highlights(article: Article) -> list[Highlight]:
    """Every fact span of ``article``, in text order (outer spans before the ones inside)."""
    names = {p.id: p.name for p in article.participants}
    out: list[Highlight] = []

    def add(fact: str, kind: str, span: Span, fields: tuple[tuple[str, str], ...]) -> None:
        if span.end > span.start:
            out.append(Highlight(fact, kind, span.start, span.end, fields))

    d = article.dateline
    if d is not None:
        add(
            "D",
            "dateline",
            d.span,
            _fields(
                location=d.location, country=d.country, date=d.date, agency=d.agency, rule=d.rule
            ),
        )
    for p in article.participants:
        fields = _fields(
            kind=p.kind,
            name=p.name,
            aliases=p.aliases,
            titles=p.titles,
            organization=names.get(p.organization_id or ""),
            country=p.country,
            rule=p.rule,
        )
        for m in p.mentions:
            add(p.id, p.kind, m, fields)
    for i, q in enumerate(article.quantities, 1):
        add(
            f"Q{i}",
            "quantity",
            q.span,
            _fields(
                value=_value(q),
                qualifier=q.qualifier,
                kind=q.kind,
                unit=q.unit,
                counted=q.counted,
                rule=q.rule,
            ),
        )
    for i, t in enumerate(article.times, 1):
        add(
            f"T{i}",
            "time",
            t.span,
            _fields(type=t.type, value=t.value, interval=_interval(t.start, t.end), rule=t.rule),
        )
    for i, e in enumerate(article.events, 1):
        add(
            f"E{i}",
            "event",
            e.span,
            _fields(
                type=e.type,
                name=e.name,
                arguments=[
                    f"{a.role}={names.get(a.participant_id or '', a.text or a.participant_id)}"
                    for a in e.arguments
                ],
                when=_interval(e.start, e.end),
                location=e.location,
                modality=e.modality if e.modality != "actual" else None,
                negated=e.negated,
                rule=e.rule,
            ),
        )
    for i, a in enumerate(article.source.attributions, 1):
        add(
            f"A{i}",
            "attribution",
            a.span,
            _fields(
                cue=a.cue,
                source=a.source,
                participant=names.get(a.participant_id or ""),
                rule=a.rule,
            ),
        )
    for i, s in enumerate(article.statements, 1):
        speaker = names.get(s.speaker_id or "", s.speaker)
        add(
            f"S{i}",
            "statement",
            s.span,
            _fields(speaker=speaker, cue=s.cue, direct=s.direct, rule=s.rule),
        )
        add(f"S{i}", "said", s.content, _fields(speaker=speaker, cue=s.cue))
    out.sort(key=lambda h: (h.start, -h.end, _ORDER[h.kind]))
    return out


def tables(article: Article) -> list[Table]:
    """The records as tables, one per family that has any."""
    names = {p.id: p.name for p in article.participants}
    out: list[Table] = []
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    d = article.dateline
    if d is not None:
        row = (d.span.text.strip(), d.location or "", d.country or "", str(d.date or ""))
        headers = ("text", "location", "country", "date", "agency")
        out.append(Table("Dateline", headers, [(*row, d.agency or "")]))
    src = article.source
    if src.agency or src.byline or src.attributions:
        rows = [("agency", src.agency or "", "", "")] if src.agency else []
        rows += [("byline", b, "", "") for b in src.byline]
        rows += [
            ("attribution", a.source, a.cue, names.get(a.participant_id or "", ""))
            for a in src.attributions
        ]
        out.append(Table("Source", ("what", "who", "cue", "participant"), rows))
    if article.participants:
        rows = [
            (
                p.id,
                p.kind,
                p.name,
                p.country or "",
                "; ".join(p.titles),
                names.get(p.organization_id or "", ""),
                "; ".join(p.aliases),
                str(len(p.mentions)),
            )
            for p in article.participants
        ]
        headers = ("id", "kind", "name", "country", "titles", "of", "aliases", "mentions")
        out.append(Table("Participants", headers, rows))
    if article.quantities:
        rows = [
            (
                q.span.text,
                _value(q),
                q.qualifier,
                q.kind,
                q.unit or "",
                q.counted or "",
            )
            for q in article.quantities
        ]
        headers = ("text", "value", "qualifier", "kind", "unit", "counted")
        out.append(Table("Quantities", headers, rows))
    if article.times:
        rows = [(t.span.text, t.type, t.value, _interval(t.start, t.end)) for t in article.times]
        out.append(Table("Times", ("text", "type", "value", "interval"), rows))
    if article.events:
        rows = [
            (
                e.type,
                e.name or e.span.text,
                ", ".join(
                    f"{a.role}={names.get(a.participant_id or '', a.text or a.participant_id)}"
                    for a in e.arguments
                ),
                _interval(e.start, e.end),
                e.location or "",
            )
            for e in article.events
        ]
        out.append(Table("Events", ("type", "trigger / name", "arguments", "when", "where"), rows))
    if article.statements:
        rows = [
            (
                names.get(s.speaker_id or "", s.speaker or ""),
                s.cue,
                "direct" if s.direct else "reported",
                s.content.text,
            )
            for s in article.statements
        ]
        out.append(Table("Statements", ("speaker", "cue", "speech", "content"), rows))
    return out


# ---------------------------------------------------------------- terminal (rich)


def _require_rich() -> None:
    try:
        import rich  # noqa: F401
    except ImportError:
        raise ImportError(
            "newsfacts show needs the 'rich' package: pip install 'newsfacts[view]'"
        ) from None


def show(
    article: Article,
    console: Console | None = None,
    *,
    color: Literal["auto", "always", "never"] = "auto",
) -> None:
    """Print the article with its facts highlighted, a legend, then the record tables.

    ``color`` (for the default console): ``auto`` colours a terminal only, ``always``
    also a pipe (``| less -R``), ``never`` prints plain text.
    """
    _require_rich()
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    if console is None:
        console = Console(
            force_terminal=True if color == "always" else None,
            no_color=color == "never",
            color_system=None if color == "never" else "auto",
        )
    legend = Text("Legend: ")
    for kind in _present(highlights(article)):
        legend.append(f" {KINDS[kind].label} ", style=_rich_style(kind))
        legend.append(" ")
    console.print(legend)
    console.print(highlighted_text(article))
    for table in tables(article):
        rich_table = RichTable(title=table.title, title_justify="left", expand=False)
        for header in table.headers:
            rich_table.add_column(header, overflow="fold")
        for row in table.rows:
            rich_table.add_row(*row)
        console.print(rich_table)


def _rich_style(kind: str) -> str:
    colour = KINDS[kind].colour
    return f"black on {colour}" if colour else "underline"


def _present(items: Iterable[Highlight]) -> list[str]:
    """The kinds present, in legend order."""
    kinds = {h.kind for h in items}
    return [k for k in KINDS if k in kinds]


def highlighted_text(article: Article) -> Text:
    """The article text as a ``rich`` Text, one style span per highlight (needs ``rich``)."""
    _require_rich()
    from rich.text import Text

    text = Text(article.text)
    for h in sorted(highlights(article), key=lambda h: _ORDER[h.kind]):
        text.stylize(_rich_style(h.kind), h.start, h.end)
    return text


# ---------------------------------------------------------------- standalone HTML


def _escape(text: str) -> str:
    """Text as HTML; CR as a character reference, since parsers turn a raw CR LF into LF
    and the page's text must keep the article's offsets."""
    return html.escape(text).replace("\r", "&#13;")


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    rank: int  # position in the sorted highlights, to keep a stable order
    highlight: Highlight


def _nested(text: str, items: list[Highlight]) -> str:
    """HTML of ``text`` with one ``<mark>`` per highlight, properly nested.

    A highlight that crosses the end of an enclosing one is split there, so every
    ``<mark>`` covers exactly the characters it names (``data-start``/``data-end``).
    """
    queue = [(h.start, -h.end, i, _Piece(h.start, h.end, i, h)) for i, h in enumerate(items)]
    heapq.heapify(queue)
    parts: list[str] = []
    stack: list[_Piece] = []
    pos = 0

    def close() -> None:
        nonlocal pos
        top = stack.pop()
        parts.append(_escape(text[pos : top.end]) + "</mark>")
        pos = top.end

    while queue:
        _, _, _, piece = heapq.heappop(queue)
        while stack and stack[-1].end <= piece.start:
            close()
        if stack and piece.end > stack[-1].end:
            cut = stack[-1].end
            rest = _Piece(cut, piece.end, piece.rank, piece.highlight)
            heapq.heappush(queue, (cut, -piece.end, piece.rank, rest))
            piece = _Piece(piece.start, cut, piece.rank, piece.highlight)
        parts.append(_escape(text[pos : piece.start]))
        pos = piece.start
        h = piece.highlight
        parts.append(
            f'<mark class="nf nf-{h.kind}" data-fact="{h.fact}" data-kind="{h.kind}"'
            f' data-start="{piece.start}" data-end="{piece.end}"'
            f' data-span="{h.start}-{h.end}" data-tip="{html.escape(h.tip())}">'
        )
        stack.append(piece)
    while stack:
        close()
    parts.append(_escape(text[pos:]))
    return "".join(parts)


_CSS = """
body { font: 16px/1.6 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
#article { white-space: pre-wrap; border: 1px solid #ddd; padding: 1em 1.2em; }
mark.nf { color: inherit; padding: 0; border-radius: 2px; }
mark.nf-said { background: none; border-bottom: 2px dotted #555; }
.legend span { display: inline-block; margin: 0 .4em .3em 0; padding: 0 .4em; }
table { border-collapse: collapse; margin: .5em 0 1.5em; font-size: 14px; }
th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
#nf-tip { position: fixed; display: none; white-space: pre-line; background: #333; color: #fff;
  font-size: 13px; padding: .4em .6em; border-radius: 4px; max-width: 30em; pointer-events: none; }
"""

_JS = """
const tip = document.getElementById('nf-tip');
document.getElementById('article').addEventListener('mousemove', (e) => {
  const mark = e.target.closest('mark.nf');
  if (!mark) { tip.style.display = 'none'; return; }
  tip.textContent = mark.dataset.tip;
  tip.style.display = 'block';
  tip.style.left = (e.clientX + 12) + 'px';
  tip.style.top = (e.clientY + 16) + 'px';
});
document.getElementById('article').addEventListener('mouseleave', () => {
  tip.style.display = 'none';
});
"""


def _html_table(table: Table) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in table.rows
    )
    return f"<h2>{html.escape(table.title)}</h2><table><tr>{head}</tr>{body}</table>"


def to_html(article: Article, title: str = "newsfacts") -> str:
    """A standalone HTML page: highlighted article, hover details, legend and tables.

    The page needs no network: styles and the small hover script are inline.
    """
    items = highlights(article)
    css = _CSS + "".join(
        f"mark.nf-{name} {{ background: {kind.colour}; }}\n"
        for name, kind in KINDS.items()
        if kind.colour
    )
    legend = "".join(
        f'<span class="nf nf-{kind}" data-kind="{kind}"'
        f' style="{_legend_style(kind)}">{html.escape(KINDS[kind].label)}</span>'
        for kind in _present(items)
    )
    records = json.dumps(article.model_dump(mode="json"), ensure_ascii=False)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{css}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f'<div class="legend">{legend}</div>'
        f'<div id="article">{_nested(article.text, items)}</div>'
        + "".join(_html_table(t) for t in tables(article))
        + '<div id="nf-tip"></div>'
        + f'<script type="application/json" id="nf-records">{_script_safe(records)}</script>'
        + f"<script>{_JS}</script></body></html>\n"
    )


def _legend_style(kind: str) -> str:
    colour = KINDS[kind].colour
    return f"background: {colour}" if colour else "border-bottom: 2px dotted #555"


def _script_safe(data: str) -> str:
    """JSON that cannot close its ``<script>`` element early (``<`` as a JSON escape)."""
    return data.replace("<", "\\u003c")
