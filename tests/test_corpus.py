"""The corpus is the specification: every case of ``tests/corpus/<family>.toml`` runs here.

A corpus file holds an optional file-wide ``published`` date and two tables of arrays:

* ``[[case]]``: ``text``, ``expect`` (a list of partial facts; each must match a distinct
  fact found), optional ``published``, ``only = true`` (no other facts allowed),
  ``xfail = "reason"`` (a known failure, strict: a fix makes the test fail until removed).
* ``[[negative]]``: ``text`` that must produce no fact of the family (``xfail`` allowed).

Matching is partial: only the keys written are compared; a span compares to a string by its
text; a list matches when each expected item matches a distinct actual item.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any

import pytest
from corpus_views import VIEWS

CORPUS = Path(__file__).parent / "corpus"


def matches(expected: Any, actual: Any) -> bool:
    """Partial, recursive comparison of an expected value with what was found."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and matches(v, actual[k]) for k, v in expected.items()
        )
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return False
        free = list(actual)
        for item in expected:
            hit = next((a for a in free if matches(item, a)), None)
            if hit is None:
                return False
            free.remove(hit)
        return True
    if isinstance(expected, str) and isinstance(actual, dict) and "text" in actual:
        return bool(expected == actual["text"])
    if isinstance(expected, float | int) and isinstance(actual, float | int):
        if isinstance(expected, bool) or isinstance(actual, bool):
            return expected == actual
        return math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-9)
    return bool(expected == actual)


def _params() -> list[Any]:
    params = []
    for path in sorted(CORPUS.glob("*.toml")):
        family = path.stem
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        default = data.get("published")
        for kind in ("case", "negative"):
            for i, case in enumerate(data.get(kind, []), 1):
                marks = (
                    [pytest.mark.xfail(reason=case["xfail"], strict=True)]
                    if "xfail" in case
                    else []
                )
                label = case.get("id") or case["text"][:40].replace("\n", " ")
                params.append(
                    pytest.param(
                        family,
                        kind,
                        case,
                        case.get("published", default),
                        id=f"{family}-{kind}{i}-{label}",
                        marks=marks,
                    )
                )
    return params


@pytest.mark.parametrize(("family", "kind", "case", "published"), _params())
def test_corpus(family: str, kind: str, case: dict[str, Any], published: str | None) -> None:
    found = VIEWS[family](case["text"], published)
    if kind == "negative":
        assert found == [], f"expected no {family}, found {found}"
        return
    for exp in case["expect"]:
        assert any(matches(exp, f) for f in found), f"missing {exp}\nfound: {found}"
    assert matches(case["expect"], found), f"expected facts overlap\nfound: {found}"
    if case.get("only"):
        assert len(found) == len(case["expect"]), f"unexpected extra facts: {found}"


def test_every_family_has_a_view() -> None:
    assert {p.stem for p in CORPUS.glob("*.toml")} <= set(VIEWS)
