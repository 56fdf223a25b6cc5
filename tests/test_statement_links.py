"""Speaker links a corpus case cannot state (TOML has no null): a speaker left unlinked."""

from __future__ import annotations

import pytest

from newsfacts import extract


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # `they` after a person's statement is not that person (SP5: 62 outside, most wrong)
        (
            "Malcolm Baldrige said the tariffs would be ended soon. But they said there was "
            "little chance Japan could react quickly enough.",
            "they",
        ),
        # `the report` after an outlet linked to none is not the person named in it or
        # speaking before (SP6: Abbas for Ha'aretz's report)
        (
            "Palestinian leader Mahmoud Abbas met Israeli Foreign Minister Silvan Shalom on "
            "Monday, local newspaper Ha'aretz reported. Abbas said he was satisfied with the "
            "agreement, according to the report.",
            "the report",
        ),
    ],
)
def test_speaker_left_unlinked(text: str, speaker: str) -> None:
    found = [s for s in extract(text).statements if s.speaker == speaker]
    assert len(found) == 1
    assert found[0].speaker_id is None


def test_a_report_keeps_its_body() -> None:
    """`the report` keeps the organization that spoke before it, when linked."""
    article = extract(
        "Japan will send troops to Iraq, Kyodo News reported on Monday. Prime Minister "
        "Shinzo Abe said he supported the plan. The troops will leave in May, the report said."
    )
    names = {p.id: p.name for p in article.participants}
    report = [s for s in article.statements if s.speaker == "the report"]
    assert [names.get(s.speaker_id or "") for s in report] == ["Kyodo"]
