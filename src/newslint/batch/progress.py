"""Progress of a batch run: a rich bar on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else f"{m}m{s:02d}s" if m else f"{s}s"


class Progress:
    """``advance(n)`` after each shard; ``close()`` at the end. ``total`` may be unknown (None)."""

    def __init__(
        self,
        total: int | None,
        done: int = 0,
        *,
        stream: TextIO | None = None,
        tty: bool | None = None,
        every: float = 10.0,
        enabled: bool = True,
    ):
        self.stream = stream or sys.stderr
        self.total, self.done, self.every = total, done, every
        self.start_done = done
        self.started = self.last = time.monotonic()
        self.enabled = enabled
        self.tty = self.stream.isatty() if tty is None else tty
        self._bar = None
        if enabled and self.tty:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("newslint batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} articles/s"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
            )
            self._bar.start()
            self._task = self._bar.add_task("batch", total=total, completed=done, rate="-")

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return (self.done - self.start_done) / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        rate = self.rate()
        of = f"/{self.total:,}" if self.total is not None else ""
        text = f"newslint batch: {self.done:,}{of} articles, {rate:.1f} articles/s"
        if self.total is not None and rate > 0:
            text += f", ETA {_duration((self.total - self.done) / rate)}"
        return text

    def advance(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done, rate=f"{self.rate():.1f}")
            return
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            print(self.line(), file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
