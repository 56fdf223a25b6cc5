"""Time expressions scored TempEval-3 style (Task A) on TBAQ (TimeBank + AQUAINT).

Each document's `dct` is passed as `published`. Strict: same span; relaxed: overlapping
spans (one-to-one, greedy in text order); type accuracy over relaxed matches; value F1:
relaxed matches whose value equals the gold value. The duplicate document named in the
corpus' SOURCE.md is dropped.

Usage: python eval/time.py [--corpus PATH] [--limit N]
Prints the table and writes eval/results/time.md with per-type figures and every miss and
false positive.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import newsfacts

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "tbaq" / "tbaq.jsonl"
OUT = HERE / "results" / "time.md"
DUPLICATE = "APW20000115.0209"  # same text as APW20000107.0088 (see SOURCE.md)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[dict[str, Any]]) -> dict[str, Any]:
    n_sys = n_gold = strict = relaxed = typed = valued = 0
    per_type: dict[str, Counter[str]] = {}
    misses: list[str] = []
    false_pos: list[str] = []
    wrong_values: list[str] = []
    for doc in docs:
        found = newsfacts.find_times(doc["text"], anchor=doc["dct"])
        gold = sorted(doc["timexes"], key=lambda t: t["start"])
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
                    f"{doc['id']}: `{t.span.text}` {t.value} (gold `{g['text']}` {g['value']})"
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


def table(s: dict[str, Any]) -> str:
    rows = [
        f"TBAQ: {s['docs']} documents, {s['gold']} gold expressions, {s['system']} found.",
        "",
        "| measure | precision | recall | F1 | target |",
        "|---|---|---|---|---|",
    ]
    for key, target in (("strict", ">= 0.82"), ("relaxed", ">= 0.90"), ("value", ">= 0.80")):
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
    return "\n".join(rows) + "\n"


def listing(title: str, items: list[str]) -> str:
    return f"\n## {title} ({len(items)})\n\n" + "".join(f"- {i}\n" for i in items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as f:
        docs = [d for d in map(json.loads, f) if d["id"] != DUPLICATE]
    if args.limit:
        docs = docs[: args.limit]
    s = score(docs)
    result = table(s)
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
