"""Entry point of the frozen app (PyInstaller): the same as `python -m desktop`."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
