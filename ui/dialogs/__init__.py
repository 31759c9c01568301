"""Dialogs of the app. Open them with `open()` or `show()`, never `exec()`."""
