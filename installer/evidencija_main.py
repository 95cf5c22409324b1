"""Entry script of the frozen app (PyInstaller runs a script, not `python -m evidencija`)."""

import sys

from evidencija.cli import main

if __name__ == "__main__":
    sys.exit(main())
