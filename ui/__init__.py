"""PySide6 front end: thin widgets over helper/.

The Qt-free core the window needs at start is imported here, before PySide6: once PySide6
is loaded, its import hook reads the source of every Python module imported after it
(looking for `from __feature__`), about 0.1 ms a module.
"""

import helper.model  # noqa: F401
import helper.store  # noqa: F401
