"""The README's examples run verbatim: its console sessions print what it shows, and its
Python blocks run.

Console blocks are run line by line (``$ mapper ...``) in a folder where ``article.txt``
is the bundled example story, and their output is compared with the README's, exactly;
``scripts/readme_examples.py`` runs them the same way to bring the README up to date.
Python blocks run in the same folder, each in a fresh namespace.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from mapper.example import example_article
from scripts.readme_examples import run

README = Path(__file__).resolve().parents[1] / "README.md"
_BLOCK = re.compile(r"^```(?P<lang>\w+)\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(lang: str) -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 1, m["body"])
        for m in _BLOCK.finditer(text)
        if m["lang"] == lang
    ]


def _sessions() -> list[tuple[int, str, str]]:
    """Return (line, command, expected output) for every ``$`` line of the console blocks."""
    out = []
    for line, body in _blocks("console"):
        for chunk in re.split(r"^(?=\$ )", body, flags=re.MULTILINE):
            if chunk.startswith("$ "):
                command, _, expected = chunk[2:].partition("\n")
                out.append((line, command, expected))
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readme")
    (path / "article.txt").write_text(example_article(), encoding="utf-8")
    return path


@pytest.mark.parametrize(("line", "command", "expected"), _sessions())
def test_console_example_prints_what_the_readme_shows(folder, line, command, expected):
    assert shlex.split(command)[0] == "mapper", f"README line {line}: only mapper commands run"
    shown = run(command, folder)
    assert shown == expected, f"README line {line}: {command}"


@pytest.mark.parametrize(("line", "code"), _blocks("python"))
def test_python_example_runs(folder, monkeypatch, line, code):
    monkeypatch.chdir(folder)
    exec(compile(code, f"README.md, block at line {line}", "exec"), {"__name__": "readme"})
