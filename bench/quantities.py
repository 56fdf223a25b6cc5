"""What the quantities stage costs: CPU time on the reference article and throughput on
Reuters-21578 wire texts, with the earlier stages (dateline, times) run beforehand and not
counted. Also checks that the stage stays linear: one 10x longer text costs about 10x.
Writes bench/results/quantities.md.

Usage: python bench/quantities.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsfacts import quantities
from newsfacts.pipeline import process

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "fixtures" / "kazinform-iso.txt"
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578" / "articles.jsonl"
OUT = Path(__file__).parent / "results" / "quantities.md"


def cpu(fn: object, repeat: int) -> float:
    """Median CPU seconds of `repeat` runs of fn() (CPU time: the machine is shared)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()  # type: ignore[operator]
        times.append(time.process_time() - start)
    return sorted(times)[len(times) // 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    ref = process(REFERENCE.read_text(encoding="utf-8"), until="times")
    quantities.extract(ref)  # load and compile the resources first
    ref_ms = cpu(lambda: [quantities.extract(ref) for _ in range(50)], 7) / 50 * 1000
    with REUTERS.open(encoding="utf-8") as f:
        texts = [
            json.loads(line)["wire_text"] for _, line in zip(range(args.articles), f, strict=False)
        ]
    docs = [process(t, until="times") for t in texts]
    size = sum(len(t) for t in texts)
    wire_s = cpu(lambda: [quantities.extract(d) for d in docs], 3)
    small = process("\n\n".join(texts[:100]), until="times")
    large = process("\n\n".join(texts[:1000]), until="times")
    ratio = cpu(lambda: quantities.extract(large), 3) / cpu(lambda: quantities.extract(small), 3)
    rows = [
        "# Quantities stage cost",
        "",
        "| measure | figure | target |",
        "|---|---|---|",
        f"| reference article ({len(ref.text):,} chars), CPU per call | {ref_ms:.2f} ms"
        " | well under 2 ms |",
        f"| Reuters, {len(texts):,} articles ({size / 1e6:.2f} MB) | {size / 1e6 / wire_s:.2f}"
        " MB/s per core | stage share of >= 0.5 MB/s for the pipeline |",
        f"| one text of 1,000 articles vs one of 100 | {ratio:.1f}x | about 10x (linear) |",
        "",
    ]
    print("\n".join(rows))
    OUT.write_text("\n".join(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
