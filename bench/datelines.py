"""Cost of the dateline and sources stages and of the gazetteer's first lookup.

Stage times are medians of CPU time (``time.process_time``, steadier than wall time on a
shared machine) over repeated runs on the reference article, each on a fresh Document
carrying the earlier stages' results (so only the stage itself is timed).
The first lookup (loading and indexing 34,000 GeoNames cities, pycountry and the TOML
tables) is timed in fresh interpreters. Usage: python bench/datelines.py
Prints a table and writes bench/results/datelines.md.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsfacts import dateline, sources
from newsfacts.document import Document
from newsfacts.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "datelines.md"
REFERENCE = (ROOT / "fixtures" / "kazinform-iso.txt").read_text(encoding="utf-8")


def _median_ms(prepare: Callable[[], Document], stage: Callable[[Document], object]) -> float:
    runs = []
    for _ in range(15):
        docs = [prepare() for _ in range(100)]
        start = time.process_time()
        for doc in docs:
            stage(doc)
        runs.append((time.process_time() - start) / len(docs) * 1000)
    return statistics.median(runs)


def _first_lookup() -> float:
    code = (
        "import newsfacts, time; from newsfacts import gazetteer as g; t=time.process_time();"
        " g.find_city('Geneva'); g.find_country('Kazakhstan'); g.find_region('Calif.');"
        " print(time.process_time()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout)


def main() -> None:
    done = process(REFERENCE, None)

    def fresh() -> Document:
        doc = Document(REFERENCE)
        doc.dateline, doc.participants = done.dateline, done.participants
        _ = doc.sentences  # computed by earlier stages in a real run
        return doc

    dateline_ms = _median_ms(lambda: Document(REFERENCE), dateline.extract)
    sources_ms = _median_ms(fresh, sources.extract)
    first = sorted(_first_lookup() for _ in range(5))
    table = (
        f"Reference article ({len(REFERENCE):,} characters).\n\n"
        "| measure | figure |\n|---|---|\n"
        f"| dateline stage, median CPU time | {dateline_ms:.3f} ms |\n"
        f"| sources stage, median CPU time | {sources_ms:.3f} ms |\n"
        f"| gazetteer first lookup (load + index), CPU, median of 5 |"
        f" {statistics.median(first):.2f} s |\n"
        f"| gazetteer first lookup, CPU, best of 5 | {first[0]:.2f} s |\n"
    )
    print(table)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
