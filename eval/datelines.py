"""Dateline accuracy on Reuters-21578, coverage on wire samples, false datelines elsewhere.

Reuters: extract from ``wire_text`` with ``published``; city accuracy compares our
``location`` with the gold city (case-insensitive, either as printed or canonicalised by
the gazetteer); date accuracy counts articles whose gold date text is readable; span
accuracy compares our dateline span with the gold ``dateline_raw``. Gold datelines that are
table rows (no capital letter word before the comma) are counted apart.
Run: ``python eval/datelines.py`` (writes ``eval/results/datelines.md``).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

from newsfacts import gazetteer, parse_dateline

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
OUT = ROOT / "eval" / "results" / "datelines.md"
FULL_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
GOLD_DATE = re.compile(r"^([A-Za-z]{3,9})\.?\s*(\d{1,2})$")
PLACE_LIKE = re.compile(r"^[A-Z][A-Za-z.'\- ]+$")


def _rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


def _gold_date(text: str | None, published: dt.date) -> dt.date | None:
    """The gold dateline date when its text is a readable `Month day`."""
    m = GOLD_DATE.match(text or "")
    word = m.group(1).lower() if m else ""
    month = next((i for i, name in enumerate(FULL_MONTHS, 1) if name.startswith(word)), None)
    if m is None or month is None:
        return None
    try:
        return dt.date(published.year, month, int(m.group(2)))
    except ValueError:
        return None


def reuters(lines: list[str]) -> None:
    rows = _rows(CORPORA / "reuters21578" / "articles.jsonl")
    n = len(rows)
    city_ok = city_total = date_ok = date_total = span_ok = table_rows = 0
    errors: dict[str, list[str]] = collections.defaultdict(list)
    span_misses: collections.Counter[str] = collections.Counter()
    for r in rows:
        published = dt.datetime.fromisoformat(str(r["published"]))
        text = str(r["wire_text"])
        d = parse_dateline(text, published)
        gold_city = str(r["city"]).strip()
        gold_raw = str(r["dateline_raw"])
        if d is not None and d.span.text == gold_raw:
            span_ok += 1
        elif r["dateline_spillover"]:
            span_misses["gold has story text in it (spillover)"] += 1
        else:
            span_misses["no dateline" if d is None else "other span"] += 1
        if not PLACE_LIKE.match(gold_city):
            table_rows += 1
            continue
        city_total += 1
        # The gold city canonicalised as printed, alone and with the gold's state or country.
        parts = [p.strip() for p in gold_raw.split(",")]
        canon = [gazetteer.find_city(gold_city, *parts[1:2]), gazetteer.find_city(gold_city)]
        wanted = {_fold(gold_city)} | {_fold(c.name) for c in canon if c}
        if d is not None and d.location and _fold(d.location) in wanted:
            city_ok += 1
        else:
            kind = "no dateline" if d is None else "wrong city"
            got = d.location if d else None
            errors[kind].append(f"`{gold_raw[:60]}` -> {got!r}")
        gold_date = _gold_date(r.get("dateline_date"), published.date())  # type: ignore[arg-type]
        if gold_date is not None:
            date_total += 1
            if d is not None and d.date == gold_date:
                date_ok += 1
            else:
                got_date = d.date if d else None
                errors["wrong date"].append(f"`{gold_raw[:60]}` -> {got_date}")
    lines += [
        "## Reuters-21578 datelines (1987)",
        "",
        f"{n:,} articles; {table_rows} gold datelines are table rows, not places "
        "(excluded from city and date accuracy).",
        "",
        "| measure | correct | total | accuracy | target |",
        "|---|---:|---:|---:|---:|",
        f"| city | {city_ok:,} | {city_total:,} | {100 * city_ok / city_total:.2f}% | 99.5% |",
        f"| date (readable gold) | {date_ok:,} | {date_total:,} | "
        f"{100 * date_ok / date_total:.2f}% | 99.5% |",
        f"| span exact (all articles) | {span_ok:,} | {n:,} | {100 * span_ok / n:.2f}% | |",
        "",
        "Span misses: " + ", ".join(f"{k} {v}" for k, v in sorted(span_misses.items())) + ".",
        "",
        "Errors by kind (up to 15 examples each):",
        "",
    ]
    for kind, items in sorted(errors.items()):
        lines.append(f"- {kind}: {len(items)}")
        lines += [f"  - {e}" for e in items[:15]]
    lines.append("")


def wire_samples(lines: list[str]) -> None:
    rows = _rows(CORPORA / "wire_samples" / "wire_samples.jsonl")
    by_origin: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    agencies: collections.Counter[str] = collections.Counter()
    for r in rows:
        origin = str(r["origin"]).split(" (")[0]
        d = parse_dateline(str(r["text"]), r.get("date"))  # type: ignore[arg-type]
        c = by_origin[origin]
        c["texts"] += 1
        c["dateline"] += d is not None
        c["place"] += bool(d and d.location)
        c["agency"] += bool(d and d.agency)
        if d and d.agency:
            agencies[d.agency] += 1
    lines += [
        "## Wire samples (no gold): how many texts get a dateline",
        "",
        "| origin | texts | dateline | with place | with agency |",
        "|---|---:|---:|---:|---:|",
    ]
    for origin, c in sorted(by_origin.items()):
        lines.append(
            f"| {origin} | {c['texts']:,} | {c['dateline']:,} | {c['place']:,} | {c['agency']:,} |"
        )
    lines += ["", "Agencies found: " + ", ".join(f"{a} {k}" for a, k in agencies.most_common()), ""]


def false_datelines(lines: list[str]) -> None:
    lines += [
        "## TBAQ and MEANTIME: datelines found (for a person to judge)",
        "",
        "Neither corpus is wire datelines; every dateline found is listed below.",
        "",
    ]
    for name, path in (
        ("tbaq", CORPORA / "tbaq" / "tbaq.jsonl"),
        ("meantime", CORPORA / "meantime" / "meantime_en_dev.jsonl"),
    ):
        rows = _rows(path)
        found = [(r["id"], parse_dateline(str(r["text"]), None)) for r in rows]
        hits = [(i, d) for i, d in found if d is not None]
        lines.append(f"- {name}: {len(hits)} datelines in {len(rows)} texts")
        lines += [f"  - {i}: `{d.span.text}`" for i, d in hits]
    lines.append("")


def main() -> int:
    lines = ["# Datelines", ""]
    reuters(lines)
    wire_samples(lines)
    false_datelines(lines)
    report = "\n".join(lines)
    print(report)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
