"""Where the mail password is kept: the OS keychain through `keyring` when one is usable,
otherwise nowhere (the app asks each time). A password is never written in plain text.

Back ends share a small interface (as in `keyring/abc.py`): `get_password`,
`set_password`, `delete_password`, `priority`, `usable()`. `best_backend()` picks the
usable one with the highest priority.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

SERVICE = "Lactation Coverage Helper"


class SecretBackend(ABC):
    name: str = ""
    priority: float = 0
    stores: bool = True  # False: nothing is kept, ask for the password each time

    @abstractmethod
    def usable(self) -> bool: ...

    @abstractmethod
    def get_password(self, account: str) -> str | None: ...

    @abstractmethod
    def set_password(self, account: str, password: str) -> None: ...

    @abstractmethod
    def delete_password(self, account: str) -> None: ...


class SecretError(Exception):
    """The keychain refused; `str()` says so in plain words."""


class KeyringBackend(SecretBackend):
    """The OS keychain (macOS Keychain, Windows Credential Locker, Secret Service...)."""

    name = "keychain"
    priority = 10

    def _keyring(self):
        import keyring

        return keyring

    def usable(self) -> bool:
        try:
            keyring = self._keyring()
            from keyring.backends import fail

            current = keyring.get_keyring()
        except Exception:  # noqa: BLE001 - a broken keyring install means "not usable"
            return False
        if isinstance(current, fail.Keyring):
            return False
        try:
            from keyring.backends import null

            if isinstance(current, null.Keyring):
                return False
        except ImportError:
            pass
        return getattr(current, "priority", 1) > 0

    def get_password(self, account: str) -> str | None:
        try:
            return self._keyring().get_password(SERVICE, account)
        except Exception as error:  # noqa: BLE001 - keyring back ends raise many kinds
            raise SecretError(f"The keychain could not be read: {error}") from None

    def set_password(self, account: str, password: str) -> None:
        try:
            self._keyring().set_password(SERVICE, account, password)
        except Exception as error:  # noqa: BLE001
            raise SecretError(f"The keychain did not save the password: {error}") from None

    def delete_password(self, account: str) -> None:
        import keyring.errors

        try:
            self._keyring().delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already deleted
        except Exception as error:  # noqa: BLE001
            raise SecretError(f"The keychain did not delete the password: {error}") from None


class AskEachTimeBackend(SecretBackend):
    """No safe storage here: keep nothing, and the app asks for the password each time."""

    name = "ask each time"
    priority = 0
    stores = False

    def usable(self) -> bool:
        return True

    def get_password(self, account: str) -> str | None:
        return None

    def set_password(self, account: str, password: str) -> None:
        return None  # deliberately not kept

    def delete_password(self, account: str) -> None:
        return None


def all_backends() -> list[SecretBackend]:
    return [KeyringBackend(), AskEachTimeBackend()]


def best_backend(backends: list[SecretBackend] | None = None) -> SecretBackend:
    """The usable back end with the highest priority (ask-each-time at worst)."""
    candidates = [b for b in (backends or all_backends()) if b.usable()]
    if not candidates:
        return AskEachTimeBackend()
    return max(candidates, key=lambda b: b.priority)


def account_key(user: str | None, host: str) -> str:
    """The name a mail password is kept under: "user@host"."""
    return f"{user or ''}@{host}"
