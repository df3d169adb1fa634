"""``python -m casecheck``: the same command as ``casecheck``."""

from casecheck.cli import main

main()
