"""Locate the data that ships with casecheck: rule packs, profiles, the law catalog and models.

In a wheel install they live in ``casecheck/_data/{rules,models}``; in a source checkout (editable
install, tests) they are the top-level ``rules/`` and ``models/`` folders of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The shipped folder ``name`` (``rules`` or ``models``); raises if neither location exists."""
    for candidate in (_PKG / "_data" / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"casecheck data folder {name!r} not found (broken install?)")


def rules_dir() -> Path:
    """Folder of YAML rule packs, profiles, benchmarks and the compiled law catalog."""
    return data_dir("rules")


def models_dir() -> Path:
    """Folder of shipped scorer models and their model card."""
    return data_dir("models")
