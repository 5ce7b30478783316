"""Where to scroll one column so that its aligned sentences sit level with another's.

Aligned sentences give pairs of heights (top in column A, top in column B; bottom in A,
bottom in B). Between those anchors a height in A maps to B by straight-line interpolation,
as Meld does between its diff chunks. Reports may tell events in another order, so crossing
pairs are dropped, keeping the longest run that goes down both columns together. Plain
numbers in, plain numbers out: no widget here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

Band = tuple[float, float, float, float]
Point = tuple[float, float]


def anchors(bands: list[Band], height_a: float, height_b: float) -> list[Point]:
    """Monotone anchor points ``(y_a, y_b)`` from bands ``(top_a, bottom_a, top_b, bottom_b)``.

    The documents' starts and ends are anchors too, so every height maps somewhere.
    """
    raw = [(0.0, 0.0), (height_a, height_b)]
    for top_a, bottom_a, top_b, bottom_b in bands:
        raw.append((top_a, top_b))
        raw.append((bottom_a, bottom_b))
    return _increasing(sorted(raw))


def _increasing(points: list[Point]) -> list[Point]:
    """The longest subsequence of ``points`` (sorted by x) strictly increasing in x and y."""
    tails: list[float] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(points)
    for i, (x, y) in enumerate(points):
        if i and x == points[i - 1][0]:
            continue
        slot = bisect_left(tails, y)
        previous[i] = tail_index[slot - 1] if slot else -1
        if slot == len(tails):
            tails.append(y)
            tail_index.append(i)
        else:
            tails[slot] = y
            tail_index[slot] = i
    chain: list[Point] = []
    at = tail_index[-1] if tail_index else -1
    while at != -1:
        chain.append(points[at])
        at = previous[at]
    return chain[::-1]


def map_y(points: list[Point], y: float) -> float:
    """The height in column B level with height ``y`` of column A."""
    if not points:
        return y
    xs = [p[0] for p in points]
    at = bisect_right(xs, y)
    if at == 0:
        return points[0][1] + (y - points[0][0])
    if at == len(points):
        return points[-1][1] + (y - points[-1][0])
    (x0, y0), (x1, y1) = points[at - 1], points[at]
    return y0 + (y - x0) * (y1 - y0) / (x1 - x0)
