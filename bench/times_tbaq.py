"""Time to find and normalize the time expressions of the 256 TBAQ documents, one core.

Two figures, best of several runs after a warm-up (resources compiled once per process),
in CPU seconds of this process (``time.process_time``, so other load on the machine
inflates them less than wall time):
the times stage alone (``times.extract`` on a fresh Document, its sentence split
included) and ``newsfacts.find_times`` (the pipeline up to the times stage); and the stage
on the reference article (``fixtures/kazinform-iso.txt``), per call.

Usage: python bench/times_tbaq.py [--runs N] [--corpus PATH]
Prints a table and writes bench/results/times_tbaq.md.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import newsfacts
from newsfacts import times
from newsfacts.document import Document
from newsfacts.pipeline import coerce_published

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "tbaq" / "tbaq.jsonl"
REFERENCE = HERE.parent / "fixtures" / "kazinform-iso.txt"
OUT = HERE / "results" / "times_tbaq.md"


def best(run: Callable[[], object], runs: int) -> float:
    run()  # warm-up: loads and compiles the resources
    timings = []
    for _ in range(runs):
        t = time.process_time()
        run()
        timings.append(time.process_time() - t)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as f:
        docs = [(d["text"], d["dct"]) for d in map(json.loads, f)]
    chars = sum(len(t) for t, _ in docs)

    def stage() -> None:
        for text, dct in docs:
            times.extract(Document(text, coerce_published(dct)))

    def api() -> None:
        for text, dct in docs:
            newsfacts.find_times(text, anchor=dct)

    reference = REFERENCE.read_text(encoding="utf-8")
    anchor = coerce_published("2023-06-15")

    def one() -> None:
        for _ in range(100):
            times.extract(Document(reference, anchor))

    rows = [("times stage (times.extract)", best(stage, args.runs))]
    rows.append(("newsfacts.find_times", best(api, args.runs)))
    per_call = best(one, args.runs) / 100
    table = (
        f"TBAQ: {len(docs)} documents, {chars / 1e6:.2f} MB of text; best of {args.runs} runs.\n\n"
        "| measure | CPU seconds | MB/s | target |\n|---|---|---|---|\n"
        + "".join(
            f"| {name} | {secs:.3f} | {chars / 1e6 / secs:.2f} | < 2 s |\n" for name, secs in rows
        )
        + f"| times stage, reference article ({len(reference):,} chars), per call "
        f"| {per_call * 1000:.2f} ms | {len(reference) / 1e6 / per_call:.2f} | < 2 ms |\n"
    )
    print(table)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# Time expressions on TBAQ: speed\n\n" + table, encoding="utf-8")


if __name__ == "__main__":
    main()
