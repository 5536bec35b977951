"""spaCy imported for the model server without its command line, which stays importable and callable."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, sys
from townwatch.backfill.spacy_import import import_spacy
spacy = import_spacy()
skipped = [m for m in ("spacy.cli", "spacy.cli.info", "typer", "weasel") if m in sys.modules]
nlp = spacy.blank("en")
tokens = [t.text for t in nlp("Iraqi forces took Hawija.")]
version = spacy.info()["spacy_version"]  # the stand-in imports the real command
import spacy.cli
print(json.dumps({"skipped": skipped, "tokens": tokens, "info": version == spacy.__version__,
                  "cli": callable(getattr(spacy.cli, "setup_cli", None))}))
"""


def test_spacy_imports_without_its_command_line_and_keeps_it() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["skipped"] == []  # none of the command line's modules were imported with spaCy
    assert seen["tokens"] == ["Iraqi", "forces", "took", "Hawija", "."]
    assert seen["info"] and seen["cli"]  # spacy.info and a later `import spacy.cli` get the real command
