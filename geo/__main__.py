"""``python -m geo``: the same as the ``diplomap`` command."""

from geo.cli import main

main()
