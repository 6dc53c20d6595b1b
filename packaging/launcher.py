"""The frozen bundle's entry point: the same `foldline` command a pip install provides."""

import multiprocessing
import sys

from editor.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # imports run in a worker process started from this executable
    sys.exit(main())
