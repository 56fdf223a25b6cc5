"""Quantities against the MEANTIME `values` (QUANTITY, MONEY, PERCENT), English dev half.

Scored on the fully annotated region of each article (SOURCE.md): it ends at the end of the
last token sentence that holds an entity mention with a syntactic type, a value or a time
expression, and never before sentence 5; predictions are counted when they start there.

* strict: a prediction is right when a gold value has exactly its span, and a gold value is
  found when a prediction has exactly its span;
* overlap: the same with "shares at least one character".

Gold spans overlap each other in a few places (`20`, `25 percent` and `20 to 25 percent` are
all annotated), so precision and recall are counted on each side separately rather than by a
one-to-one alignment. Kind accuracy: over strict matches, QUANTITY = count or measure,
MONEY = money, PERCENT = percent.

Usage: python eval/quantities.py [path/to/meantime_en_dev.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "meantime" / "meantime_en_dev.jsonl"
OUT = ROOT / "eval" / "results" / "quantities.md"
KINDS = {"QUANTITY": {"count", "measure"}, "MONEY": {"money"}, "PERCENT": {"percent"}}

Span = tuple[int, int]


def region_end(doc: dict) -> int:
    """End offset of the fully annotated region of one MEANTIME article."""
    tokens = doc["tokens"]

    def sentence(offset: int) -> int:
        for t in tokens:
            if t["start"] <= offset < t["end"]:
                return int(t["sentence"])
        return 0

    marked = [e["start"] for e in doc["entities"] if e.get("syntactic_type")]
    marked += [v["start"] for v in doc["values"]] + [t["start"] for t in doc["timexes"]]
    last = max([5, *(sentence(o) for o in marked if o is not None)])
    return max(t["end"] for t in tokens if t["sentence"] <= last)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    n_gold = n_pred = 0
    strict_p = strict_r = over_p = over_r = kind_ok = kind_n = 0
    misses: list[str] = []
    false_pos: list[str] = []
    for doc in docs:
        text, end = doc["text"], region_end(doc)
        gold = [
            (v["start"], v["end"], v["type"])
            for v in doc["values"]
            if v["start"] is not None and v["start"] < end
        ]
        found = [q for q in newsfacts.find_quantities(text) if q.span.start < end]
        pred = [(q.span.start, q.span.end, q.kind) for q in found]
        n_gold += len(gold)
        n_pred += len(pred)
        for s, e, kind in pred:
            exact = [g for g in gold if (g[0], g[1]) == (s, e)]
            strict_p += bool(exact)
            hit = any(g[0] < e and s < g[1] for g in gold)
            over_p += hit
            if exact:
                kind_n += 1
                kind_ok += kind in KINDS[exact[0][2]]
            if not hit:
                false_pos.append(f"{doc['doc_name']}: `{text[s:e]}` ({kind})")
        for s, e, kind in gold:
            strict_r += any((p[0], p[1]) == (s, e) for p in pred)
            hit = any(p[0] < e and s < p[1] for p in pred)
            over_r += hit
            if not hit:
                ctx = text[max(0, s - 30) : e + 30].replace("\n", " ")
                misses.append(f"{doc['doc_name']}: `{text[s:e]}` ({kind}) … {ctx} …")
    sp, sr = strict_p / n_pred, strict_r / n_gold
    op, orr = over_p / n_pred, over_r / n_gold
    lines = [
        "# Quantities on MEANTIME (English dev, values, fully annotated region)",
        "",
        f"{len(docs)} articles, {n_gold} gold values, {n_pred} quantities found.",
        "",
        "| match | precision | recall | F1 | target |",
        "|---|---|---|---|---|",
        f"| overlap | {op:.3f} | {orr:.3f} | **{f1(op, orr):.3f}** | >= 0.90 |",
        f"| strict | {sp:.3f} | {sr:.3f} | **{f1(sp, sr):.3f}** | >= 0.75 |",
        "",
        f"Kind accuracy on strict matches: {kind_ok}/{kind_n} = {kind_ok / max(kind_n, 1):.3f}.",
        "Reference (SOURCE.md): spaCy en_core_web_sm 3.8, overlap 0.874, strict 0.641.",
        "",
        f"## Misses ({len(misses)})",
        "",
        *[f"- {m}" for m in misses],
        "",
        f"## False positives ({len(false_pos)})",
        "",
        *[f"- {m}" for m in false_pos],
        "",
    ]
    table = "\n".join(lines)
    print("\n".join(lines[:12]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
