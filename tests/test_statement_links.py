"""Speaker links a corpus case cannot state (TOML has no null): a speaker left unlinked."""

from __future__ import annotations

from newsfacts import extract


def test_they_is_no_one_person() -> None:
    """`they` after a person's statement is not that person (SP5: 62 outside, most wrong)."""
    article = extract(
        "Malcolm Baldrige said the tariffs would be ended soon. But they said there was "
        "little chance Japan could react quickly enough."
    )
    they = [s for s in article.statements if s.speaker == "they"]
    assert len(they) == 1
    assert they[0].speaker_id is None
