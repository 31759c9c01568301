"""Settings are declared once, with a type and a default that wins over a bad value."""

import pytest

from helper import settings


def test_every_setting_has_its_own_key():
    keys = [s.key for s in settings.SETTINGS]
    assert len(keys) == len(set(keys))


def test_a_missing_or_bad_value_reads_as_the_default(store):
    assert settings.get(store, settings.LANGUAGE) == "system"
    store.set_setting("language", "klingon")
    assert settings.get(store, settings.LANGUAGE) == "system"
    store.set_setting("window_geometry", 42)
    assert settings.get(store, settings.WINDOW_GEOMETRY) is None


def test_put_refuses_what_get_would_not_give_back(store):
    settings.put(store, settings.LANGUAGE, "es")
    assert settings.get(store, settings.LANGUAGE) == "es"
    with pytest.raises(ValueError):
        settings.put(store, settings.LANGUAGE, "klingon")
    with pytest.raises(TypeError):
        settings.put(store, settings.LAST_PAGE, 3)
