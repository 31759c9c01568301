import sys

from helper.cli.main import main

sys.exit(main())
