"""A hand-checked sample of events and statements on 30 wire stories from 30 agencies.

The sample is fixed by rule: in ``wire_samples.jsonl`` file order, the first story of each
``agency_detected`` label among the long-form sources (TASS, TBAQ, agency feed fixtures,
fundus), then among the AG News summaries, 30 in all, each cut to its lead (the first
sentences, at most ``LEAD_CHARS`` characters). Every event newsfacts finds there was reviewed by hand;
the verdicts are the table ``VERDICTS`` below (story id, trigger text -> ok or what is
wrong). An event is fully right when its type, arguments, time and place are all right.
Statements were reviewed for a missing speaker where the text names one.
Run: ``python eval/wire_events_sample.py`` (writes ``eval/results/wire_events_sample.md``);
an event without a verdict is listed as unreviewed, so a change in output shows up.
"""

from __future__ import annotations

import json
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "wire_samples" / "wire_samples.jsonl"
OUT = ROOT / "eval" / "results" / "wire_events_sample.md"
STORIES = 30
LEAD_CHARS = 1200

# (story id, trigger text) -> "ok" or the error found by hand.
VERDICTS: dict[tuple[str, str], str] = {}

# Statements reviewed: (story id, cue) -> "ok" or the error found by hand.
STATEMENT_VERDICTS: dict[tuple[str, str], str] = {}

# Statements the text makes that newsfacts missed, found by reading each lead.
MISSED_STATEMENTS: dict[str, str] = {}


def sample() -> list[dict[str, str]]:
    """One story per agency and source: first the long-form sources (TASS, TBAQ, agency
    feed fixtures, fundus), then AG News summaries, in file order, 30 in all."""
    seen: set[tuple[bool, str]] = set()
    long_form: list[dict[str, str]] = []
    summaries: list[dict[str, str]] = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            agency = row.get("agency_detected")
            summary = row["origin"].startswith("AG News")
            if not agency or (summary, agency) in seen:
                continue
            seen.add((summary, agency))
            text = row["text"]
            if len(text) > LEAD_CHARS:
                cut = max(text.rfind(". ", 0, LEAD_CHARS), text.rfind("\n", 0, LEAD_CHARS))
                text = text[: cut + 1] if cut > 0 else text[:LEAD_CHARS]
            story = {"id": row["id"], "agency": agency, "text": text}
            (summaries if summary else long_form).append(story)
    return (long_form + summaries)[:STORIES]


def main() -> None:
    rows: list[str] = []
    ok = total = unreviewed = 0
    st_ok = st_total = 0
    for story in sample():
        article = newsfacts.extract(story["text"])
        names = {p.id: p.name for p in article.participants}
        rows.append(f"### {story['id']} ({story['agency']})\n")
        for e in article.events:
            args = ", ".join(
                f"{a.role}={names.get(a.participant_id or '', a.text or '')}" for a in e.arguments
            )
            verdict = VERDICTS.get((story["id"], e.span.text))
            if verdict is None:
                unreviewed += 1
                verdict = "UNREVIEWED"
            else:
                total += 1
                ok += verdict == "ok"
            when = f" {e.start}..{e.end}" if e.start else ""
            where = f" @{e.location}" if e.location else ""
            flags = (" negated" if e.negated else "") + (
                f" {e.modality}" if e.modality != "actual" else ""
            )
            rows.append(
                f"- event `{e.span.text}` {e.type}{flags} [{args}]{when}{where}: **{verdict}**"
            )
        for s in article.statements:
            verdict = STATEMENT_VERDICTS.get((story["id"], s.cue), "UNREVIEWED")
            st_total += 1
            st_ok += verdict == "ok"
            speaker = names.get(s.speaker_id or "", s.speaker or "NONE")
            rows.append(
                f"- statement {s.cue} by {speaker} ({'direct' if s.direct else 'reported'}): "
                f"`{s.content.text[:80]}`: **{verdict}**"
            )
        if story["id"] in MISSED_STATEMENTS:
            rows.append(f"- missed: {MISSED_STATEMENTS[story['id']]}")
        rows.append("")
    rate = f"{ok / total:.2f} ({ok}/{total})" if total else "n/a"
    head = [
        "# Hand-checked events and statements on 30 wire stories",
        "",
        "Produced by `eval/wire_events_sample.py`; verdicts by hand, listed in that script.",
        "",
        "| measure | figure | target |",
        "|---|---|---|",
        f"| events fully right (type, arguments, time, place) | {rate} | >= 0.85 |",
        f"| events not yet reviewed | {unreviewed} | 0 |",
        f"| statements right | {st_ok}/{st_total} | |",
        f"| statements the text attributes that were missed | {len(MISSED_STATEMENTS)} | |",
        "",
    ]
    print("\n".join(head))
    OUT.write_text("\n".join(head + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
