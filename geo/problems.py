"""Problems: what was skipped or not resolved, reported rather than dropped.

Every stage that cannot use a piece of input appends a :class:`Problem` to the
``problems`` list it was given (``read_corpus(..., problems=...)``,
``load_records``, the engine's workers, an online geocoder's
``problems()``) and goes on with the rest: one bad file, row or document
never sinks a run. Where each stage reports:

========== =========================================================== =====================
stage      what is reported                                            where
========== =========================================================== =====================
ingest     unreadable, empty, binary or undecodable files; bad table   :mod:`geo.ingest`
           rows (missing text, bad dates); metadata rows naming no file
geoparse   a document the geoparser failed on; ``--mentions`` rows      :mod:`geo.engine`
           that do not fit the corpus; a place not resolved            :mod:`maps.export`
records    visit-record rows without a traveller, date or place; a     :mod:`geo.records`
           locale the gazetteer cannot place
geocode    online geocoder queries that failed or found nothing        :mod:`geo.geocoders`
events     a document whose visits or ties could not be extracted      :mod:`geo.engine`
map        a visit without coordinates (not drawn)                     :mod:`maps.export`
========== =========================================================== =====================

The command line shows the first problems as one line each
(:func:`problem_lines`) and writes them all with ``--report FILE``, a CSV in
the ``source,row,stage,reason,text`` layout of :data:`geo.output.PROBLEM_FIELDS`
(the one table writer, :func:`geo.output.write_values`).

Examples
--------
>>> problems = [Problem("visits.csv", "no traveller", "records", row=4),
...             Problem("a.html", "empty file")]
>>> for line in problem_lines(problems, limit=1):
...     print(line)
visits.csv, row 4: no traveller
... and 1 more
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Problem", "STAGES", "problem_lines"]

#: The stages a problem can come from, in pipeline order.
STAGES = ("ingest", "geoparse", "records", "geocode", "events", "map")


@dataclass(frozen=True, slots=True)
class Problem:
    r"""Something skipped or not resolved, reported rather than dropped.

    ``source`` names the file (or document id), ``row`` the 1-based data row
    when there is one, ``stage`` the pipeline stage (one of :data:`STAGES`)
    and ``reason`` what was wrong; ``text`` is the offending text, if any.

    A reason is one line: a line break it quotes from the input (a CSV header
    cell that spans lines) is written ``\n``.

    Examples
    --------
    >>> print(Problem("a.csv", "found columns: Tashkent\nTashkent, b").reason)
    found columns: Tashkent\nTashkent, b
    """

    source: str
    reason: str
    stage: str = "ingest"
    row: int | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if "\n" in self.reason or "\r" in self.reason:
            object.__setattr__(self, "reason", self.reason.replace("\r", "\\r").replace("\n", "\\n"))

    @property
    def where(self) -> str:
        """The file (and row) to look at, e.g. ``"visits.csv, row 4"``.

        Examples
        --------
        >>> Problem("visits.csv", "no traveller", row=4).where
        'visits.csv, row 4'
        """
        return self.source + (f", row {self.row}" if self.row else "")


def problem_lines(problems: Sequence[Problem], *, limit: int = 20) -> list[str]:
    """One line per problem, ``"<file>[, row N]: <reason>"``, the first ``limit`` of them.

    When there are more, a last line says how many were left out.
    """
    lines = [f"{p.where}: {p.reason}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more")
    return lines
