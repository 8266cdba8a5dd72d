"""What the benchmarks share: timing an action the same way.

Imported as ``_common`` by the scripts beside it (run as ``python benchmarks/<name>.py``,
which puts this folder first on ``sys.path``).
"""

from __future__ import annotations

import time
from collections.abc import Callable


def timed_ms(action: Callable[[], object], runs: int,
             before: Callable[[int], object] = lambda run: None) -> list[float]:
    """The times of ``runs`` calls of ``action`` in milliseconds, sorted, after one untimed
    warm-up call (first-touch caches and imports are not what is measured). ``before(run)``
    runs untimed ahead of each timed call."""
    action()
    times = []
    for run in range(runs):
        before(run)
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return times
