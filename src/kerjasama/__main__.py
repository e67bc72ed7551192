"""`python -m kerjasama` runs the command line."""

from kerjasama.cli import main

main()
