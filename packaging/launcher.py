"""What the PyInstaller bundle runs: the same entry point as the `lactation-helper` script."""

import sys

from helper.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
