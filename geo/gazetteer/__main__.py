"""``python -m geo.gazetteer``: rebuild the index or the US centroids (needs the ``gazetteer`` extra).

Usage::

    python -m geo.gazetteer build [PATH]
    python -m geo.gazetteer us-points US_ATLAS_PACKAGE_DIR
"""

from __future__ import annotations

import sys

from geo.gazetteer.build import build_index, write_county_points

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command; return its exit status (2 with the usage for anything else).

    Examples
    --------
    >>> main(["help"])
    usage: python -m geo.gazetteer build [PATH]
           python -m geo.gazetteer us-points US_ATLAS_PACKAGE_DIR
    2
    """
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["build"]:
        print(build_index(args[1] if len(args) > 1 else None))
        return 0
    if args[:1] == ["us-points"] and len(args) > 1:
        for path in write_county_points(args[1]):
            print(path)
        return 0
    print("usage: python -m geo.gazetteer build [PATH]\n"
          "       python -m geo.gazetteer us-points US_ATLAS_PACKAGE_DIR")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
