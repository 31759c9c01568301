"""Password back ends: the keychain when usable, else nothing stored (ask each time)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend as KeyringBase
from keyring.backends import fail

from helper.secrets import (
    SERVICE,
    AskEachTimeBackend,
    KeyringBackend,
    account_key,
    best_backend,
)


class MemoryKeyring(KeyringBase):
    """A real keyring back end that keeps passwords in memory (stands in for the OS one)."""

    priority = 5

    def __init__(self):
        super().__init__()
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.items[(service, username)]


@pytest.fixture
def restore_keyring():
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_without_a_usable_keychain_nothing_is_stored(restore_keyring, home):
    keyring.set_keyring(fail.Keyring())
    backend = best_backend()
    assert isinstance(backend, AskEachTimeBackend) and not backend.stores
    backend.set_password("ana@smtp.example.org", "s3cret")
    assert backend.get_password("ana@smtp.example.org") is None
    assert not any(b"s3cret" in path.read_bytes() for path in home.rglob("*") if path.is_file())


def test_a_usable_keychain_is_preferred_and_round_trips(restore_keyring):
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    backend = best_backend()
    assert isinstance(backend, KeyringBackend) and backend.stores
    key = account_key("ana", "smtp.example.org")
    backend.set_password(key, "s3cret")
    assert memory.items[(SERVICE, "ana@smtp.example.org")] == "s3cret"
    assert backend.get_password(key) == "s3cret"
    backend.delete_password(key)
    backend.delete_password(key)  # deleting twice is fine
    assert backend.get_password(key) is None
