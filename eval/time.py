"""Time expressions scored TempEval-3 style (Task A) on TBAQ, per subset, and on MEANTIME.

TBAQ (TimeBank + AQUAINT): each document's `dct` is passed as `published`. Strict: same
span; relaxed: overlapping spans (one-to-one, greedy in text order); type accuracy over
relaxed matches; value F1: relaxed matches whose value equals the gold value. The
duplicate document named in the corpus' SOURCE.md is dropped. The two subsets are also
scored apart: a rule that helps one and hurts the other is suspect.

MEANTIME (English dev half, DATE/TIME/DURATION/SET) is a held-out check, never tuned on:
scored the same way on each article's fully annotated region (`region_end`, shared with
eval/quantities.py); gold timexes without a span (implicit ones) are left out.

Usage: python eval/time.py [--corpus PATH] [--meantime PATH] [--limit N]
Prints the table and writes eval/results/time.md with per-type figures and every TBAQ
miss, false positive and wrong value.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from quantities import CORPUS as MEANTIME
from quantities import f1, region_end

import newsfacts

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "tbaq" / "tbaq.jsonl"
OUT = HERE / "results" / "time.md"
DUPLICATE = "APW20000115.0209"  # same text as APW20000107.0088 (see SOURCE.md)
TARGETS = {"strict": ">= 0.82", "relaxed": ">= 0.90", "value": ">= 0.80"}


def score(docs: list[dict[str, Any]], region: bool = False) -> dict[str, Any]:
    """Counts and F1s over ``docs``; with ``region``, only each one's annotated region."""
    n_sys = n_gold = strict = relaxed = typed = valued = 0
    per_type: dict[str, Counter[str]] = {}
    misses: list[str] = []
    false_pos: list[str] = []
    wrong_values: list[str] = []
    for doc in docs:
        end = region_end(doc) if region else len(doc["text"])
        found = [
            t for t in newsfacts.find_times(doc["text"], anchor=doc["dct"]) if t.span.start < end
        ]
        gold = sorted(
            (t for t in doc["timexes"] if t["start"] is not None and t["start"] < end),
            key=lambda t: t["start"],
        )
        n_sys += len(found)
        n_gold += len(gold)
        used: set[int] = set()
        for g in gold:
            counts = per_type.setdefault(g["type"], Counter())
            counts["gold"] += 1
            hit = next(
                (
                    i
                    for i, t in enumerate(found)
                    if i not in used and t.span.start < g["end"] and g["start"] < t.span.end
                ),
                None,
            )
            if hit is None:
                misses.append(f"{doc['id']}: `{g['text']}` {g['type']} {g['value']}")
                continue
            t = found[hit]
            used.add(hit)
            relaxed += 1
            counts["relaxed"] += 1
            if (t.span.start, t.span.end) == (g["start"], g["end"]):
                strict += 1
                counts["strict"] += 1
            if t.type.upper() == g["type"]:
                typed += 1
                counts["type"] += 1
            if t.value == g["value"]:
                valued += 1
                counts["value"] += 1
            else:
                wrong_values.append(
                    f"{doc['id']}: `{t.span.text}` {t.value} ({t.rule}; "
                    f"gold `{g['text']}` {g['value']})"
                )
        for i, t in enumerate(found):
            if i not in used:
                false_pos.append(f"{doc['id']}: `{t.span.text}` {t.type} {t.value} ({t.rule})")

    def prf(k: int) -> tuple[float, float, float]:
        p, r = k / n_sys if n_sys else 0.0, k / n_gold if n_gold else 0.0
        return p, r, f1(p, r)

    return {
        "docs": len(docs),
        "gold": n_gold,
        "system": n_sys,
        "strict": prf(strict),
        "relaxed": prf(relaxed),
        "value": prf(valued),
        "type_accuracy": typed / relaxed if relaxed else 0.0,
        "per_type": per_type,
        "misses": misses,
        "false_positives": false_pos,
        "wrong_values": wrong_values,
    }


def table(s: dict[str, Any], parts: dict[str, dict[str, Any]]) -> str:
    rows = [
        f"TBAQ: {s['docs']} documents, {s['gold']} gold expressions, {s['system']} found.",
        "",
        "| measure | precision | recall | F1 | target |",
        "|---|---|---|---|---|",
    ]
    for key, target in TARGETS.items():
        p, r, f = s[key]
        rows.append(f"| {key} | {p:.3f} | {r:.3f} | {f:.3f} | {target} |")
    rows += [
        f"| type accuracy (relaxed matches) | | | {s['type_accuracy']:.3f} | |",
        "",
        "| gold type | gold | relaxed recall | strict recall | type acc. | value acc. |",
        "|---|---|---|---|---|---|",
    ]
    for name, c in sorted(s["per_type"].items()):
        rel = c["relaxed"] or 1
        rows.append(
            f"| {name} | {c['gold']} | {c['relaxed'] / c['gold']:.3f} | "
            f"{c['strict'] / c['gold']:.3f} | {c['type'] / rel:.3f} | {c['value'] / rel:.3f} |"
        )
    rows += [
        "",
        "Per subset, and MEANTIME as a held-out check (not tuned on; spaCy `en_core_web_sm`"
        " DATE/TIME spans there: strict 0.826, relaxed 0.913, no values):",
        "",
        "| set | docs | gold | found | strict F1 | relaxed F1 | value F1 | type acc. |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, p in parts.items():
        rows.append(
            f"| {name} | {p['docs']} | {p['gold']} | {p['system']} | {p['strict'][2]:.3f} | "
            f"{p['relaxed'][2]:.3f} | {p['value'][2]:.3f} | {p['type_accuracy']:.3f} |"
        )
    return "\n".join(rows) + "\n"


def listing(title: str, items: list[str]) -> str:
    return f"\n## {title} ({len(items)})\n\n" + "".join(f"- {i}\n" for i in items)


def read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        docs = [d for d in map(json.loads, f) if d["id"] != DUPLICATE]
    for d in docs:  # one MEANTIME article gives its date as day-month-year
        if d["dct"][2:3] == "-":
            d["dct"] = f"{d['dct'][6:]}-{d['dct'][3:5]}-{d['dct'][:2]}"
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--meantime", type=Path, default=MEANTIME)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    docs = read(args.corpus)
    meantime = read(args.meantime)
    if args.limit:
        docs, meantime = docs[: args.limit], meantime[: args.limit]
    s = score(docs)
    parts = {
        name: score([d for d in docs if d["subset"] == name]) for name in ("TimeBank", "AQUAINT")
    }
    parts["MEANTIME dev (held out)"] = score(meantime, region=True)
    result = table(s, parts)
    print(result)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        "# Time expressions on TBAQ (TempEval-3 Task A scoring)\n\n"
        "Produced by `python eval/time.py`.\n\n"
        + result
        + listing("Misses", s["misses"])
        + listing("False positives", s["false_positives"])
        + listing("Wrong values", s["wrong_values"]),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
