"""Events on MEANTIME (English dev half), scored on each article's fully annotated region.

* trigger precision: our event span overlaps a gold event mention;
* agent / patient accuracy, for matched events where we give the role and gold has it:
  our agent overlaps the gold ``Arg0`` mention, our patient (or topic, destination,
  counterpart) overlaps an ``Arg1`` mention;
* recall over gold event mentions whose text our trigger lexicon matches;
* time accuracy where a gold TLINK ties the matched event to a dated time expression
  (our start falls in the gold value's period); place accuracy where gold has an
  ``Argm-LOC`` (our location overlaps its text).

The region (see the corpus SOURCE.md) ends with the last token sentence that holds an
entity mention with a syntactic type, a value or a time expression, never before sentence 5.
Run: ``python eval/events.py`` (writes ``eval/results/events.md``).
"""

from __future__ import annotations

import bisect
import collections
import json
import time
from pathlib import Path
from typing import Any

import regex

import newsfacts
from newsfacts.events import trigger_at

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "meantime" / "meantime_en_dev.jsonl"
OUT = ROOT / "eval" / "results" / "events.md"
PATIENT_ROLES = {"patient", "topic", "destination", "counterpart"}
TEMPORAL = {"IS_INCLUDED", "INCLUDES", "SIMULTANEOUS", "DURING", "BEGINS", "ENDS"}


def region_end(doc: dict[str, Any]) -> int:
    """End offset of the fully annotated region."""
    starts = [t["start"] for t in doc["tokens"]]

    def sentence(offset: int) -> int:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return int(doc["tokens"][i]["sentence"])

    marked = [e["start"] for e in doc["entities"] if e.get("syntactic_type")]
    marked += [v["start"] for v in doc["values"]] + [t["start"] for t in doc["timexes"]]
    last = max([5, *(sentence(o) for o in marked if o is not None)])
    return max(t["end"] for t in doc["tokens"] if t["sentence"] <= last)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    docs = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    c: collections.Counter[str] = collections.Counter()
    errors: dict[str, list[str]] = collections.defaultdict(list)
    types: collections.Counter[str] = collections.Counter()
    started = time.perf_counter()
    for doc in docs:
        text = doc["text"]
        end = region_end(doc)
        gold = [e for e in doc["events"] if e.get("class") and e["end"] <= end]
        mentions = {e["m_id"]: e for e in doc["entities"]}
        timexes = {t["m_id"]: t for t in doc["timexes"]}
        links: dict[str, list[str]] = collections.defaultdict(list)
        for link in doc["tlinks"]:
            if link["reltype"] in TEMPORAL:
                links[link["source"]].append(link["target"])
                links[link["target"]].append(link["source"])
        dct = doc["dct"]
        if regex.fullmatch(r"\d\d-\d\d-\d{4}", dct):  # one article has day-month-year
            dct = f"{dct[6:]}-{dct[3:5]}-{dct[:2]}"
        article = newsfacts.extract(text, published=dct)
        ours = [e for e in article.events if e.span.end <= end]
        for g in gold:
            hit = trigger_at(g["text"], 0)
            if hit is not None and hit[0] == len(g["text"]):
                c["lexicon_gold"] += 1
                if any(overlaps((e.span.start, e.span.end), (g["start"], g["end"])) for e in ours):
                    c["lexicon_found"] += 1
                else:
                    errors["missed"].append(f"`{g['text']}` in {doc['id']}")
        for e in ours:
            span = (e.span.start, e.span.end)
            match = next((g for g in gold if overlaps(span, (g["start"], g["end"]))), None)
            c["ours"] += 1
            types[e.type] += 1
            if match is None:
                errors["false trigger"].append(f"`{e.span.text}` ({e.type}) in: {e.sentence.text}")
                continue
            c["matched"] += 1
            roles = collections.defaultdict(list)
            for p in match["participants"]:
                m = mentions.get(p["m_id"])
                if m is not None:
                    roles[p["role"]].append((m["start"], m["end"], m["text"]))
            for ours_roles, gold_role, key in (
                ({"agent"}, "Arg0", "agent"),
                (PATIENT_ROLES, "Arg1", "patient"),
            ):
                arg = next((a for a in e.arguments if a.role in ours_roles and a.span), None)
                if arg is None or arg.span is None or not roles[gold_role]:
                    continue
                c[f"{key}_total"] += 1
                if any(overlaps((arg.span.start, arg.span.end), g[:2]) for g in roles[gold_role]):
                    c[f"{key}_ok"] += 1
                else:
                    gold_text = " / ".join(g[2] for g in roles[gold_role])
                    errors[f"{key}"].append(
                        f"`{e.span.text}`: ours `{arg.text}`, gold `{gold_text}`"
                    )
            values = [timexes[t]["value"] for t in links[match["m_id"]] if t in timexes]
            dated = [v for v in values if regex.match(r"\d{4}", v)]
            if dated and e.start is not None:
                c["time_total"] += 1
                if any(
                    e.start.isoformat().startswith(v[:10]) or e.start.isoformat()[: len(v)] == v
                    for v in dated
                ):
                    c["time_ok"] += 1
                else:
                    errors["time"].append(f"`{e.span.text}`: ours {e.start}, gold {dated}")
            if roles["Argm-LOC"] and e.location:
                c["place_total"] += 1
                loc = e.location.lower()
                if any(loc in g[2].lower() or g[2].lower() in loc for g in roles["Argm-LOC"]):
                    c["place_ok"] += 1
                else:
                    errors["place"].append(
                        f"`{e.span.text}`: ours {e.location}, gold {roles['Argm-LOC']}"
                    )
    elapsed = time.perf_counter() - started

    def ratio(a: str, b: str) -> str:
        return f"{c[a] / c[b]:.3f} ({c[a]}/{c[b]})" if c[b] else "n/a"

    lines = [
        "# Events on MEANTIME (English dev half, fully annotated region)",
        "",
        f"{len(docs)} articles, {elapsed:.1f} s with the whole pipeline; by `eval/events.py`.",
        "",
        "| measure | figure | target |",
        "|---|---|---|",
        f"| trigger precision | {ratio('matched', 'ours')} | >= 0.90 |",
        f"| agent accuracy | {ratio('agent_ok', 'agent_total')} | >= 0.80 |",
        f"| patient accuracy | {ratio('patient_ok', 'patient_total')} | |",
        f"| recall (gold mentions in our lexicon) | {ratio('lexicon_found', 'lexicon_gold')} | |",
        f"| time accuracy (gold TLINK to a dated timex) | {ratio('time_ok', 'time_total')} | |",
        f"| place accuracy (gold Argm-LOC) | {ratio('place_ok', 'place_total')} | |",
        "",
        "Event types found: " + ", ".join(f"{t} {n}" for t, n in types.most_common()),
        "",
    ]
    for key in ("false trigger", "agent", "patient", "time", "place", "missed"):
        lines += [f"## Errors: {key} ({len(errors[key])})", ""]
        lines += [f"- {x}" for x in errors[key][:40]] + [""]
    report = "\n".join(lines)
    print("\n".join(lines[:14]))
    OUT.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
