"""Export: hand-in folders, rubrics and the per-student feedback package (docs/export.md).

The UI and the CLI use the names re-exported here; the modules are free to change behind them.
"""

from vidfeedback.export.destinations import Destination, DestinationKind, export_root_for
from vidfeedback.export.handin import apply_names, find_student, read_handin
from vidfeedback.export.labels import KIND_LABELS, KIND_QUESTIONS, LANGUAGES, kind_labels
from vidfeedback.export.moodle_zip import (
    DEFAULT_LIMIT_BYTES,
    UploadPlan,
    UploadZip,
    build_moodle_zips,
)
from vidfeedback.export.package import ExportResult, export_feedback_package
from vidfeedback.export.rubric_csv import RubricError, load_rubric_csv, parse_rubric_csv
from vidfeedback.export.rubric_file import (
    default_rubric_path,
    load_rubric,
    rubric_from_toml,
    rubric_to_toml,
    save_rubric,
)
from vidfeedback.export.safe_write import ExportError
from vidfeedback.export.take import TakeMarkers, read_take_markers

__all__ = [
    "DEFAULT_LIMIT_BYTES",
    "KIND_LABELS",
    "KIND_QUESTIONS",
    "LANGUAGES",
    "Destination",
    "DestinationKind",
    "ExportError",
    "ExportResult",
    "RubricError",
    "TakeMarkers",
    "UploadPlan",
    "UploadZip",
    "apply_names",
    "build_moodle_zips",
    "default_rubric_path",
    "export_feedback_package",
    "export_root_for",
    "find_student",
    "kind_labels",
    "load_rubric",
    "load_rubric_csv",
    "parse_rubric_csv",
    "read_handin",
    "read_take_markers",
    "rubric_from_toml",
    "rubric_to_toml",
    "save_rubric",
]
