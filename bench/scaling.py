"""Is extraction linear in the input's length? (issue 9)

For real news (Reuters texts concatenated) and for each pathological kind of input, times
`newsfacts.extract` (CPU time, best of up to 50 runs) at 10 KB, 100 KB, 1 MB and 5 MB (and
at a tenth of each) and prints time(n)/time(n/10): a linear extractor gives about 10, the
target is <= 12 for every row (when t(n/10) is under 0.05 s the ratio is too noisy to judge
and is marked).
Writes bench/results/scaling.md.

Usage: python bench/scaling.py [--sizes 10000,100000,1000000,5000000] [--kinds 'news,open parens']
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from itertools import cycle
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578" / "articles.jsonl"
OUT = Path(__file__).parent / "results" / "scaling.md"


def _news(n: int) -> str:
    parts: list[str] = []
    size = 0
    with REUTERS.open(encoding="utf-8") as f:
        for line in cycle(f.readlines()):
            text = json.loads(line)["wire_text"]
            parts.append(text)
            size += len(text) + 2
            if size >= n:
                break
    return "\n\n".join(parts)[:n]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


KINDS: dict[str, Callable[[int], str]] = {
    "news": _news,
    "capitalized words": _repeat("Alpha Beta Gamma Delta Organization Ministry "),
    "digits with separators": _repeat("1,234,567.89 "),
    "digits without spaces": _repeat("1,234,"),
    "punctuation": _repeat(".,;:!?-()/"),
    "quotes": _repeat("\"\u201c\u201d'"),
    "spaces": _repeat(" "),
    "open parens": _repeat("((("),
    "dateline-like prefixes": _repeat("GENEVA. KAZINFORM - LONDON, Nov 24 (Reuters) - "),
    "single line of words": _repeat("the minister said about 3,000 standards were adopted "),
    "short lines": _repeat("ab\n"),
    "runs of one letter": _repeat("5 to " + "s" * 40 + " " + "\u017f" * 20 + " "),
    # no newline and no anchor: the header-date check once read the whole first line per date
    "dates on one line": _repeat(" The deal closed on March 3, 1987 and was signed."),
}


def timed(text: str) -> float:
    """Best CPU time of up to 50 runs, stopping once 2 s were spent (big inputs run once).

    CPU time and the best of several runs keep other processes on a shared machine from
    showing up as non-linearity in the small sizes, whose times divide the ratios.
    """
    best, spent, runs = float("inf"), 0.0, 0
    while runs < 50 and spent < 2.0:
        start = time.process_time()
        newsfacts.extract(text)
        took = time.process_time() - start
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000,5000000")
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    measured = sorted(set(sizes) | {n // 10 for n in sizes})
    newsfacts.extract("warm up: LONDON, Nov 24 (Reuters) - about 3 pct on Tuesday.")
    header = "| input | " + " | ".join(f"{n // 1000:,} KB" for n in sizes)
    header += " | " + " | ".join(f"t({n // 1000:,} KB) / t({n // 10000:,} KB)" for n in sizes[1:])
    lines = [header + " |", "|---" * (2 * len(sizes)) + "|"]
    worst = 0.0
    for kind in args.kinds.split(","):
        seconds = {n: timed(KINDS[kind](n)) for n in measured}
        ratios = []
        for n in sizes[1:]:
            small = seconds[n // 10]
            r = seconds[n] / small if small > 0 else float("inf")
            noisy = small < 0.05
            if not noisy:
                worst = max(worst, r)
            ratios.append(f"{r:.1f}" + (" (noisy)" if noisy else ""))
        row = (
            f"| {kind} | "
            + " | ".join(f"{seconds[n]:.3f} s" for n in sizes)
            + " | "
            + " | ".join(ratios)
            + " |"
        )
        print(row, flush=True)
        lines.append(row)
    lines.append("")
    lines.append(f"Worst ratio over non-noisy sizes: {worst:.1f} (target <= 12).")
    table = "\n".join(lines)
    print(table)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
