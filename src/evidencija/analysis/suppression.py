"""Small-cell suppression for every table that leaves the tool.

Primary: a count of 1–4 is suppressed (0 is shown: an empty cell reveals no one; ICO / SDC
handbook practice for small counts). Secondary: a suppressed count must not be recoverable from
the totals, so in every line of the table — each row with its row total, each column with its
column total, and the total row with the grand total — that has exactly one suppressed member,
one more member is suppressed: the smallest non-zero count in the line (ties: the first), or the
line's total if no such count is left. This repeats until no line has exactly one suppressed
member. (The usual hypercube heuristic for two-way tables; it protects against recovery by
subtraction along rows and columns, which is what a reader of a published table can do.)

Shares and rates are computed only from unsuppressed counts: a rate whose numerator or
denominator is suppressed is suppressed too (`suppress_rate`).

The function works on plain lists of ints, so it serves any table shape the indicators produce.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_SHOWN = 5
"""Counts 1 … MIN_SHOWN-1 are suppressed."""

SUPPRESSED = None
"""How a suppressed value appears in a published table."""


@dataclass(frozen=True)
class Suppressed:
    """A two-way table after suppression; `None` marks a suppressed value."""

    cells: list[list[int | None]]
    row_totals: list[int | None]
    col_totals: list[int | None]
    total: int | None
    primary: int
    secondary: int


def is_small(value: int, threshold: int = MIN_SHOWN) -> bool:
    return 0 < value < threshold


def suppress_table(
    cells: Sequence[Sequence[int]],
    *,
    threshold: int = MIN_SHOWN,
    row_totals: Sequence[int] | None = None,
    col_totals: Sequence[int] | None = None,
    total: int | None = None,
) -> Suppressed:
    """Primary and secondary suppression of a two-way table of counts with its margins.

    The margins default to the sums of `cells`; pass them when they are not plain sums (a person
    counted in several columns, a distinct count): they are then protected the same way, but only
    lines whose members add up to their total take part in the secondary pass.
    """
    n_rows = len(cells)
    n_cols = len(cells[0]) if n_rows else 0
    grid = [list(map(int, row)) for row in cells]
    rt = list(row_totals) if row_totals is not None else [sum(r) for r in grid]
    ct = (
        list(col_totals)
        if col_totals is not None
        else [sum(grid[i][j] for i in range(n_rows)) for j in range(n_cols)]
    )
    gt = total if total is not None else sum(rt)

    # Positions: (i, j) for cells, (i, n_cols) row totals, (n_rows, j) column totals,
    # (n_rows, n_cols) the grand total.
    value: dict[tuple[int, int], int] = {}
    for i in range(n_rows):
        for j in range(n_cols):
            value[(i, j)] = grid[i][j]
        value[(i, n_cols)] = rt[i]
    for j in range(n_cols):
        value[(n_rows, j)] = ct[j]
    value[(n_rows, n_cols)] = gt

    hidden = {pos for pos, v in value.items() if is_small(v, threshold)}
    primary = len(hidden)

    lines: list[list[tuple[int, int]]] = []
    for i in range(n_rows + 1):
        members = [(i, j) for j in range(n_cols)]
        if sum(value[p] for p in members) == value[(i, n_cols)]:
            lines.append(members + [(i, n_cols)])
    for j in range(n_cols + 1):
        members = [(i, j) for i in range(n_rows)]
        if sum(value[p] for p in members) == value[(n_rows, j)]:
            lines.append(members + [(n_rows, j)])

    changed = True
    while changed:
        changed = False
        for line in lines:
            in_line = [p for p in line if p in hidden]
            if len(in_line) != 1:
                continue
            total_pos = line[-1]
            candidates = [p for p in line[:-1] if p not in hidden and value[p] > 0]
            if candidates:
                choice = min(candidates, key=lambda p: (value[p], p))
            elif total_pos not in hidden:
                choice = total_pos
            else:
                # The total is the one hidden member and every other member is 0 or hidden:
                # the zeros are exact, so hide one (the line cannot otherwise be protected).
                zeros = [p for p in line[:-1] if p not in hidden]
                if not zeros:
                    continue
                choice = zeros[0]
            hidden.add(choice)
            changed = True

    def shown(pos: tuple[int, int]) -> int | None:
        return None if pos in hidden else value[pos]

    return Suppressed(
        cells=[[shown((i, j)) for j in range(n_cols)] for i in range(n_rows)],
        row_totals=[shown((i, n_cols)) for i in range(n_rows)],
        col_totals=[shown((n_rows, j)) for j in range(n_cols)],
        total=shown((n_rows, n_cols)),
        primary=primary,
        secondary=len(hidden) - primary,
    )


def suppress_rate(
    numerator: int | None, denominator: int | None, threshold: int = MIN_SHOWN
) -> float | None:
    """A share (0–1) that is published only when both counts may be published."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    if (
        is_small(numerator, threshold)
        or is_small(denominator, threshold)
        or is_small(denominator - numerator, threshold)  # "all but 2" reveals the 2
    ):
        return None
    return numerator / denominator
