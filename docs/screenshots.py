"""Remake the README's pictures with the diplomap CLI of this checkout.

Run from anywhere, with Debian's Chromium and the ``report`` extra installed::

    python3 docs/screenshots.py                 # all four pictures
    python3 docs/screenshots.py report map      # some of them, by name

Each picture is one ``diplomap`` command (listed in ``PICTURES``, the same commands the
README's captions show), run as ``python -m geo`` with this checkout first on
``PYTHONPATH``, from the repository's root, so relative paths in the pictures' credits
stay short. HTML made on the way goes to a temporary folder. ``map-news`` reads the five
seed articles in ``../shared/seeds``; without them it is skipped, and the script says so
and exits with 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"

#: name -> (the diplomap arguments, what must exist first); ``{tmp}`` is a temporary folder.
PICTURES: dict[str, tuple[list[str], list[Path]]] = {
    "map": (["build", "--offline", "-o", "{tmp}/map.html", "--png", "docs/map.png"], []),
    "map-news": (["build", "../shared/seeds", "--meta", "tests/fixtures/seeds_meta.csv", "--offline",
                  "--title", "Five news articles, 2022-2024", "-o", "{tmp}/map-news.html",
                  "--png", "docs/map-news.png"], [SEEDS]),
    "map-secretaries": (["build", "--records", "data/us_secretaries_travels.csv", "--offline",
                         "--title", "US secretaries of state abroad, 1866-2025",
                         "-o", "{tmp}/map-secretaries.html", "--png", "docs/map-secretaries.png"], []),
    "report": (["report", "-o", "{tmp}/report.html", "--png", "docs/report.png"], []),
}


def remake(names: list[str]) -> int:
    """Run the commands of ``names`` (all when empty); the number that could not be made."""
    unknown = [n for n in names if n not in PICTURES]
    if unknown:
        print(f"unknown picture(s) {', '.join(unknown)}; choose from {', '.join(PICTURES)}",
              file=sys.stderr)
        return len(unknown)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT),
                                                                    os.environ.get("PYTHONPATH")])))
    failed = 0
    with tempfile.TemporaryDirectory(prefix="diplomap-shots-") as tmp:
        for name in names or list(PICTURES):
            args, needs = PICTURES[name]
            missing = [str(p) for p in needs if not p.exists()]
            if missing:
                print(f"{name}: skipped, {', '.join(missing)} not found", file=sys.stderr)
                failed += 1
                continue
            cmd = [sys.executable, "-m", "geo", *(a.format(tmp=tmp) for a in args), "-q"]
            print("diplomap " + " ".join(cmd[3:-1]), file=sys.stderr)
            if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
                print(f"{name}: failed", file=sys.stderr)
                failed += 1
    return failed


if __name__ == "__main__":
    sys.exit(1 if remake(sys.argv[1:]) else 0)
