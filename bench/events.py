"""Time of the statements and events stages: on the reference article and on long texts.

Earlier stages run once; then each of the two stages runs ``REPEAT`` times on the same
document and the median is reported, in CPU time of this process (``time.process_time``):
the machine's two cores are shared, and wall time counts the other jobs' share too. The
clause index the two stages share is rebuilt before each run (statements builds it), so no
per-document cache stays warm between runs. The
long texts (the reference article repeated 10 and 40 times) show whether the time grows
linearly with the length.
Run: ``python bench/events.py`` (writes ``bench/results/events.md``).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from newsfacts import events, statements
from newsfacts.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "events.md"
REFERENCE = ROOT / "fixtures" / "kazinform-iso.txt"
REPEAT = 21


def median_ms(text: str) -> tuple[float, float]:
    """Median milliseconds of the statements and the events stage on ``text``."""
    doc = process(text, "2023-06-15", until="source")
    doc.statements = statements.extract(doc)  # warm the caches
    events.extract(doc)
    st, ev = [], []
    for _ in range(REPEAT):
        doc.clauses = None  # built again by statements, as in a fresh extraction
        t0 = time.process_time()
        statements.extract(doc)
        t1 = time.process_time()
        events.extract(doc)
        t2 = time.process_time()
        st.append(t1 - t0)
        ev.append(t2 - t1)
    return statistics.median(st) * 1000, statistics.median(ev) * 1000


def main() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    rows = [
        "# Statements and events stages",
        "",
        f"Median of {REPEAT} runs after the earlier stages, CPU time of the process; by "
        "`bench/events.py`.",
        "",
        "| text | characters | statements | events | events per 100k chars |",
        "|---|---|---|---|---|",
    ]
    for label, times in (("reference article", 1), ("x10", 10), ("x40", 40)):
        body = "\n\n".join([text] * times)
        s_ms, e_ms = median_ms(body)
        per = e_ms / len(body) * 100_000
        rows.append(f"| {label} | {len(body):,} | {s_ms:.2f} ms | {e_ms:.2f} ms | {per:.1f} ms |")
    report = "\n".join(rows) + "\n"
    print(report)
    OUT.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
