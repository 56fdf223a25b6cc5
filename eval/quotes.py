"""Direct quotes on Reuters-21578: are quotations found whole, marked direct, with a speaker?

Over the first ``LIMIT`` Reuters texts (field ``wire_text``: hard-wrapped lines, paragraphs
indented, straight ``"`` quotes), a simple pattern of this script, independent of the
library, finds structural direct-quote candidates: a quotation of at least ``MIN_WORDS``
words (no quotation mark and no paragraph break inside; line wraps allowed) with a speech
cue right after it (`"...," he said`, `"...," said X`, `"...?" X asked`) or right before it
(`X said: "..."`, `X told reporters, "..."`). A candidate is found when a statement with
``direct=True`` and a speaker has a content covering the whole quotation (every sentence of
it). A candidate may be a paragraph of a longer quote, so covering more is fine.

Precision: a random sample of ``SAMPLE`` direct statements (``SEED``), reviewed by hand;
``VERDICTS`` (document id, content's first words) -> "ok" or what is wrong (content not
whole, wrong speaker). A statement without a verdict is listed as unreviewed.

``BEFORE`` holds the figures of the code before session five's quote finder (commit 94fc7cf,
measured with this script on that package).

Usage: python eval/quotes.py  (prints the table, writes eval/results/quotes.md)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import newsfacts

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578" / "articles.jsonl"
OUT = ROOT / "eval" / "results" / "quotes.md"
LIMIT = 3000
MIN_WORDS = 4
SAMPLE = 40
SEED = 5

_CUES = (
    r"said|says|told|tells|added|adds|asked|asks|stated|declared|explained|noted|commented"
    r"|continued|warned|stressed|exclaimed|remarked|replied|wrote|insisted|argued"
)
# a quotation: opens before a word, closes after a word or punctuation, no `"` inside
_QUOTE = re.compile(r'(?<![\w,.])"(?=[\w$\'(])([^"]{3,1500}?)(?<=[\w,.!?\')%])"')
_PARAGRAPH = re.compile(r"\n\s*\n|\n[ \t]+")
_CUE_AFTER = re.compile(
    r"\s*(?:\w+(?:[ \t\n]+[\w.'-]+){0,5}?[ \t\n]+)?(?:" + _CUES + r")\b", re.IGNORECASE
)
_CUE_BEFORE = re.compile(r"\b(?:" + _CUES + r")\b(?:[ \t\n]+[\w.'-]+){0,3}?\s*[,:]\s*$")

# (document id, the content's first five words) -> "ok" or the error found; reviewed on
# session five's code: the content is the whole quotation and the speaker is the one
# written (a pronoun counts as written; its antecedent is not judged here)
VERDICTS: dict[tuple[str, str], str] = {
    ("1539", "We prefer to export to"): "ok",
    ("1999", "The annual report of the"): "ok",
    ("3019", "Talking will not stop the"): "ok (`it` as written: the EIU)",
    ("110", "It could find its true"): "ok",
    ("2701", "If you start taxing markets,"): "ok",
    ("1499", "I feel that unless we"): "ok",
    ("220", "Available evidence suggests that corporate"): "ok",
    ("898", "I don't foresee any new"): "ok",
    ("419", "I really think we have"): "ok",
    ("2108", "you always have to look"): "ok",
    ("2725", "The last thing they want"): "ok",
    ("1478", "The problem is convincing businessmen"): "ok",
    ("2168", "the majority of cases appear"): "ok (`concluded,` before the quote)",
    ("3090", "A certain optimism has appeared"): "ok",
    ("367", "I believe the Mac SE"): "ok",
    ("45", "This is totally by surprise"): "ok",
    ("1299", "The Soviets are not in"): "ok",
    ("2355", "Brazil would like to come"): "ok",
    ("1724", "The potential risk factors are"): "ok",
    ("1026", "This is a clear indication"): "ok",
    ("2247", "We favor shortening the disclosure"): "ok",
    ("903", "But I am looking at"): "ok",
    ("303", "Yield increases continue to be"): "ok",
    ("740", "Over the past five years"): "ok",
    ("2545", "The problems of one country"): "ok",
    ("660", "This unfortunate outcome demonstrates the"): "ok",
    ("717", "Many of our companies, including"): "ok",
    ("16", "I'd put it off as"): "ok",
    ("28", "We're falling by our own"): "ok",
    ("1270", "In my view, debt conversions"): "ok",
    ("1292", "Their product is simply deals,"): "ok",
    ("927", "It will be a good"): "ok (no space before the mark)",
    ("942", "I would not be surprised"): "ok",
    ("1776", "It looks like the price"): "ok",
    ("1864", "It is my contention that"): "ok",
    ("1212", "In Colombia's case, we watch"): "ok",
    ("3031", "We're taking this sentence very"): "ok",
    ("1252", "Creative financial footwork helped GE"): "ok",
    ("1208", "The company can earn 80"): "ok",
    ("2197", "The cabinet's policy is steady,"): "ok",
}

# figures of the code before this session's change (see the docstring)
BEFORE: dict[str, str] = {
    "statements": "9182",
    "direct": "88",
    "candidates": "944",
    "found whole": "70 (0.07)",
    "sample precision": "not drawn",
}


def candidates(text: str) -> list[tuple[int, int]]:
    """Quotation contents (without the marks) that look like direct speech."""
    found = []
    for m in _QUOTE.finditer(text):
        body = m.group(1)
        if len(body.split()) < MIN_WORDS or _PARAGRAPH.search(body):
            continue
        after = text[m.end() : m.end() + 60]
        before = text[max(0, m.start() - 60) : m.start()]
        said_after = body[-1] in ",?!" and _CUE_AFTER.match(after)
        if said_after or _CUE_BEFORE.search(before):
            found.append(m.span(1))
    return found


def _key(doc_id: str, content: str) -> tuple[str, str]:
    return doc_id, " ".join(content.split()[:5])


def main() -> None:
    docs: list[dict[str, Any]] = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            if len(docs) >= LIMIT:
                break
            docs.append(json.loads(line))
    total = found = statements = direct = 0
    misses: list[str] = []
    pool: list[tuple[str, newsfacts.Statement]] = []
    for d in docs:
        text = d["wire_text"]
        art = newsfacts.extract(text, d.get("published"))
        statements += len(art.statements)
        quoted = [s for s in art.statements if s.direct and s.speaker is not None]
        direct += sum(s.direct for s in art.statements)
        pool += [(str(d["id"]), s) for s in art.statements if s.direct]
        for start, end in candidates(text):
            total += 1
            body = text[start:end].rstrip(",.?! ")
            whole = any(
                s.content.start <= start + 1 and s.content.end >= start + len(body) - 1
                for s in quoted
            )
            found += whole
            if not whole and len(misses) < 25:
                misses.append(f"{d['id']}: `{' '.join(body.split())[:110]}`")
    rng = random.Random(SEED)
    picked = rng.sample(pool, min(SAMPLE, len(pool)))
    verdicts = [VERDICTS.get(_key(i, s.content.text)) for i, s in picked]
    ok = sum(v is not None and v.startswith("ok") for v in verdicts)
    reviewed = sum(v is not None for v in verdicts)
    now = {
        "statements": str(statements),
        "direct": str(direct),
        "candidates": str(total),
        "found whole": f"{found} ({found / max(total, 1):.2f})",
        "sample precision": f"{ok}/{reviewed}" if reviewed else "unreviewed",
    }
    rows = [
        f"# Direct quotes, first {LIMIT} Reuters-21578 texts",
        "",
        "| measure | before | now |",
        "|---|---|---|",
        *(f"| {k} | {BEFORE.get(k, '-')} | {v} |" for k, v in now.items()),
        "",
        f"Candidates: quotations of >= {MIN_WORDS} words next to a speech cue (the script's own "
        "pattern); found whole: a direct statement with a speaker covers the whole quotation.",
        "",
        "## Sample of direct statements",
        "",
        "| doc | speaker | content | verdict |",
        "|---|---|---|---|",
    ]
    for (doc_id, s), v in zip(picked, verdicts, strict=True):
        content = " ".join(s.content.text.split())
        short = content if len(content) <= 120 else content[:60] + " ... " + content[-50:]
        rows.append(f"| {doc_id} | {s.speaker} | {short} | {v or 'UNREVIEWED'} |")
    rows += ["", "## Candidates not found whole (first 25)", "", *(f"- {m}" for m in misses)]
    out = "\n".join(rows) + "\n"
    print(out)
    OUT.write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
