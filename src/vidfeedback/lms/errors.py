"""Problems talking to a learning platform, as ErrorCodes the UI words (ui/problems.py).

Messages never hold the token: they are built from status codes, the platform's own error code
and addresses without query strings.
"""

from __future__ import annotations

from pathlib import Path

from vidfeedback.errors import ErrorCode, Param, VidfeedbackError


class LmsError(VidfeedbackError):
    default_code = ErrorCode.LMS_BAD_RESPONSE

    def __init__(
        self,
        message: str,
        code: ErrorCode | None = None,
        /,
        *,
        retriable: bool = False,
        **params: Param | Path,
    ) -> None:
        super().__init__(message, code, **params)
        self.retriable = retriable


def status_error(platform: str, status: int, what: str, detail: str = "") -> LmsError:
    """A sentence for an HTTP status the platform answered with."""
    extra = f" ({detail})" if detail else ""
    if status == 401:
        return LmsError(
            f"{platform} refused the access token (401){extra}. Make a new token and paste it.",
            ErrorCode.LMS_UNAUTHORIZED,
            platform=platform,
        )
    if status == 403 and "rate limit" in detail.casefold():
        return LmsError(
            f"{platform} asked the app to slow down (403, rate limit){extra}.",
            ErrorCode.LMS_SERVER_ERROR,
            retriable=True,
            platform=platform,
            status=status,
            what=what,
            detail=detail,
        )
    if status == 403:
        return LmsError(
            f"{platform} does not allow this token to {what} (403){extra}. Use a teacher's "
            "token for this course.",
            ErrorCode.LMS_FORBIDDEN,
            platform=platform,
            what=what,
        )
    if status == 404:
        return LmsError(
            f"{platform} does not know the address used to {what} (404){extra}. Check the "
            "assignment's address.",
            ErrorCode.LMS_NOT_FOUND,
            platform=platform,
            what=what,
        )
    if status == 413:
        return LmsError(
            f"{platform} refused the file as too large (413){extra}. Return it as a Moodle zip "
            "or ask the site's administrator to raise the limit.",
            ErrorCode.LMS_TOO_LARGE,
            platform=platform,
        )
    if "quota" in detail.casefold():
        return LmsError(
            f"The course's file quota on {platform} is full{extra}. Ask the site's "
            "administrator to raise the course quota, or delete old files.",
            ErrorCode.LMS_QUOTA,
            platform=platform,
        )
    return LmsError(
        f"{platform} answered {status} when asked to {what}{extra}.",
        ErrorCode.LMS_SERVER_ERROR,
        retriable=status >= 500 or status == 429,
        platform=platform,
        status=status,
        what=what,
        detail=detail,
    )
