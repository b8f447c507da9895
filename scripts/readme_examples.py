"""Run the README's console examples and write their real output into the README.

Usage: ``python scripts/readme_examples.py`` (``--check`` only reports differences).
``tests/test_readme.py`` runs the same commands and fails when the README and the
program disagree; this script is how the README is brought up to date.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
_CONSOLE = re.compile(r"^```console\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)


def run(command: str, folder: Path) -> str:
    """Return what a ``mapper ...`` command prints (stdout, then stderr) in ``folder``."""
    argv = shlex.split(command)
    if argv[0] != "mapper":
        raise SystemExit(f"only mapper commands can be run, got {command!r}")
    done = subprocess.run(
        [sys.executable, "-m", "mapper", *argv[1:]],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
    )
    return done.stdout + done.stderr


def rewrite(text: str, folder: Path) -> str:
    """Return the README text with every console block's output made afresh."""

    def block(match: re.Match[str]) -> str:
        chunks = re.split(r"^(?=\$ )", match["body"], flags=re.MULTILINE)
        out = []
        for chunk in chunks:
            if chunk.startswith("$ "):
                command = chunk[2:].partition("\n")[0]
                chunk = f"$ {command}\n{run(command, folder)}"
            out.append(chunk)
        return "```console\n" + "".join(out) + "```"

    return _CONSOLE.sub(block, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, do not write")
    args = parser.parse_args()
    from mapper.example import example_article

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "article.txt").write_text(example_article(), encoding="utf-8")
        old = README.read_text(encoding="utf-8")
        new = rewrite(old, folder)
    if new == old:
        print("README console examples are up to date")
        return 0
    if args.check:
        print("README console examples differ from the program's output")
        return 1
    README.write_text(new, encoding="utf-8")
    print(f"rewrote the console examples of {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
