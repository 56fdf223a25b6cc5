"""Property tests (issue 9): any text in, a valid, self-consistent, deterministic Article out.

Two generators: arbitrary Unicode (control characters and lone surrogates included) and
news-like text assembled from fragments (datelines, numbers, names, quotes, dates).
Example counts are bounded so CI stays fast; raise them locally with
``HYPOTHESIS_PROFILE=long``.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from test_spans import walk_spans

import newsfacts

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("long", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FRAGMENTS = [
    "GENEVA. KAZINFORM - ",
    "LONDON, Nov 24 (Reuters) - ",
    "WASHINGTON (AP) \u2014 ",
    "MOSCOW, November 24. /TASS/. ",
    "By John Smith\n",
    "Zhanar Aitzhan",
    "Secretary General Mujica",
    "the International Organization for Standardization (ISO)",
    "the Kazakh MFA",
    " said ",
    " noted that ",
    " held a meeting with ",
    " according to ",
    "about 3,000 national standards",
    "more than $1.5 billion",
    "15 pct",
    "10-15 tonnes",
    "from September 18 to 22, 2023",
    "on Tuesday",
    "last year",
    "2023",
    "G20",
    "\u201cWe agree,\u201d he said.",
    '"',
    "(((",
    ", ",
    ". ",
    "\n\n",
    "\r\n",
    "\u00a0",
    "Mr. ",
    "U.S. ",
    "in Brisbane (Australia)",
    "Kazakhstan",
    " to ",
    "ssssssssssss",  # runs of letters that fold to two (`ß`, `ſ`, `ﬀ`) once backtracked
    "\u017f\u017f\u017f\u00df",
    "ffff",
]

_SCHEMA = Draft202012Validator(newsfacts.Article.model_json_schema())

news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
any_text = st.text(max_size=300)  # (hypothesis draws no lone surrogates: see test_regressions)


def check(text: str) -> None:
    article = newsfacts.extract(text, published="2023-06-15")
    assert article.text == text
    for span in walk_spans(article):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    ids = {p.id for p in article.participants}
    refs = [a.participant_id for e in article.events for a in e.arguments]
    refs += [e.location_id for e in article.events] + [s.speaker_id for s in article.statements]
    refs += [p.organization_id for p in article.participants]
    refs += [a.participant_id for a in article.source.attributions]
    assert {r for r in refs if r is not None} <= ids
    if any("\ud800" <= c <= "\udfff" for c in text):
        # Lone surrogates cannot be UTF-8 (no file holds them); pydantic's JSON encoder refuses
        # them, the standard library escapes them.
        dumped = json.dumps(article.model_dump(mode="json"))
        assert newsfacts.Article.model_validate(json.loads(dumped)) == article
    else:
        dumped = article.model_dump_json()
        assert newsfacts.Article.model_validate_json(dumped) == article
    assert json.loads(dumped)["text"] == text
    _SCHEMA.validate(json.loads(dumped))
    again = newsfacts.extract(text, published="2023-06-15")
    assert again == article


@given(any_text)
def test_arbitrary_unicode(text: str) -> None:
    check(text)


@given(news_like)
def test_news_like_text(text: str) -> None:
    check(text)
