"""Coverage-guided fuzz target for `newsfacts.extract` (atheris, libFuzzer).

Setup:  pip install -e '.[fuzz]'
Run:    mkdir -p fuzz/corpus
        python fuzz/fuzz_extract.py -max_total_time=600 -max_len=4096 fuzz/corpus fuzz/seeds
Each input is decoded as UTF-8 (invalid bytes replaced) and as Latin-1, and extracted with
and without a publication date. A crash, a span that does not match the text, or a dangling
id stops the run and writes the input to ``crash-*``: turn it into a regression test in
``tests/test_regressions.py``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsfacts


def check(text: str, published: str | None) -> None:
    article = newsfacts.extract(text, published=published)
    data = article.model_dump()
    stack: list[object] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if set(item) >= {"start", "end", "text"} and isinstance(item["start"], int):
                assert text[item["start"] : item["end"]] == item["text"], item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    ids = {p.id for p in article.participants}
    for event in article.events:
        assert all(a.participant_id in ids for a in event.arguments if a.participant_id)
    for statement in article.statements:
        assert statement.speaker_id is None or statement.speaker_id in ids


def test_one_input(data: bytes) -> None:
    check(data.decode("utf-8", errors="replace"), None)
    check(data.decode("latin-1"), "2023-06-15")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
