"""Cost of the participants stage, and how it grows with the length of the text.

CPU time (time.process_time, so that other processes on the machine count less), median of
repeated runs. Each run gets a fresh Document carrying the dateline found earlier, with
sentences and tokens computed (later stages compute them anyway), so only the stage itself
is timed. Usage: python bench/participants.py
Prints a table and writes bench/results/participants.md.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from newsfacts import participants
from newsfacts.document import Document
from newsfacts.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "participants.md"
REFERENCE = (ROOT / "fixtures" / "kazinform-iso.txt").read_text(encoding="utf-8")


def _median_ms(text: str, repeat: int) -> float:
    dateline = process(text, until="dateline").dateline
    participants.extract(process(text, until="dateline"))  # load the tables once

    def fresh() -> Document:
        doc = Document(text)
        doc.dateline = dateline
        _ = doc.sentences, doc.tokens
        return doc

    runs = []
    for _ in range(9):
        docs = [fresh() for _ in range(repeat)]
        start = time.process_time()
        for doc in docs:
            participants.extract(doc)
        runs.append((time.process_time() - start) / repeat * 1000)
    return statistics.median(runs)


def main() -> None:
    one = _median_ms(REFERENCE, 50)
    lines = [
        "# Participants stage cost",
        "",
        "| text | characters | median CPU ms | MB/s |",
        "|---|---:|---:|---:|",
    ]
    for copies in (1, 10, 50):
        text = "\n\n".join([REFERENCE] * copies)
        ms = one if copies == 1 else _median_ms(text, max(1, 50 // copies))
        lines.append(
            f"| reference article x{copies} | {len(text):,} | {ms:.2f} | "
            f"{len(text) / ms / 1000:.2f} |"
        )
    table = "\n".join(lines) + "\n"
    print(table)
    OUT.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
