"""Problems the back end reports: a code the UI can put in the teacher's language, the facts that
go into the sentence (a path, a device name, free megabytes), and a plain English sentence for logs
and the command line.

The back end never writes the teacher's sentence itself; ui/problems.py maps every code to a
translated sentence that says what happened and what to do. No Qt here.
"""

from __future__ import annotations

import enum
import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

Param = str | int


class ErrorCode(enum.Enum):
    # --- before a take starts ---------------------------------------------------------------
    OUTPUT_NOT_MP4 = "output_not_mp4"  # path
    FOLDER_MISSING = "folder_missing"  # path
    OUTPUT_EXISTS = "output_exists"  # path
    UNFINISHED_TAKE = "unfinished_take"  # path
    FOLDER_READ_ONLY = "folder_read_only"  # path
    CANNOT_WRITE = "cannot_write"  # path, detail
    REGION_INVALID = "region_invalid"  # detail
    SCREEN_UNAVAILABLE = "screen_unavailable"  # detail
    MIC_NOT_FOUND = "mic_not_found"  # device, detail
    MIC_CANNOT_OPEN = "mic_cannot_open"  # device, detail
    MIC_SILENT = "mic_silent"  # device
    WRONG_STATE = "wrong_state"  # state: the program asked for something out of order
    NOTHING_RECORDED = "nothing_recorded"
    # --- "discard since the last pause and continue" ----------------------------------------
    CONTINUE_SOURCE_MISSING = "continue_source_missing"  # path
    CONTINUE_SOURCE_UNREADABLE = "continue_source_unreadable"  # path, detail
    CONTINUE_SIZE_CHANGED = "continue_size_changed"  # old_size, new_size
    CONTINUE_SOUND_CHANGED = "continue_sound_changed"  # with_sound (1: the take has sound)
    CONTINUE_NOT_JOINED = "continue_not_joined"  # path, detail: kept as a take of its own
    # --- during a take (warnings and errors) ------------------------------------------------
    MIC_LOST = "mic_lost"  # device
    MIC_BACK = "mic_back"  # device
    DISK_NEARLY_FULL = "disk_nearly_full"  # path, free_mb
    DISK_FULL = "disk_full"  # path
    WRITE_FAILED = "write_failed"  # path, detail
    ENCODING_FAILED = "encoding_failed"  # detail
    MARKER_WHILE_PAUSED = "marker_while_paused"
    MARKER_NOT_RECORDING = "marker_not_recording"
    # The app's, not the engine's: the window being recorded was closed or minimised; the
    # recording goes on with the area where it was last.
    WINDOW_GONE = "window_gone"  # title
    # --- finishing and recovering -----------------------------------------------------------
    FINAL_NOT_WRITTEN = "final_not_written"  # path, detail
    FINISH_FAILED = "finish_failed"  # path, detail
    RECOVERY_NO_TAKE = "recovery_no_take"  # path
    RECOVERY_SEVERAL_TAKES = "recovery_several_takes"  # path, names
    RECOVERY_EMPTY = "recovery_empty"  # path
    RECOVERY_UNREADABLE = "recovery_unreadable"  # path, detail
    # --- hand-in folders and export ---------------------------------------------------------
    EXPORT_FAILED = "export_failed"  # detail: anything without a code of its own
    NOT_ENOUGH_SPACE = "not_enough_space"  # path, need_mb, free_mb
    NO_PERMISSION = "no_permission"  # path
    NAME_TOO_LONG = "name_too_long"  # path
    FOLDER_GONE = "folder_gone"  # path
    EXISTS_NOT_OURS = "exists_not_ours"  # path
    NOT_A_FOLDER = "not_a_folder"  # path
    NO_FREE_NAME = "no_free_name"  # path
    TAKE_MISSING = "take_missing"  # path
    TAKE_EMPTY = "take_empty"
    TAKE_UNREADABLE = "take_unreadable"  # path, detail
    HANDIN_MISSING = "handin_missing"  # path
    HANDIN_NOT_FOLDER_OR_ZIP = "handin_not_folder_or_zip"  # path
    ZIP_UNREADABLE = "zip_unreadable"  # path, detail
    ZIP_NOT_UNPACKED = "zip_not_unpacked"  # path
    ZIP_EMPTY = "zip_empty"  # path: the zip holds no files
    ZIP_ENCRYPTED = "zip_encrypted"  # path: every file in it needs a password
    NO_MOODLE_ID = "no_moodle_id"  # student
    # --- captions (speech recognition on the teacher's machine) -----------------------------
    CAPTIONS_FAILED = "captions_failed"  # detail
    CAPTIONS_EXIST = "captions_exist"  # path: a captions file is there already; left alone
    CAPTIONS_UNREADABLE = "captions_unreadable"  # path, detail
    CAPTIONS_MODEL_MISSING = "captions_model_missing"  # path or detail: not here, or not a model
    CAPTIONS_MODEL_LANGUAGE = "captions_model_language"  # lang: the model cannot hear it
    CAPTIONS_DOWNLOAD_FAILED = "captions_download_failed"  # detail: kept to continue later
    CAPTIONS_DOWNLOAD_CORRUPT = "captions_download_corrupt"  # path: checksum wrong, deleted
    # --- editing a take (trim, cut) and its voice --------------------------------------------
    EDIT_FAILED = "edit_failed"  # path, detail
    EDIT_RANGE_INVALID = "edit_range_invalid"  # detail: a cut outside the take, or backwards
    EDIT_NOTHING_LEFT = "edit_nothing_left"  # detail: the cuts leave nothing
    EDIT_NOT_COPYABLE = "edit_not_copyable"  # path, detail: not made by our encoder settings
    EDIT_CHAPTERS_DROPPED = "edit_chapters_dropped"  # names: chapters whose start was cut
    # --- rubric files (CSV from Excel or Sheets, the app's own TOML) ------------------------
    RUBRIC_UNREADABLE = "rubric_unreadable"  # detail
    RUBRIC_TOO_LARGE = "rubric_too_large"
    RUBRIC_NOT_TEXT = "rubric_not_text"
    RUBRIC_EMPTY = "rubric_empty"
    RUBRIC_NO_CRITERIA = "rubric_no_criteria"
    RUBRIC_TOO_MANY_FIELDS = "rubric_too_many_fields"  # fields, width
    RUBRIC_EMPTY_CRITERION = "rubric_empty_criterion"
    RUBRIC_DUPLICATE = "rubric_duplicate"  # name, first_line
    RUBRIC_UNCLOSED_QUOTE = "rubric_unclosed_quote"
    RUBRIC_QUOTE_IN_FIELD = "rubric_quote_in_field"
    RUBRIC_INVALID = "rubric_invalid"  # detail: not valid CSV, or not a rubric file of ours
    # --- returning feedback to the LMS (lms/) ------------------------------------------------
    LMS_URL_INVALID = "lms_url_invalid"  # url
    LMS_URL_INSECURE = "lms_url_insecure"  # url: http to another machine
    LMS_NO_TOKEN = "lms_no_token"  # platform
    LMS_KEYRING = "lms_keyring"  # detail: the credential store cannot be used
    LMS_UNAUTHORIZED = "lms_unauthorized"  # platform: token refused (401, invalidtoken)
    LMS_FORBIDDEN = "lms_forbidden"  # platform, what (403, no capability)
    LMS_NOT_FOUND = "lms_not_found"  # platform, what (404, no such course/assignment)
    LMS_TOO_LARGE = "lms_too_large"  # platform (413, over the site's upload limit)
    LMS_QUOTA = "lms_quota"  # platform: the course's file quota is full
    LMS_SERVER_ERROR = "lms_server_error"  # platform, status, what, detail
    LMS_UNREACHABLE = "lms_unreachable"  # platform, url, detail: network, after retries
    LMS_BAD_RESPONSE = "lms_bad_response"  # platform, detail: not what the docs describe
    LMS_REFUSED = "lms_refused"  # platform, what, detail: Moodle's own error code
    LMS_FILE_CHANGED = "lms_file_changed"  # path: changed or vanished while being sent
    LMS_LEDGER_UNREADABLE = "lms_ledger_unreadable"  # path
    LMS_BUSY = "lms_busy"  # path: another upload of the same assignment is running
    LMS_CANCELLED = "lms_cancelled"
    LMS_WRONG_PLATFORM = "lms_wrong_platform"  # platform: the hand-in is from elsewhere
    LMS_MOODLE_NO_MAPPING = "lms_moodle_no_mapping"  # participant ids cannot be mapped
    LMS_MOODLE_GROUPS = "lms_moodle_groups"  # group submissions: ids are groups
    LMS_MOODLE_ADVANCED_GRADING = "lms_moodle_advanced_grading"  # method: rubric, guide, …


