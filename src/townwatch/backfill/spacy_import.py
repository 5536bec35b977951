"""``import spacy`` without its command line: what the backfill's model server imports spaCy with."""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["import_spacy"]

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported (with the command line) when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """spaCy, imported without running ``spacy.cli``'s package (typer, click, weasel, requests: about a quarter of
    ``import spacy``'s time, on the critical path of the backfill's start-up). spaCy's ``__init__`` imports it only
    to re-export ``spacy.info``: while it runs, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins whose ``info``
    imports the real command on first call; they are removed right after, so a later ``import spacy.cli`` (spaCy's
    own ``python -m spacy``) gets the real package. If spaCy ever imports anything else from its command line at
    import time, the stand-ins are dropped and spaCy is imported as usual."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli, info = types.ModuleType(_CLI), types.ModuleType(_INFO)
    cli.__path__ = []  # a package (its submodules resolve through sys.modules only)
    info.info = _info  # type: ignore[attr-defined]
    sys.modules[_CLI], sys.modules[_INFO] = cli, info
    try:
        import spacy
    except ImportError:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    finally:
        for name, stand_in in ((_CLI, cli), (_INFO, info)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    return spacy
