"""PySide6 front end: thin widgets over helper/."""