@dataclass(frozen=True)
class Problem:
    """What went wrong, as data: the UI words it, the log keeps `message`."""

    code: ErrorCode
    params: Mapping[str, Param] = field(default_factory=dict)
    message: str = ""  # plain English, for logs and the command line

    def __str__(self) -> str:
        return self.message or self.code.value


class VidfeedbackError(Exception):
    """Base of the back end's errors. str() is plain English; `code` and `params` are for the UI."""

    default_code = ErrorCode.EXPORT_FAILED

    def __init__(
        self, message: str, code: ErrorCode | None = None, /, **params: Param | Path
    ) -> None:
        super().__init__(message)
        self.code = code if code is not None else self.default_code
        self.params: dict[str, Param] = _plain(params)

    @property
    def problem(self) -> Problem:
        return Problem(self.code, self.params, str(self))


def problem(code: ErrorCode, message: str, **params: Param | Path) -> Problem:
    return Problem(code, _plain(params), message)


def _plain(params: Mapping[str, Param | Path]) -> dict[str, Param]:
    return {k: str(v) if isinstance(v, Path) else v for k, v in params.items()}


def os_error_code(exc: BaseException) -> ErrorCode | None:
    """The code for an operating-system failure found anywhere in exc's chain (PyAV and the
    finish step wrap them), or None."""
    seen: BaseException | None = exc
    while seen is not None:
        err = getattr(seen, "errno", None)
        if err in (errno.ENOSPC, errno.EDQUOT):
            return ErrorCode.DISK_FULL
        if err == errno.EROFS:
            return ErrorCode.FOLDER_READ_ONLY
        if err in (errno.EACCES, errno.EPERM):
            return ErrorCode.NO_PERMISSION
        if err == errno.ENAMETOOLONG:
            return ErrorCode.NAME_TOO_LONG
        if err == errno.ENOENT:
            return ErrorCode.FOLDER_GONE
        seen = seen.__cause__ or seen.__context__
    return None
