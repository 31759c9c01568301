"""The SMTP account kept in the store's settings, and its password kept in the keychain.

The settings hold host, port, security, user name and from address (`SmtpAccount.to_dict`),
never the password: that goes to the OS keychain through `helper.secrets`, or nowhere
when this computer has no usable keychain (then the app asks each time).
"""

from __future__ import annotations

import re

from helper import settings
from helper.mail import SmtpAccount
from helper.secrets import SecretBackend, SecretError, account_key, best_backend

ACCOUNT_SETTING = settings.EMAIL_ACCOUNT.key
EMAIL_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


def secret_backend() -> SecretBackend:
    """Where passwords are kept on this computer (tests replace this function)."""
    return best_backend()


def load_account(store) -> SmtpAccount | None:
    """The saved account, or None when none is set up (or what is saved cannot be used)."""
    data = settings.get(store, settings.EMAIL_ACCOUNT)
    if data is None:
        return None
    try:
        return SmtpAccount.from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None


def save_account(store, account: SmtpAccount) -> None:
    settings.put(store, settings.EMAIL_ACCOUNT, account.to_dict())


def is_email_address(text: str) -> bool:
    return bool(EMAIL_ADDRESS.match(text.strip()))


def needs_password(account: SmtpAccount) -> bool:
    """A server without a user name is used without logging in."""
    return bool(account.user)


def stored_password(account: SmtpAccount) -> str | None:
    """The password kept in the keychain, or None (none kept, or the keychain failed)."""
    try:
        return secret_backend().get_password(account_key(account.user, account.host))
    except SecretError:
        return None


def remember_password(account: SmtpAccount, password: str) -> str | None:
    """Keep the password in the keychain; returns a plain-words problem, or None."""
    try:
        secret_backend().set_password(account_key(account.user, account.host), password)
    except SecretError as error:
        return str(error)
    return None


def forget_password(account: SmtpAccount) -> str | None:
    try:
        secret_backend().delete_password(account_key(account.user, account.host))
    except SecretError as error:
        return str(error)
    return None


def keychain_available() -> bool:
    return secret_backend().stores
