"""The frozen bundle's entry point: the same `foldline` command a pip install provides."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
