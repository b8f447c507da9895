"""Typed boundaries: mypy finds nothing in mapper/, and no public signature takes Any."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from mypy import api

import mapper

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_finds_nothing_in_the_package():
    out, err, status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "mapper")]
    )
    assert status == 0, out + err
    assert out.startswith("Success: no issues found")


def _public_modules() -> list[str]:
    names = ["mapper"]
    for info in pkgutil.walk_packages(mapper.__path__, "mapper."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return names


def _signatures(module_name: str):
    module = importlib.import_module(module_name)
    for name in getattr(module, "__all__", ()):
        obj = getattr(module, name)
        if inspect.isfunction(obj):
            yield f"{module_name}.{name}", obj
        elif inspect.isclass(obj) and obj.__module__.startswith("mapper"):
            for attr, member in vars(obj).items():
                if inspect.isfunction(member) and (attr == "__init__" or not attr.startswith("_")):
                    yield f"{module_name}.{name}.{attr}", member


_ANY = re.compile(r"\bAny\b")


@pytest.mark.parametrize("module_name", _public_modules())
def test_no_public_signature_takes_or_returns_any(module_name):
    loose = []
    for where, function in _signatures(module_name):
        for param in inspect.signature(function).parameters.values():
            if _ANY.search(str(param.annotation)):
                loose.append(f"{where}({param.name}: {param.annotation})")
        returned = inspect.signature(function).return_annotation
        if _ANY.search(str(returned)):
            loose.append(f"{where} -> {returned}")
    assert not loose, "public signatures with Any: " + "; ".join(loose)
