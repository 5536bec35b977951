"""What the backfill's fork server imports before forking any worker: the extraction model, loaded once for all."""

import atexit
import contextlib
import gc
import os
import signal
import sys

from townwatch.backfill.model_server import ONE_THREAD

# One BLAS/OpenMP thread in the server and every worker it forks, set before spaCy brings numpy in (the server's
# environment only: the run that started it keeps its own).
for _name in ONE_THREAD:
    os.environ.setdefault(_name, "1")

# Ctrl-C is the parent's to handle (it saves the checkpoint); the server and the workers it forks ignore it, as the
# server does anyway once it has loaded.
signal.signal(signal.SIGINT, signal.SIG_IGN)

from townwatch.backfill.spacy_import import import_spacy  # noqa: E402

import_spacy()  # first, before anything else imports spaCy: without its command line

from townwatch.backfill.worker import load_model  # noqa: E402

# A model that fails to load here fails again in each worker's initializer, which reports it to the run.
with contextlib.suppress(Exception):
    load_model()
# The model's objects out of the garbage collector's sight (they live as long as the process): the workers' pages
# stay shared (a collection would write to every object it visits), their collections skip them, and the server's
# exit does not walk them (the interpreter's final collections over the model took 2.3 s here).
gc.freeze()


def _exit_now() -> None:
    """The server's end (the run that started it has exited): leave at once. Its interpreter's shutdown would tear
    down every module of the model first, while whoever reads the run's output (the server holds its stdout and
    stderr) waits for it: 0.2 s here under load. The workers it forked leave with ``os._exit`` too."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


atexit.register(_exit_now)  # last registered, so first run: nothing else is left to run at exit in this server
