"""The desktop entry, AppStream file, installer and build script name the app as the
running app does, so the menu entry, the icon and the window match; and the files pass
the freedesktop validators where they are installed."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.app import DESKTOP_FILE_NAME

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_FILE_NAME}.desktop"
METAINFO = LINUX / f"{DESKTOP_FILE_NAME}.metainfo.xml"


def _build_app():
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "tools" / "build_app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_desktop_entry_names_the_app_id_and_program():
    text = DESKTOP.read_text(encoding="utf-8")
    assert f"\nIcon={DESKTOP_FILE_NAME}\n" in text
    assert "\nExec=lactation-helper\n" in text  # install.sh puts the full path here


def test_metainfo_matches_the_desktop_entry():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_FILE_NAME
    assert root.findtext("launchable") == DESKTOP.name
    captions = [s.findtext("caption") for s in root.iter("screenshot")]
    assert captions and all(captions)


def test_installer_and_build_script_use_the_same_id():
    install = (LINUX / "install.sh").read_text(encoding="utf-8")
    assert re.search(rf"^APP_ID={re.escape(DESKTOP_FILE_NAME)}$", install, re.MULTILINE)
    assert _build_app().APP_ID == DESKTOP_FILE_NAME
    spec = (ROOT / "packaging" / "lactation-helper.spec").read_text(encoding="utf-8")
    assert f'bundle_identifier="{DESKTOP_FILE_NAME}"' in spec


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream is not installed")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
