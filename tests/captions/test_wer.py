from __future__ import annotations

import pytest

from vidfeedback.captions.wer import normalise, word_error_rate


def test_normalise_folds_case_and_punctuation() -> None:
    assert normalise("Hello, Kari! It's fine.") == ["hello", "kari", "it", "s", "fine"]


@pytest.mark.parametrize(
    ("ref", "hyp", "wer"),
    [
        ("the cat sat", "the cat sat", 0.0),
        ("the cat sat", "the cat", 1 / 3),  # a deletion
        ("the cat sat", "the bat sat", 1 / 3),  # a substitution
        ("the cat sat", "the cat sat down", 1 / 3),  # an insertion
        ("the cat sat", "", 1.0),
        ("hello kari thank you", "the low carrey thank you", 3 / 4),
    ],
)
def test_word_error_rate(ref: str, hyp: str, wer: float) -> None:
    assert word_error_rate(ref, hyp) == pytest.approx(wer)
