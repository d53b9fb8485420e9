"""What went wrong, in the teacher's language.

The back end reports problems as codes with facts (vidfeedback.errors); this module is the one
place that turns each code into a sentence saying what happened and what to do. The back end's
plain English text stays available as the technical detail (message boxes show it under
"Show Details…", and the automation log keeps it).
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import assert_never

from vidfeedback.errors import ErrorCode, Param, Problem, VidfeedbackError
from vidfeedback.recording import MicrophoneError

from .qt import QCoreApplication, QMessageBox, QWidget


class _Params(dict[str, str]):
    """Missing facts show as "…" instead of failing: a message must never crash the app."""

    def __missing__(self, key: str) -> str:
        return "…"


def problem_text(code: ErrorCode, params: Mapping[str, Param] | None = None) -> str:
    """The sentence for a code, translated, with the facts filled in."""
    facts = _Params({k: str(v) for k, v in (params or {}).items()})
    return problem_template(code, facts).format_map(facts)


def problem_template(code: ErrorCode, params: Mapping[str, Param] | None = None) -> str:
    """The translated sentence with its {placeholders} (params only choose between variants)."""
    return _sentence(code, {k: str(v) for k, v in (params or {}).items()})


def _sentence(code: ErrorCode, facts: Mapping[str, str]) -> str:
    match code:
        # --- before a take starts -----------------------------------------------------------
        case ErrorCode.OUTPUT_NOT_MP4:
            return QCoreApplication.translate(
                "Problem",
                "The video must be an .mp4 file, not “{path}”. Choose a name ending in .mp4.",
            )
        case ErrorCode.FOLDER_MISSING:
            return QCoreApplication.translate(
                "Problem",
                "The folder {path} does not exist. Create it or choose another folder; "
                "nothing was recorded.",
            )
        case ErrorCode.OUTPUT_EXISTS:
            return QCoreApplication.translate(
                "Problem",
                "{path} exists already and was left as it is. Choose another name; "
                "nothing was recorded.",
            )
        case ErrorCode.UNFINISHED_TAKE:
            return QCoreApplication.translate(
                "Problem",
                "An unfinished recording for {path} is still there. Recover it first: start the "
                "app again, or run “vidfeedback recover”. Nothing was lost.",
            )
        case ErrorCode.FOLDER_READ_ONLY:
            return QCoreApplication.translate(
                "Problem",
                "The folder {path} is read-only. Choose a folder you can write to, or make this "
                "one writable; nothing was lost.",
            )
        case ErrorCode.CANNOT_WRITE:
            return QCoreApplication.translate(
                "Problem",
                "The app cannot write in {path} ({detail}). Check the folder and try again; "
                "nothing was recorded.",
            )
        case ErrorCode.REGION_INVALID:
            return QCoreApplication.translate(
                "Problem",
                "The area to record is not on the screen any more. Choose what to record again.",
            )
        case ErrorCode.SCREEN_UNAVAILABLE:
            return QCoreApplication.translate(
                "Problem",
                "The screen cannot be recorded. Start vidfeedback from the desktop you want to "
                "record, then try again.",
            )
        case ErrorCode.MIC_NOT_FOUND:
            return QCoreApplication.translate(
                "Problem",
                "The microphone “{device}” was not found. Plug it in, or choose another "
                "microphone in Settings.",
            )
        case ErrorCode.MIC_CANNOT_OPEN:
            return QCoreApplication.translate(
                "Problem",
                "The microphone “{device}” cannot be opened. Close other programs that use it, "
                "or choose another microphone in Settings.",
            )
        case ErrorCode.MIC_SILENT:
            return QCoreApplication.translate(
                "Problem",
                "The microphone “{device}” delivers no sound. Check that it is plugged in and "
                "not used by another program, or choose another microphone in Settings.",
            )
        case ErrorCode.WRONG_STATE:
            return QCoreApplication.translate(
                "Problem",
                "The recorder could not do that just now ({state}). Try again; nothing was lost.",
            )
        case ErrorCode.NOTHING_RECORDED:
            return QCoreApplication.translate("Problem", "Nothing was recorded.")
        # --- continuing a take --------------------------------------------------------------
        case ErrorCode.CONTINUE_SOURCE_MISSING:
            return QCoreApplication.translate(
                "Problem", "The take to continue is gone ({path}). Record the feedback again."
            )
        case ErrorCode.CONTINUE_SOURCE_UNREADABLE:
            return QCoreApplication.translate(
                "Problem",
                "The take to continue cannot be read ({path}). It was not changed; record the "
                "feedback again.",
            )
        case ErrorCode.CONTINUE_SIZE_CHANGED:
            return QCoreApplication.translate(
                "Problem",
                "The take was recorded at {old_size} pixels, but the area to record is now "
                "{new_size}. Choose the same area again, or retake all.",
            )
        case ErrorCode.CONTINUE_SOUND_CHANGED:
            if facts.get("with_sound") == "1":
                return QCoreApplication.translate(
                    "Problem",
                    "The take was recorded with sound. Choose a microphone in Settings to "
                    "continue it, or retake all.",
                )
            return QCoreApplication.translate(
                "Problem",
                "The take was recorded without sound. Turn sound off in Settings to continue "
                "it, or retake all.",
            )
        case ErrorCode.CONTINUE_NOT_JOINED:
            return QCoreApplication.translate(
                "Problem",
                "The new part could not be joined to the earlier take, so it is kept as a take "
                "of its own. The earlier take is unchanged.",
            )
        # --- during a take --------------------------------------------------------------------
        case ErrorCode.MIC_LOST:
            return QCoreApplication.translate(
                "Problem",
                "The microphone stopped. Recording goes on with silence: check the microphone.",
            )
        case ErrorCode.MIC_BACK:
            return QCoreApplication.translate("Problem", "The microphone is back.")
        case ErrorCode.DISK_NEARLY_FULL:
            return QCoreApplication.translate(
                "Problem",
                "The disk is nearly full: about {free_mb} MB is left. Stop soon, or free some "
                "space.",
            )
        case ErrorCode.DISK_FULL:
            return QCoreApplication.translate(
                "Problem",
                "The disk is full ({path}). What was recorded so far is kept; free some space.",
            )
        case ErrorCode.WRITE_FAILED:
            return QCoreApplication.translate(
                "Problem",
                "Writing to {path} failed ({detail}). What was written so far is kept; check the "
                "disk and try again.",
            )
        case ErrorCode.ENCODING_FAILED:
            return QCoreApplication.translate(
                "Problem", "The video encoder failed ({detail}). What was recorded so far is kept."
            )
        case ErrorCode.MARKER_WHILE_PAUSED:
            return QCoreApplication.translate(
                "Problem", "The recording is paused: resume it to place a marker."
            )
        case ErrorCode.MARKER_NOT_RECORDING:
            return QCoreApplication.translate(
                "Problem", "Nothing is being recorded, so no marker was placed."
            )
        case ErrorCode.WINDOW_GONE:
            return QCoreApplication.translate(
                "Problem",
                "The window “{title}” was closed or minimised. Recording goes on with the area "
                "where it was last.",
            )
        # --- finishing and recovering ---------------------------------------------------------
        case ErrorCode.FINAL_NOT_WRITTEN:
            return QCoreApplication.translate(
                "Problem",
                "The final video could not be written ({detail}). The recording is kept in "
                "{path}: free some space, then start the app again to recover it.",
            )
        case ErrorCode.FINISH_FAILED:
            return QCoreApplication.translate(
                "Problem",
                "The video {path} could not be written ({detail}). Nothing was lost; try again.",
            )
        case ErrorCode.RECOVERY_NO_TAKE:
            return QCoreApplication.translate(
                "Problem", "No unfinished recording was found at {path}."
            )
        case ErrorCode.RECOVERY_SEVERAL_TAKES:
            return QCoreApplication.translate(
                "Problem", "{path} holds several unfinished recordings ({names}); choose one."
            )
        case ErrorCode.RECOVERY_EMPTY:
            return QCoreApplication.translate(
                "Problem",
                "The unfinished recording in {path} holds nothing that can be played. "
                "Record the feedback again.",
            )
        case ErrorCode.RECOVERY_UNREADABLE:
            return QCoreApplication.translate(
                "Problem",
                "The unfinished recording in {path} cannot be read. It is left where it is; "
                "record the feedback again.",
            )
        # --- hand-in folders and export -------------------------------------------------------
        case ErrorCode.EXPORT_FAILED:
            return QCoreApplication.translate(
                "Problem",
                "The feedback could not be written. Nothing was lost; the details say why.",
            )
        case ErrorCode.NOT_ENOUGH_SPACE:
            return QCoreApplication.translate(
                "Problem",
                "There is not enough free space in {path}: about {need_mb} MB is needed and "
                "{free_mb} MB is free. Free some space and try again; nothing was lost.",
            )
        case ErrorCode.NO_PERMISSION:
            return QCoreApplication.translate(
                "Problem",
                "You do not have permission to write to {path}. Choose another folder or ask for "
                "access; nothing was lost.",
            )
        case ErrorCode.NAME_TOO_LONG:
            return QCoreApplication.translate(
                "Problem",
                "A name is too long for this disk: {path}. Move the hand-in to a folder with a "
                "shorter path; nothing was lost.",
            )
        case ErrorCode.FOLDER_GONE:
            return QCoreApplication.translate(
                "Problem",
                "{path} is not there any more (was a disk unplugged?). Plug it in again and try "
                "again; nothing was lost.",
            )
        case ErrorCode.EXISTS_NOT_OURS:
            return QCoreApplication.translate(
                "Problem",
                "{path} exists and was not made by vidfeedback, so it was left alone. Move or "
                "rename it and try again.",
            )
        case ErrorCode.NOT_A_FOLDER:
            return QCoreApplication.translate(
                "Problem",
                "{path} is a file where a folder should be; it was left alone. Move or rename it "
                "and try again.",
            )
        case ErrorCode.NO_FREE_NAME:
            return QCoreApplication.translate(
                "Problem",
                "No free file name was found in {path}. Tidy up the folder and try again.",
            )
        case ErrorCode.TAKE_MISSING:
            return QCoreApplication.translate(
                "Problem", "The recording {path} is gone. Record the feedback again."
            )
        case ErrorCode.TAKE_EMPTY:
            return QCoreApplication.translate(
                "Problem", "The recording has no length. Record the feedback again."
            )
        case ErrorCode.TAKE_UNREADABLE:
            return QCoreApplication.translate(
                "Problem", "The recording {path} cannot be read. Record the feedback again."
            )
        case ErrorCode.HANDIN_MISSING:
            return QCoreApplication.translate(
                "Problem", "{path} does not exist. Choose the hand-in folder or zip again."
            )
        case ErrorCode.HANDIN_NOT_FOLDER_OR_ZIP:
            return QCoreApplication.translate(
                "Problem",
                "{path} is neither a folder nor a zip file. Choose the hand-in folder, or the zip "
                "the learning platform gave you.",
            )
        case ErrorCode.ZIP_UNREADABLE:
            return QCoreApplication.translate(
                "Problem",
                "{path} is not a readable zip file. Download it from the learning platform again.",
            )
        case ErrorCode.ZIP_NOT_UNPACKED:
            return QCoreApplication.translate(
                "Problem",
                "{path} has not been unpacked. Open it again to unpack a copy to work on.",
            )
        case ErrorCode.ZIP_EMPTY:
            return QCoreApplication.translate(
                "Problem",
                "{path} holds no files. Download the submissions from the learning platform again.",
            )
        case ErrorCode.ZIP_ENCRYPTED:
            return QCoreApplication.translate(
                "Problem",
                "Every file in {path} is protected with a password, so none can be read. Download "
                "the submissions from the learning platform again, without a password.",
            )
        case ErrorCode.NO_MOODLE_ID:
            return QCoreApplication.translate(
                "Problem",
                "{student} has no Moodle participant id, so Moodle could not match the feedback. "
                "Download the submissions from Moodle again.",
            )
        # --- captions ------------------------------------------------------------------------
        case ErrorCode.CAPTIONS_FAILED:
            return QCoreApplication.translate(
                "Problem",
                "The captions could not be made ({detail}). The video is fine and can be "
                "exported without them.",
            )
        case ErrorCode.CAPTIONS_EXIST:
            return QCoreApplication.translate(
                "Problem",
                "{path} already has captions, so they were left as they are.",
            )
        case ErrorCode.CAPTIONS_UNREADABLE:
            return QCoreApplication.translate(
                "Problem",
                "The captions file {path} cannot be read ({detail}). Make the captions again.",
            )
        case ErrorCode.CAPTIONS_MODEL_MISSING:
            return QCoreApplication.translate(
                "Problem",
                "The speech recognition model is not on this computer ({detail}). Download it "
                "in the settings, or choose the school's models folder.",
            )
        case ErrorCode.CAPTIONS_MODEL_LANGUAGE:
            return QCoreApplication.translate(
                "Problem",
                "This speech recognition model does not understand the language “{lang}”. "
                "Choose another model or language.",
            )
        case ErrorCode.CAPTIONS_DOWNLOAD_FAILED:
            return QCoreApplication.translate(
                "Problem",
                "The speech recognition model could not be downloaded ({detail}). What arrived "
                "is kept; try again later to continue.",
            )
        case ErrorCode.CAPTIONS_DOWNLOAD_CORRUPT:
            return QCoreApplication.translate(
                "Problem",
                "A downloaded model file was damaged ({path}) and has been deleted. Try the "
                "download again.",
            )
        # --- editing a take ------------------------------------------------------------------
        case ErrorCode.EDIT_FAILED:
            return QCoreApplication.translate(
                "Problem",
                "The edited video could not be written ({detail}). The take is unchanged.",
            )
        case ErrorCode.EDIT_RANGE_INVALID:
            return QCoreApplication.translate(
                "Problem", "A cut lies outside the take or ends before it starts ({detail})."
            )
        case ErrorCode.EDIT_NOTHING_LEFT:
            return QCoreApplication.translate(
                "Problem", "The cuts and trims leave nothing of the take. Undo one of them."
            )
        case ErrorCode.EDIT_NOT_COPYABLE:
            return QCoreApplication.translate(
                "Problem",
                "This video was not recorded by this program, so it cannot be cut without "
                "encoding it again ({path}).",
            )
        case ErrorCode.EDIT_CHAPTERS_DROPPED:
            return QCoreApplication.translate(
                "Problem",
                "These chapters were in a stretch that was cut, and are left out: {names}.",
            )
        # --- rubric files ------------------------------------------------------------------
        case ErrorCode.RUBRIC_UNREADABLE:
            return QCoreApplication.translate("Problem", "The file cannot be read ({detail}).")
        case ErrorCode.RUBRIC_TOO_LARGE:
            return QCoreApplication.translate("Problem", "The file is too large to be a rubric.")
        case ErrorCode.RUBRIC_NOT_TEXT:
            return QCoreApplication.translate(
                "Problem",
                "This is not a text file. If it is an Excel workbook, save it as CSV first.",
            )
        case ErrorCode.RUBRIC_EMPTY:
            return QCoreApplication.translate("Problem", "The file has no rows.")
        case ErrorCode.RUBRIC_NO_CRITERIA:
            return QCoreApplication.translate("Problem", "The file has a header but no criteria.")
        case ErrorCode.RUBRIC_TOO_MANY_FIELDS:
            return QCoreApplication.translate(
                "Problem",
                "The row has {fields} fields where the header has {width}; a field that contains "
                "the separator must be in double quotes.",
            )
        case ErrorCode.RUBRIC_EMPTY_CRITERION:
            return QCoreApplication.translate("Problem", "The criterion (first column) is empty.")
        case ErrorCode.RUBRIC_DUPLICATE:
            return QCoreApplication.translate(
                "Problem", "The criterion “{name}” is already on line {first_line}."
            )
        case ErrorCode.RUBRIC_UNCLOSED_QUOTE:
            return QCoreApplication.translate(
                "Problem", "A double quote opens a field that is never closed."
            )
        case ErrorCode.RUBRIC_QUOTE_IN_FIELD:
            return QCoreApplication.translate(
                "Problem", 'A double quote inside a quoted field must be written twice ("").'
            )
        case ErrorCode.RUBRIC_INVALID:
            return QCoreApplication.translate(
                "Problem", "This is not a rubric file the app can read; the details say why."
            )
        # --- returning feedback to the LMS ---------------------------------------------------
        case ErrorCode.LMS_URL_INVALID:
            return QCoreApplication.translate(
                "Problem",
                "“{url}” is not an address the app understands. Open the assignment in the "
                "browser and copy its address from the address bar.",
            )
        case ErrorCode.LMS_URL_INSECURE:
            return QCoreApplication.translate(
                "Problem",
                "{url} is not encrypted (http). Use the https address, so that the token and "
                "the students' feedback cannot be read on the way.",
            )
        case ErrorCode.LMS_NO_TOKEN:
            return QCoreApplication.translate(
                "Problem",
                "There is no access token for {platform}. Make one in {platform} and paste it.",
            )
        case ErrorCode.LMS_KEYRING:
            return QCoreApplication.translate(
                "Problem",
                "The computer's password store cannot be used, so the token was not saved. "
                "Start the desktop's keyring (for example GNOME Keyring or KWallet) and try again.",
            )
        case ErrorCode.LMS_UNAUTHORIZED:
            return QCoreApplication.translate(
                "Problem",
                "{platform} refused the access token: it is wrong, expired or withdrawn. Make a "
                "new token in {platform} and paste it.",
            )
        case ErrorCode.LMS_FORBIDDEN:
            return QCoreApplication.translate(
                "Problem",
                "{platform} does not allow this token to do this. Use a token of a teacher in "
                "this course.",
            )
        case ErrorCode.LMS_NOT_FOUND:
            return QCoreApplication.translate(
                "Problem",
                "{platform} does not know this assignment. Check that the address is the "
                "assignment this hand-in was downloaded from.",
            )
        case ErrorCode.LMS_TOO_LARGE:
            return QCoreApplication.translate(
                "Problem",
                "{platform} refused a file as too large. Return this student's feedback by hand, "
                "or ask the site's administrator to raise the upload limit.",
            )
        case ErrorCode.LMS_QUOTA:
            return QCoreApplication.translate(
                "Problem",
                "The course's file space on {platform} is full. Ask the site's administrator "
                "for more space, or delete old files in the course.",
            )
        case ErrorCode.LMS_SERVER_ERROR:
            return QCoreApplication.translate(
                "Problem",
                "{platform} had a problem ({status}) and did not take the feedback. Try again "
                "later; what was sent is kept.",
            )
        case ErrorCode.LMS_UNREACHABLE:
            return QCoreApplication.translate(
                "Problem",
                "{platform} cannot be reached. Check the network connection and upload again; "
                "the upload goes on where it stopped.",
            )
        case ErrorCode.LMS_BAD_RESPONSE:
            return QCoreApplication.translate(
                "Problem",
                "{platform} answered in a way the app does not understand; nothing was posted "
                "twice. The details say what was expected.",
            )
        case ErrorCode.LMS_REFUSED:
            return QCoreApplication.translate(
                "Problem", "{platform} refused the request. The details give its reason."
            )
        case ErrorCode.LMS_FILE_CHANGED:
            return QCoreApplication.translate(
                "Problem",
                "{path} changed or disappeared while it was being sent. Upload again.",
            )
        case ErrorCode.LMS_LEDGER_UNREADABLE:
            return QCoreApplication.translate(
                "Problem",
                "The record of what was uploaded, {path}, cannot be read; it was left as it "
                "is. Move it away to start the record anew.",
            )
        case ErrorCode.LMS_BUSY:
            return QCoreApplication.translate(
                "Problem",
                "This assignment is being uploaded already (in another window or on the "
                "command line). Wait for it to finish.",
            )
        case ErrorCode.LMS_CANCELLED:
            return QCoreApplication.translate(
                "Problem", "The upload was stopped. Upload again to go on where it stopped."
            )
        case ErrorCode.LMS_WRONG_PLATFORM:
            return QCoreApplication.translate(
                "Problem",
                "This hand-in was not downloaded from {platform}, so its students cannot be "
                "matched there.",
            )
        case ErrorCode.LMS_MOODLE_NO_MAPPING:
            return QCoreApplication.translate(
                "Problem",
                "Moodle does not tell this token which participant is which student, so the "
                "feedback cannot be matched. Use an editing teacher's token, or the upload zip.",
            )
        case ErrorCode.LMS_MOODLE_GROUPS:
            return QCoreApplication.translate(
                "Problem",
                "This Moodle assignment takes group submissions, so the download names groups, "
                "not students. Return the feedback with the upload zip.",
            )
        case ErrorCode.LMS_MOODLE_ADVANCED_GRADING:
            return QCoreApplication.translate(
                "Problem",
                "This Moodle assignment is graded with a rubric or marking guide ({method}); "
                "feedback sent through Moodle's web services would change it. Return the "
                "feedback with the upload zip.",
            )
        case _:
            assert_never(code)


# Errors from the file system that say the same whatever was being done, and the sentence
# for each (a permission error may be about reading or writing: that one keeps its words).
_OS_ERRORS = {errno.EROFS: ErrorCode.FOLDER_READ_ONLY}


def problem_of(exc: BaseException) -> Problem | None:
    """The back end's problem behind an exception (also when a wrapper raised it `from` one)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, VidfeedbackError):
            return seen.problem
        if isinstance(seen, MicrophoneError):
            return Problem(ErrorCode.MIC_CANNOT_OPEN, {"detail": str(seen)}, str(seen))
        if isinstance(seen, OSError) and seen.errno in _OS_ERRORS:
            # The system's own words ("[Errno 30] Read-only file system") go to the details.
            path = seen.filename if seen.filename is not None else ""
            return Problem(_OS_ERRORS[seen.errno], {"path": str(path)}, str(seen))
        seen = seen.__cause__ or seen.__context__
    return None


def describe_problem(problem: Problem) -> str:
    return problem_text(problem.code, problem.params)


def describe(exc: BaseException) -> str:
    """The teacher's sentence for any exception from the back end; an unknown one keeps its own
    text (it is a bug, and its words help whoever fixes it)."""
    problem = problem_of(exc)
    return describe_problem(problem) if problem is not None else str(exc) or type(exc).__name__


def warn(parent: QWidget | None, title: str, text: str, detail: str = "") -> QMessageBox:
    """A warning box with the back end's own words under "Show Details…"; returns it opened."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail and detail != text:
        box.setDetailedText(detail)
    box.open()
    return box
