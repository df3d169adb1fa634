"""Locate the data that ships with casecheck: rule packs, profiles, the law catalog and models.

In a wheel install they live in ``casecheck/_data/{rules,models}``; in a source checkout (editable
install, tests) they are the top-level ``rules/`` and ``models/`` folders of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

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


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` through libyaml's C parser when PyYAML has it (the same data, several
    times faster: rule packs and profiles are parsed at every start-up).

    Text the C parser refuses is parsed again by the pure-Python one, so an error raised (and
    its message, which quotes the offending line) is exactly ``yaml.safe_load``'s.
    """
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)
        except yaml.YAMLError:
            pass
    return yaml.load(text, Loader=yaml.SafeLoader)
