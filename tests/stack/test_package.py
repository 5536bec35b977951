"""The stack package's names load on first use, so the store's process (``-m townwatch.stack.object_server``) starts light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import townwatch.stack


@pytest.mark.parametrize("name", townwatch.stack.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(townwatch.stack, name) is not None


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        townwatch.stack.nope  # noqa: B018


def test_the_object_server_imports_no_broker_module() -> None:
    # a store restarted after a kill -9 must be back before Tansu's storage client stops retrying: importing the
    # brokers (aiokafka, settings) cost it ~0.4 s on a quiet machine and seconds under load
    code = "import sys, townwatch.stack.object_server; print(sorted(m for m in sys.modules if m.startswith(('aiokafka', 'townwatch.stack.'))))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['townwatch.stack.object_server']"
