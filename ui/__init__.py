"""PySide6 front end: thin widgets over helper/."""

from ui.pyside_setup import skip_feature_scan

skip_feature_scan()  # before the app's modules load: see ui/pyside_setup.py
