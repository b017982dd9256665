"""Entry script for the bundled app (PyInstaller needs a file, not a console-script entry point)."""

import sys

from coopdesk.__main__ import main

sys.exit(main())
