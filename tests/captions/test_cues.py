"""Cues cut to the subtitle norm (captions/cues.py): lines, lengths, times, phrase breaks."""

from __future__ import annotations

import itertools

import pytest

from vidfeedback.captions.cues import (
    MAX_CUE_MS,
    MAX_LINE_CHARS,
    MIN_CUE_MS,
    MIN_GAP_MS,
    Cue,
    Word,
    make_cues,
    retime_edit,
    wrap_lines,
)


def spoken(text: str, start_ms: int = 0, ms_per_word: int = 300, pause_ms: int = 0) -> list[Word]:
    """Words said at an even pace (what a recogniser reports for steady speech)."""
    words = []
    t = start_ms
    for w in text.split():
        words.append(Word(t, t + ms_per_word - 40, w))
        t += ms_per_word
        if w.endswith((".", "?", "!")):
            t += pause_ms
    return words


def check_norm(cues: list[Cue]) -> None:
    for cue in cues:
        lines = cue.text.split("\n")
        assert 1 <= len(lines) <= 2, cue
        assert all(0 < len(ln) <= MAX_LINE_CHARS for ln in lines), cue
        assert cue.end_ms - cue.start_ms <= MAX_CUE_MS, cue
    for a, b in itertools.pairwise(cues):
        assert b.start_ms - a.end_ms >= MIN_GAP_MS, (a, b)


def test_short_text_is_one_line_and_long_text_breaks_at_a_phrase_boundary() -> None:
    assert wrap_lines("Good work on the thesis.") == ["Good work on the thesis."]
    lines = wrap_lines("Your introduction is clear, but the ending repeats it.")
    assert lines == ["Your introduction is clear,", "but the ending repeats it."]
    # Never between an article and its noun.
    lines = wrap_lines("I would like you to look again at the second paragraph of the text")
    assert not lines[0].endswith((" the", " a")), lines


def test_nordic_words_break_before_a_conjunction() -> None:
    lines = wrap_lines("Teksten har en tydelig innledning men kildene mangler", "nb")
    assert lines == ["Teksten har en tydelig innledning", "men kildene mangler"]
    lines = wrap_lines("Texten har en tydlig inledning men källorna saknas helt", "sv")
    assert lines == ["Texten har en tydlig inledning", "men källorna saknas helt"]


def test_a_correction_too_long_for_two_lines_keeps_every_word() -> None:
    text = " ".join(["word"] * 40)
    lines = wrap_lines(text)
    assert " ".join(lines).split() == text.split()
    assert all(len(ln) <= MAX_LINE_CHARS for ln in lines)
    edited = retime_edit(Cue(1000, 3000, "old"), text)
    assert (edited.start_ms, edited.end_ms) == (1000, 3000)
    assert edited.flat_text == text


def test_a_long_monologue_is_cut_to_the_norm_without_losing_words() -> None:
    text = (
        "This is a long stretch of feedback without any full stop where the teacher keeps "
        "talking about the structure of the text and the way the paragraphs follow each other "
        "and how the sources are used in the second half of the essay, which is where most of "
        "the work is needed before the next draft"
    )
    words = spoken(text)
    cues = make_cues(words)
    check_norm(cues)
    assert " ".join(c.flat_text for c in cues).split() == text.split()
    assert len(cues) >= 5
    # Each cue is on screen while its words are said: from its first word to its last.
    i = 0
    for cue in cues:
        n = len(cue.flat_text.split())
        first, last = words[i], words[i + n - 1]
        assert abs(cue.start_ms - first.start_ms) <= MIN_GAP_MS
        assert cue.end_ms >= last.end_ms - MIN_GAP_MS
        i += n


def test_sentences_start_new_cues_and_pauses_are_not_covered() -> None:
    words = spoken("Good start. The thesis is clear.", pause_ms=2000)
    cues = make_cues(words)
    assert [c.flat_text for c in cues] == ["Good start.", "The thesis is clear."]
    check_norm(cues)
    # The first cue does not stay up through the two-second pause.
    assert cues[0].end_ms <= words[1].end_ms + MIN_CUE_MS


def test_a_single_quick_word_stays_up_for_the_minimum() -> None:
    cues = make_cues([Word(5000, 5200, "Yes.")])
    assert cues == [Cue(5000, 5000 + MIN_CUE_MS, "Yes.")]


def test_dense_speech_never_overlaps() -> None:
    # Whisper sometimes reports words that overlap or touch.
    words = [Word(i * 150, i * 150 + 400, f"w{i}.") for i in range(30)]
    cues = make_cues(words)
    check_norm(cues)
    starts = [c.start_ms for c in cues]
    assert starts == sorted(starts)


@pytest.mark.parametrize("lang", ["en", "nb", "nn", "sv"])
def test_every_language_keeps_the_norm(lang: str) -> None:
    text = "aaaa bbbbbb cc dddddddd, eeee ffff gggggggg hh iiiiii. " * 6
    cues = make_cues(spoken(text, ms_per_word=250), lang)
    check_norm(cues)
    assert " ".join(c.flat_text for c in cues).split() == text.split()
