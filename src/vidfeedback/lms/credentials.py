"""Access tokens in the operating system's credential store (keyring): the Secret Service on
Linux, the Keychain on macOS, the Credential Manager on Windows. Never in settings, logs or
messages.

One entry per platform and site: service "vidfeedback", user name "<platform> <site address>".
"""

from __future__ import annotations

import os

import keyring
import keyring.errors

from vidfeedback.errors import ErrorCode
from vidfeedback.lms.errors import LmsError
from vidfeedback.lms.transport import Secret

SERVICE = "vidfeedback"
TOKEN_ENV = "VIDFEEDBACK_LMS_TOKEN"


def account(platform: str, base_url: str) -> str:
    return f"{platform} {base_url.rstrip('/')}"


def _store_error(exc: Exception) -> LmsError:
    # The backend's message may name the backend; it never holds the token (we do not pass it).
    return LmsError(
        f"The operating system's credential store cannot be used ({type(exc).__name__}). "
        "Start the desktop's keyring (e.g. GNOME Keyring or KWallet), or give the token in "
        f"the environment variable {TOKEN_ENV} on the command line.",
        ErrorCode.LMS_KEYRING,
        detail=type(exc).__name__,
    )


def load_token(platform: str, base_url: str) -> Secret | None:
    try:
        value = keyring.get_password(SERVICE, account(platform, base_url))
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc) from None
    return Secret(value) if value else None


def save_token(platform: str, base_url: str, token: Secret) -> None:
    try:
        keyring.set_password(SERVICE, account(platform, base_url), token.reveal())
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc) from None


def forget_token(platform: str, base_url: str) -> None:
    try:
        keyring.delete_password(SERVICE, account(platform, base_url))
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc) from None


def token_for(platform: str, base_url: str) -> Secret:
    """For the command line: the environment variable wins, then the credential store."""
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        return Secret(from_env)
    stored = load_token(platform, base_url)
    if stored:
        return stored
    raise LmsError(
        f"No access token for {base_url}: save one from the app's “Return to students” step, "
        f"or give it in the environment variable {TOKEN_ENV}.",
        ErrorCode.LMS_NO_TOKEN,
        platform=platform,
    )
