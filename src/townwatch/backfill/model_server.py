"""The workers' fork server: started early, it loads the extraction model once and forks every worker with it."""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
from multiprocessing.context import BaseContext

__all__ = ["ONE_THREAD", "start_model_server", "worker_context"]

# One BLAS/OpenMP thread per worker: the workers are the parallelism (one per core); a BLAS pool of its own in
# each would oversubscribe the cores (on 2 cores, 2 workers ran slower than 1 before this).
ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
_PRELOAD = "townwatch.backfill.preload"


def worker_context() -> BaseContext:
    """How the workers start: from the fork server where there is one (Linux, macOS), else spawned."""
    return multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")


def start_model_server() -> None:
    """Start loading the model now, in the background, for the workers to come; call it as early as possible.

    The fork server imports ``townwatch.backfill.preload`` (spaCy, the pipeline, gazetteer and catalogues), then
    forks each worker with the model in memory, copy-on-write: no worker pays the start-up (it took about as long as
    extracting the bench corpus on two cores), and the server loads on another core while this process goes on with
    its own imports, the Redis check and counting the input. Idempotent; a no-op without a fork server (each spawned
    worker then loads its own model). This module imports nothing heavy, so that the server starts first.
    """
    context = worker_context()
    if context.get_start_method() != "forkserver":
        return
    # One BLAS thread is set in the server's own environment (``preload``), which its children inherit; not in this
    # process's: whatever else it starts keeps its own threads.
    context.set_forkserver_preload([_PRELOAD])
    multiprocessing.forkserver.ensure_running()
