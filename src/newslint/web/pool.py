"""The check pool: warm worker processes, a bounded queue and a time budget for every check.

``await pool.run(job)`` is how the server runs a check (``newslint.web.worker.CheckJob``): it
waits for a free worker, sends it the job and returns the rendered body, or raises
``PoolError`` with the HTTP status and one line to answer:

- **workers**: ``workers`` processes, forked from a fork server that loaded the spaCy pipeline
  once (``newslint.web.warm``), so a new worker is ready in milliseconds; each checks one
  article at a time;
- **queue**: at most ``queue`` requests wait for a worker; the next is refused at once with
  503 and a Retry-After estimate, and one that waited ``queue_seconds`` without a worker is
  refused the same way, so no request waits longer than its queueing plus its budget;
- **budget**: a check still running after ``max_seconds`` has its worker killed (SIGKILL) and
  replaced, and the request gets 422; a worker that dies (a crash, the OOM killer) gets its
  request a 500 and is replaced; a worker is also retired after ``recycle_after`` checks;
- **close**: idle workers exit, running checks are stopped, all within ``grace`` seconds.

The event loop never checks, pickles or waits on a pipe: sending a job and reading its answer
run on a small thread pool of the pool's own, so a stuck worker cannot stall ``/healthz``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import multiprocessing
import os
import pickle
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from newslint.web.worker import WARM_ENV, CheckJob, Outcome, WorkerSettings, serve_jobs

log = logging.getLogger("newslint.web")


@dataclass(frozen=True)
class PoolSettings:
    workers: int = 2
    queue: int | None = None  # requests waiting for a worker; None: 8 per worker
    max_seconds: float = 10.0  # a check's budget, from the moment a worker takes it
    queue_seconds: float = 10.0  # the longest a request waits for a worker
    start_seconds: float = 300.0  # the longest a worker may take to start
    recycle_after: int = 1000  # checks before a worker is replaced (bounds slow leaks)

    @property
    def queue_limit(self) -> int:
        return self.queue if self.queue is not None else 8 * self.workers


class PoolError(Exception):
    """A check the pool could not complete: the HTTP status and one line for the client."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


class _NotStarted(Exception):
    """The job never reached the worker (it had died while idle): safe to retry elsewhere."""


@dataclass(eq=False)
class _Worker:
    process: Any  # multiprocessing.Process
    conn: Any  # the server's end of the job pipe
    jobs: int = 0
    exchange: Future | None = None  # the pipe I/O in flight, on the pool's thread pool


