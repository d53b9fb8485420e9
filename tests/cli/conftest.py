"""The command line's tests use the export tests' takes and hand-in copies."""

from export.conftest import handin_copy, take, take_dir

__all__ = ["handin_copy", "take", "take_dir"]
