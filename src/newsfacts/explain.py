"""Why newsfacts found what it found: each fact's rule and the candidates that lost to it.

:func:`explain` runs the pipeline with tracing on, so each stage's ``doc.reject(...)``
calls are kept (:class:`~newsfacts.document.Rejected`, in normalized offsets), then pairs
every rejected candidate with the facts of the same family it overlaps. Candidates that
overlap no fact of their family are listed apart (``dropped``): something looked like a
fact there and a rule or filter turned it down.
"""

from __future__ import annotations

from pydantic import Field

from newsfacts.document import Document, Rejected
from newsfacts.model import Article, Record, Span
from newsfacts.pipeline import STAGES, PublishedLike, process

__all__ = ["Candidate", "Explanation", "FactExplanation", "explain", "format_explanation"]


class Candidate(Record):
    """A candidate a stage dropped: where, which rule proposed it, and why it lost."""

    family: str
    span: Span
    rule: str
    reason: str


class FactExplanation(Record):
    """One fact, the rule that produced it, and the candidates it won against."""

    family: str = Field(description="The stage that produced it (`participants`, `times` ...).")
    fact: str = Field(description="A short id: `D`, `P1`, `Q2`, `T1`, `E3`, `S1`, `A1`.")
    label: str = Field(description="What was found, in a few words.")
    spans: list[Span]
    rule: str
    rejected: list[Candidate] = Field(default_factory=list)


class Explanation(Record):
    """The facts of one article with their provenance, and the candidates no fact kept."""

    article: Article
    facts: list[FactExplanation]
    dropped: list[Candidate] = Field(default_factory=list)


_STAGE_NAMES = tuple(name for name, _ in STAGES)
# Other spellings a stage might use when it calls ``doc.reject`` (singular, plural, topic).
_FAMILY_ALIASES = {
    "time": "times",
    "quantity": "quantities",
    "participant": "participants",
    "person": "participants",
    "organization": "participants",
    "place": "participants",
    "sources": "source",
    "attribution": "source",
    "attributions": "source",
    "statement": "statements",
    "event": "events",
    "datelines": "dateline",
}


def _family(name: str) -> str:
    """The stage a ``Rejected.family`` (or a rule name's prefix) refers to."""
    key = name.split(".", 1)[0].strip().lower()
    return key if key in _STAGE_NAMES else _FAMILY_ALIASES.get(key, key)


def _facts(article: Article) -> list[FactExplanation]:
    facts: list[FactExplanation] = []
    d = article.dateline
    if d is not None:
        label = ", ".join(str(v) for v in (d.location, d.country, d.date, d.agency) if v)
        facts.append(
            FactExplanation(family="dateline", fact="D", label=label, spans=[d.span], rule=d.rule)
        )
    for p in article.participants:
        facts.append(
            FactExplanation(
                family="participants",
                fact=p.id,
                label=f"{p.kind} {p.name}",
                spans=list(p.mentions),
                rule=p.rule,
            )
        )
    for i, q in enumerate(article.quantities, 1):
        label = f"{q.kind} {q.qualifier} {q.value:g}" + (f" {q.unit}" if q.unit else "")
        facts.append(
            FactExplanation(
                family="quantities", fact=f"Q{i}", label=label, spans=[q.span], rule=q.rule
            )
        )
    for i, t in enumerate(article.times, 1):
        facts.append(
            FactExplanation(
                family="times",
                fact=f"T{i}",
                label=f"{t.type} {t.value}",
                spans=[t.span],
                rule=t.rule,
            )
        )
    for i, a in enumerate(article.source.attributions, 1):
        facts.append(
            FactExplanation(
                family="source",
                fact=f"A{i}",
                label=f"{a.cue} {a.source}",
                spans=[a.span],
                rule=a.rule,
            )
        )
    for i, s in enumerate(article.statements, 1):
        label = f"{s.speaker or '?'} {s.cue} ({'direct' if s.direct else 'reported'})"
        facts.append(
            FactExplanation(
                family="statements",
                fact=f"S{i}",
                label=label,
                spans=[s.span, s.content],
                rule=s.rule,
            )
        )
    for i, e in enumerate(article.events, 1):
        label = e.type + (f" {e.name}" if e.name else "")
        facts.append(
            FactExplanation(family="events", fact=f"E{i}", label=label, spans=[e.span], rule=e.rule)
        )
    return facts


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span.start < s.end and s.start < span.end for s in spans)


def _candidates(doc: Document) -> list[Candidate]:
    """The trace as public candidates, in text order, each once."""
    unique: dict[Rejected, None] = dict.fromkeys(doc.trace or [])
    out = []
    for r in unique:
        start, end = sorted(
            (max(0, min(r.start, len(doc.norm))), max(0, min(r.end, len(doc.norm))))
        )
        out.append(
            Candidate(
                family=_family(r.family), span=doc.span(start, end), rule=r.rule, reason=r.reason
            )
        )
    out.sort(key=lambda c: (c.span.start, c.span.end, c.family, c.rule))
    return out


def explain(text: str, published: PublishedLike = None) -> Explanation:
    """Every fact of ``text`` with the rule that produced it and the candidates that lost.

    Runs :func:`newsfacts.pipeline.process` with ``trace=True``; the facts are those
    :func:`newsfacts.extract` returns for the same arguments.
    """
    doc = process(text, published, trace=True)
    article = doc.article()
    facts = _facts(article)
    won: dict[int, list[Candidate]] = {}
    dropped: list[Candidate] = []
    for cand in _candidates(doc):
        rivals = [
            i
            for i, f in enumerate(facts)
            if f.family == cand.family and _overlaps(cand.span, f.spans)
        ]
        for i in rivals:
            won.setdefault(i, []).append(cand)
        if not rivals:
            dropped.append(cand)
    facts = [f.model_copy(update={"rejected": won.get(i, [])}) for i, f in enumerate(facts)]
    return Explanation(article=article, facts=facts, dropped=dropped)


def format_explanation(explanation: Explanation) -> str:
    """A plain-text report: one block per fact, then the candidates no fact kept."""
    lines: list[str] = []
    for f in explanation.facts:
        where = ", ".join(f"{s.text!r}@{s.start}" for s in f.spans[:3])
        if len(f.spans) > 3:
            where += f", ... ({len(f.spans)} spans)"
        lines.append(f"{f.fact:<4} {f.label}  [{f.rule or 'no rule recorded'}]  {where}")
        for c in f.rejected:
            lines.append(f"       beat {c.span.text!r}@{c.span.start} [{c.rule}]: {c.reason}")
    if explanation.dropped:
        lines.append("Dropped (no fact there):")
        for c in explanation.dropped:
            lines.append(f"  {c.family:<12} {c.span.text!r}@{c.span.start} [{c.rule}]: {c.reason}")
    if not lines:
        lines.append("No facts and no rejected candidates.")
    return "\n".join(lines) + "\n"