def _exchange(conn: Any, job: CheckJob) -> Outcome:
    """Send one job and wait for its answer (runs on the pool's I/O threads)."""
    try:
        conn.send_bytes(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:
        raise _NotStarted(str(exc)) from None
    return pickle.loads(conn.recv_bytes())


def _context() -> Any:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newslint.web.warm"])
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


class CheckPool:
    def __init__(self, settings: PoolSettings, worker: WorkerSettings) -> None:
        if settings.workers < 1:
            raise ValueError("a check pool needs at least one worker")
        self.settings = settings
        self.worker_settings = worker
        self.counts: Counter[str] = Counter()  # checks, overran, died, refused, replaced
        self._context = _context()
        self._workers: set[_Worker] = set()
        self._running: set[_Worker] = set()
        self._queued = 0
        self._closing = False
        self._service = 1.0  # seconds per check, a moving average, for Retry-After
        self._starting: set[asyncio.Task] = set()  # replacements being started
        self._reaping: set[asyncio.Task] = set()  # retired workers being stopped
        self._io = ThreadPoolExecutor(
            max_workers=2 * settings.workers + 2, thread_name_prefix="newslint-pipe"
        )
        # every worker holds the reading end; when the server process is gone, they exit
        self._alive_r, self._alive_w = self._context.Pipe(duplex=False)
        self._idle: asyncio.Queue[_Worker] | None = None
        self._start_lock: asyncio.Lock | None = None

    # ---- life cycle ----

    async def start(self) -> None:
        """Start every worker and wait until each has its pipeline loaded."""
        self._idle = asyncio.Queue()
        self._start_lock = asyncio.Lock()
        # read by the fork server when it starts (once per server process): which pipeline to
        # preload, and one BLAS thread per worker (each worker runs one check at a time)
        os.environ[WARM_ENV] = self.worker_settings.pipeline
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        started = await asyncio.gather(
            *(self._spawn() for _ in range(self.settings.workers)), return_exceptions=True
        )
        for worker in started:
            if isinstance(worker, _Worker):
                self._workers.add(worker)
                self._idle.put_nowait(worker)
        failed = [w for w in started if isinstance(w, BaseException)]
        if failed:
            await self.close()
            raise failed[0]

    async def close(self, grace: float = 3.0) -> None:
        """Stop every worker: idle ones exit, running checks are killed."""
        self._closing = True
        for task in list(self._starting):
            task.cancel()
        for worker in list(self._workers):
            self._retire(worker, kill=worker in self._running, why="stopped: server shutdown")
        if self._reaping:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(
                    asyncio.gather(*self._reaping, return_exceptions=True), grace
                )
        self._alive_w.close()  # any worker still there exits now
        self._io.shutdown(wait=False, cancel_futures=True)

    def state(self) -> dict[str, Any]:
        """For /healthz: how many workers, how busy, how many requests wait."""
        return {
            "workers": len(self._workers),
            "busy": len(self._running),
            "queued": self._queued,
            "queue_limit": self.settings.queue_limit,
            "max_seconds": self.settings.max_seconds,
            **{k: self.counts[k] for k in ("checks", "overran", "died", "refused")},
        }

    # ---- running a check ----

    async def run(self, job: CheckJob, timing: dict[str, float] | None = None) -> bytes:
        """The rendered report for ``job``, or PoolError (status and one line).

        ``timing``, when given, gets the seconds spent ``queue`` (waiting for a worker) and
        ``check`` (in the worker), whatever the outcome.
        """
        timing = {} if timing is None else timing
        loop = asyncio.get_running_loop()
        arrived = loop.time()
        budget = self.settings.max_seconds
        if job.kind == "url":  # the fetch has a time limit of its own
            budget += self.worker_settings.fetcher.timeout
        for _attempt in range(3):
            try:
                worker = await self._acquire()
            finally:
                timing["queue"] = loop.time() - arrived
            started = loop.time()
            worker.exchange = self._io.submit(_exchange, worker.conn, job)
            try:
                outcome = await asyncio.wait_for(asyncio.wrap_future(worker.exchange), budget)
            except _NotStarted:
                self._retire(worker, kill=True, why="died while idle")
                continue
            except asyncio.TimeoutError:
                self.counts["overran"] += 1
                self._retire(worker, kill=True, why=f"overran the {budget:g} s budget")
                raise PoolError(
                    422,
                    f"{job.name}: the check took longer than its {budget:g}-second budget "
                    "and was stopped",
                ) from None
            except (EOFError, OSError, pickle.UnpicklingError):
                self.counts["died"] += 1
                self._retire(worker, kill=True, why="died during a check")
                raise PoolError(
                    500, "the check's worker process died; the server log has the details"
                ) from None
            except BaseException:  # cancelled (shutdown): the worker is mid-check
                self._retire(worker, kill=True, why="its request was cancelled")
                raise
            finally:
                timing["check"] = loop.time() - started
            self._release(worker, timing["check"])
            if outcome.status != 200:
                raise PoolError(outcome.status, outcome.error)
            return outcome.body
        raise PoolError(500, "no check worker could take the request; try again")

    async def _acquire(self) -> _Worker:
        assert self._idle is not None, "start() the pool first"
        if self._closing:
            raise PoolError(503, "the server is shutting down", retry_after=5)
        if self._idle.empty() and self._queued >= self.settings.queue_limit:
            self.counts["refused"] += 1
            wait = self._retry_after()
            raise PoolError(
                503,
                f"the server is busy ({self._queued} checks waiting); try again in {wait} s",
                retry_after=wait,
            )
        self._queued += 1
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.settings.queue_seconds)
        except asyncio.TimeoutError:
            self.counts["refused"] += 1
            wait = self._retry_after()
            raise PoolError(
                503,
                f"no check worker was free within {self.settings.queue_seconds:g} s; "
                f"try again in {wait} s",
                retry_after=wait,
            ) from None
        finally:
            self._queued -= 1
        self._running.add(worker)
        return worker

    def _release(self, worker: _Worker, seconds: float) -> None:
        self._running.discard(worker)
        worker.exchange = None
        worker.jobs += 1
        self.counts["checks"] += 1
        self._service = 0.8 * self._service + 0.2 * seconds
        if self._closing or worker.jobs >= self.settings.recycle_after:
            self._retire(worker, kill=False, why=f"retired after {worker.jobs} checks")
        else:
            assert self._idle is not None
            self._idle.put_nowait(worker)

    def _retry_after(self) -> int:
        waiting = (self._queued + 1) * self._service / max(1, len(self._workers))
        return max(1, min(60, math.ceil(waiting)))

    # ---- workers come and go ----

    def _retire(self, worker: _Worker, kill: bool, why: str) -> None:
        """Take ``worker`` out of service, stop it in the background and start a replacement."""
        self._running.discard(worker)
        if worker not in self._workers:
            return
        self._workers.discard(worker)
        log.log(
            logging.WARNING if kill and not self._closing else logging.INFO,
            "check worker %s %s",
            worker.process.pid,
            why,
        )
        if kill:
            with contextlib.suppress(OSError, ValueError):
                worker.process.kill()
        self._background(self._reap(worker), self._reaping)
        if not self._closing:
            self.counts["replaced"] += 1
            self._background(self._replace(), self._starting)

    @staticmethod
    def _background(coroutine: Any, tasks: set[asyncio.Task]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    async def _reap(self, worker: _Worker) -> None:
        """Wait for a retired (or killed) worker to end; kill it if it will not."""
        loop = asyncio.get_running_loop()
        if worker.exchange is not None:  # the I/O thread ends with the worker (end of pipe)
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(worker.exchange)), 5)
        worker.conn.close()  # an idle worker exits when its pipe closes
        await loop.run_in_executor(self._io, worker.process.join, 5)
        if worker.process.exitcode is None:
            with contextlib.suppress(OSError, ValueError):
                worker.process.kill()
            await loop.run_in_executor(self._io, worker.process.join, 5)
        with contextlib.suppress(ValueError):
            worker.process.close()

    async def _replace(self) -> None:
        delay = 0.2
        while not self._closing:
            try:
                worker = await self._spawn()
            except PoolError as exc:
                log.error("cannot start a check worker: %s; trying again in %g s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(10.0, delay * 2)
                continue
            if self._closing:
                worker.process.kill()
                await self._reap(worker)
                return
            self._workers.add(worker)
            assert self._idle is not None
            self._idle.put_nowait(worker)
            return

    async def _spawn(self) -> _Worker:
        assert self._start_lock is not None
        loop = asyncio.get_running_loop()
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=serve_jobs,
            args=(child, self._alive_r, self.worker_settings),
            name="newslint-check",
            daemon=True,
        )
        async with self._start_lock:  # one start at a time (the fork server's socket)
            await loop.run_in_executor(self._io, process.start)
        child.close()
        worker = _Worker(process, parent)
        worker.exchange = self._io.submit(parent.recv_bytes)  # the worker's "ready" line
        try:
            hello = await asyncio.wait_for(
                asyncio.wrap_future(worker.exchange), self.settings.start_seconds
            )
            status, detail = pickle.loads(hello)
        except (asyncio.TimeoutError, EOFError, OSError):
            process.kill()
            await self._reap(worker)
            raise PoolError(500, "a check worker did not start") from None
        worker.exchange = None
        if status != "ready":
            await self._reap(worker)
            raise PoolError(500, f"a check worker could not start: {detail}")
        return worker
