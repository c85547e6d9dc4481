"""The time budget of one check: a runaway check stops with one clear line instead of hanging.

A check's cost grows linearly with its article (long texts are parsed in bounded pieces, see
``parse.py``), so the budget is a guard against what that guarantee does not foresee, not a
way to cut normal work short. It works in two layers:

- ``within(seconds, source)`` sets a deadline for the code it wraps (a context variable, so it
  holds per thread and per asyncio task). The stages of a check call ``checkpoint()`` between
  bounded pieces of work: between parse batches, between rules, between paragraphs of
  extraction. Past the deadline, ``checkpoint()`` raises ``CheckTimeout``; nothing is killed,
  so the process, its pipeline and its caches stay sound.
- ``alarm(seconds, source)`` is the backstop for the one place a process may interrupt
  itself: its main thread. A signal fires ``grace`` seconds after the deadline and raises
  ``CheckTimeout`` from whatever Python code is running. The CLI uses it; a server runs
  checks in worker processes and kills a worker that outlives its budget instead.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from newslint.errors import NewslintError

# seconds the alarm waits after the deadline, so that a checkpoint normally ends the check
ALARM_GRACE = 1.0


class CheckTimeout(NewslintError):
    """A check ran past its time budget (``max-seconds``)."""

    def __init__(self, source: str, seconds: float) -> None:
        self.source = source
        self.seconds = seconds
        self.problem = (
            f"check stopped after its {seconds:g} s time budget (max-seconds); "
            "the article is too long or too unusual to check in that time"
        )
        super().__init__(f"{source}: {self.problem}")


@dataclass(frozen=True)
class Deadline:
    at: float  # time.monotonic() past which a checkpoint raises
    seconds: float
    source: str

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise CheckTimeout(self.source, self.seconds)

    @property
    def left(self) -> float:
        return self.at - time.monotonic()


_deadline: ContextVar[Deadline | None] = ContextVar("newslint_deadline", default=None)


def checkpoint() -> None:
    """Raise ``CheckTimeout`` if the current check is past its deadline (cheap: one clock read)."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline.at:
        raise CheckTimeout(deadline.source, deadline.seconds)


def current() -> Deadline | None:
    return _deadline.get()


@contextmanager
def within(seconds: float | None, source: str = "<text>") -> Iterator[Deadline | None]:
    """Run the block under a deadline ``seconds`` from now (None or 0: no budget). A deadline
    already set by a caller is never extended: the earlier one holds."""
    outer = _deadline.get()
    if not seconds or seconds <= 0:
        yield outer
        return
    deadline = Deadline(time.monotonic() + seconds, seconds, source)
    if outer is not None and outer.at <= deadline.at:
        deadline = outer
    token = _deadline.set(deadline)
    try:
        yield deadline
    finally:
        _deadline.reset(token)


@contextmanager
def alarm(seconds: float | None, source: str = "<text>") -> Iterator[None]:
    """Backstop for the main thread: a ``CheckTimeout`` raised by a signal ``ALARM_GRACE``
    seconds after the budget, should no checkpoint have ended the check by then. Elsewhere (a
    worker thread, a platform without ``setitimer``) it does nothing."""
    usable = (
        seconds
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def ring(signum: int, frame: object) -> None:
        raise CheckTimeout(source, seconds)

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds + ALARM_GRACE)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
