"""Every setting the app keeps, declared once: key, type, default and what it is for (as
Vorta's `get_misc_settings()`). The store keeps the values (`Store.get_setting`); code
reads and writes them through `get(store, SETTING)` and `put(store, SETTING, value)`,
never by a key written out where it is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    about: str
    choices: tuple = ()  # when not empty, the only values that count


LANGUAGE = Setting("language", str, "system", "The app's language", choices=("system", "en", "es"))
LAST_CASE = Setting("last_case", str, None, "The case shown when the app starts")
LAST_PAGE = Setting("last_page", str, None, "The page shown when the app starts")
WINDOW_GEOMETRY = Setting(
    "window_geometry", str, None, "The main window's size and place (Qt geometry, base64)"
)
EMAIL_ACCOUNT = Setting(
    "email.account", dict, None, "The SMTP account letters are sent from (never a password)"
)

SETTINGS = (LANGUAGE, LAST_CASE, LAST_PAGE, WINDOW_GEOMETRY, EMAIL_ACCOUNT)


def get(store, setting: Setting) -> Any:
    """The stored value, or the default when none is stored or it is not of the type (or
    not one of the choices)."""
    value = store.get_setting(setting.key, setting.default)
    if not isinstance(value, setting.type):
        return setting.default
    if setting.choices and value not in setting.choices:
        return setting.default
    return value


def put(store, setting: Setting, value: Any) -> None:
    """Store `value` (of the setting's type); raises TypeError or ValueError otherwise."""
    if not isinstance(value, setting.type):
        raise TypeError(f"{setting.key} takes a {setting.type.__name__}")
    if setting.choices and value not in setting.choices:
        raise ValueError(f"{setting.key} is one of {', '.join(setting.choices)}")
    store.set_setting(setting.key, value)
