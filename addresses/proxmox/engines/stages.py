"""Stage lines of long engine work (``create``/``clone ... progress=1``): what is being done
now, how far a big unpack has got, how long it took. An engine holds ``progress`` (a LineSink
or None); ``Stages(engine.progress)`` does nothing when it is None."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
# (annotations only: no ``typing`` at run time)

from .base import LineSink

STEP_PERCENT = 25                  # an unpack reports at 25%, 50%, 75% and 100%


@dataclass
class Stages:
    sink: LineSink | None
    started: float = field(default_factory=time.monotonic)

    def say(self, text: str) -> None:
        if self.sink is not None:
            self.sink(text)

    def elapsed(self) -> str:
        return f"{time.monotonic() - self.started:.1f} s"

    def meter(self, label: str) -> Callable[[int, int], None] | None:
        """An ``on_progress(done, total)`` that says ``label 50% (23 of 46 MiB)`` at each step;
        None when nothing listens (so the work runs its plain, unmetered way)."""
        if self.sink is None:
            return None
        last = [0]

        def on_progress(done: int, total: int) -> None:
            percent = 100 if total <= 0 else done * 100 // total
            step = percent // STEP_PERCENT * STEP_PERCENT
            if step > last[0]:
                last[0] = step
                self.say(f"{label} {step}% ({done / 2**20:.0f} of {total / 2**20:.0f} MiB)")
        return on_progress
