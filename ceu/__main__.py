"""``python -m ceu`` runs the same command line as ``ceu``."""

from ceu.cli import main

if __name__ == "__main__":
    main()
