"""`python -m helper`: the same as the `lactation-helper` command."""

import sys

from helper.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
