from __future__ import annotations

import json
from pathlib import Path

from vidfeedback.model import MarkerKind
from vidfeedback.workspace.comment_bank import BankComment, CommentBank

CLAIM = BankComment("State your claim in the first paragraph.", MarkerKind.FEED_FORWARD, "Thesis")
SPELLING = BankComment("Read it aloud once before handing in.", MarkerKind.FEED_FORWARD, "")


def _bank(tmp_path: Path, name: str) -> CommentBank:
    root = tmp_path / name
    root.mkdir(exist_ok=True)
    return CommentBank(tmp_path / "data", tmp_path / "data" / "assignments", root)


def test_comments_are_offered_again_in_a_later_assignment(tmp_path: Path) -> None:
    autumn = _bank(tmp_path, "autumn")
    assert autumn.add(CLAIM)
    assert autumn.add(SPELLING)
    assert not autumn.add(CLAIM)  # once is enough
    assert autumn.offered("Thesis") == [CLAIM]
    assert autumn.offered(None) == [CLAIM, SPELLING]

    # Next term: another folder, a rubric typed again with the name spelt a little differently.
    spring = _bank(tmp_path, "spring")
    assert spring.offered("  thesis ") == [CLAIM]
    own = BankComment("Your thesis is clear: keep it.", MarkerKind.FEED_BACK, "thesis")
    spring.add(own)
    # This assignment's own comments come first.
    assert spring.offered("Thesis") == [own, CLAIM]
    assert _bank(tmp_path, "autumn").offered("Thesis") == [CLAIM, own]


def test_the_bank_is_kept_with_the_assignment_and_in_the_library(tmp_path: Path) -> None:
    bank = _bank(tmp_path, "autumn")
    bank.add(CLAIM)
    for path in (bank.path, bank.library_path):
        saved = json.loads(path.read_text(encoding="utf-8"))["comments"]
        assert saved == [{"text": CLAIM.text, "kind": "feed_forward", "criterion": "Thesis"}]
    # The hand-in folder is not touched.
    assert list((tmp_path / "autumn").iterdir()) == []
    # A library lost (another computer, a cleaned data folder): the assignment still has its own.
    bank.library_path.unlink()
    assert _bank(tmp_path, "autumn").offered("Thesis") == [CLAIM]


def test_removing_a_comment_removes_it_everywhere_and_empty_text_is_refused(
    tmp_path: Path,
) -> None:
    bank = _bank(tmp_path, "autumn")
    bank.add(CLAIM)
    bank.add(SPELLING)
    assert not bank.add(BankComment("   ", MarkerKind.FEED_UP, "Thesis"))
    bank.remove(BankComment(CLAIM.text, CLAIM.kind, "THESIS"))
    assert bank.offered(None) == [SPELLING]
    assert _bank(tmp_path, "spring").offered(None) == [SPELLING]


def test_a_damaged_library_counts_as_empty(tmp_path: Path) -> None:
    bank = _bank(tmp_path, "autumn")
    bank.library_path.parent.mkdir(parents=True, exist_ok=True)
    bank.library_path.write_text('{"comments": [{"kind": "feed_up"}, 3, {"text": "ok"}]}')
    assert _bank(tmp_path, "autumn").offered(None) == [BankComment("ok")]
    bank.library_path.write_text("[[[")
    assert _bank(tmp_path, "autumn").offered(None) == []
