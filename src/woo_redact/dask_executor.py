"""Run a bundle's documents on a Dask cluster instead of local processes.

The same tasks as the local pool (:mod:`woo_redact.bundle`): documents are tasks, each worker
loads the policy and models once (a worker plugin), inputs and outputs are paths every worker
must be able to reach, and outputs are written atomically by the worker. The scheduler, not we,
re-runs a task whose worker died; a document whose worker dies twice comes back as a failed
result (``distributed.scheduler.allowed-failures`` = 1), never twice in the output.

Optional: ``pip install woo-redact[dask]``. Without ``--scheduler`` a ``LocalCluster`` of
``jobs`` single-threaded worker processes is started and closed again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .errors import ExecutorError
from .policy import Policy

log = logging.getLogger(__name__)


def _require_dask() -> Any:
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - exercised when the extra is absent
        raise ExecutorError(
            "--executor dask needs Dask distributed: install it with `pip install woo-redact[dask]`"
        ) from exc
    return distributed


def _plugin(policy: Policy, ner: bool, work_dir: str | None) -> Any:
    """A worker plugin that builds the pipeline once per worker process."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        name = "woo-redact-pipeline"

        def __init__(self) -> None:
            self.policy, self.ner = policy, ner

        def setup(self, worker: Any) -> None:
            from .bundle import _init_worker

            _init_worker(None, self.policy, self.ner, work_dir, True)

    return LoadPipeline()


class DaskExecutor:
    """The :class:`woo_redact.bundle.Executor` protocol on Dask."""

    def __init__(self, jobs: int, policy: Policy, ner: bool, scheduler: str | None = None, work_dir: str | None = None) -> None:
        distributed = _require_dask()
        import dask

        self._cluster = None
        if scheduler:
            self.client = distributed.Client(scheduler)
        else:
            # Scoped, not process-wide: the scheduler of our own cluster reads it when it starts.
            with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
                self._cluster = distributed.LocalCluster(
                    n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
                )
            self.client = distributed.Client(self._cluster)
        self.client.register_plugin(_plugin(policy, ner, None if scheduler else work_dir))
        from .bundle import _describe_task

        self.detector_names, self.model = self.client.submit(_describe_task, None, pure=False).result()
        self.jobs = jobs

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any], on_crash: Callable[[Any], Any] | None = None) -> Iterator[Any]:
        from distributed import KilledWorker

        from .bundle import _call

        futures = [self.client.submit(_call, fn, t, pure=False) for t in tasks]
        try:
            for t, f in zip(tasks, futures):
                try:
                    yield f.result()
                except KilledWorker:
                    if on_crash is None:
                        raise
                    yield _call(on_crash, t)
        finally:
            self.client.cancel([f for f in futures if not f.done()])

    def abort(self) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
