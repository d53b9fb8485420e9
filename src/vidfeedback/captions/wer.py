"""Word error rate: how far recognised words are from what was said (substitutions, deletions
and insertions over the number of words said), after folding case and punctuation. Used by the
tests and the benchmark to judge a model on known speech."""

from __future__ import annotations

import re


def normalise(text: str) -> list[str]:
    """Lower case, no punctuation, hyphens and apostrophes split; numbers stay as written."""
    return re.findall(r"[^\W_]+", text.casefold().replace("'", " "))


def word_error_rate(reference: str, hypothesis: str) -> float:
    ref, hyp = normalise(reference), normalise(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    # Levenshtein distance over words, one row at a time.
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev_diag, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            cost = 0 if r == h else 1
            prev_diag, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev_diag + cost)
    return row[-1] / len(ref)
