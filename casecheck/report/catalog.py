"""What the reports say about a defect code: its name, category and legal basis (defects.yaml)."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from casecheck.resources import rules_dir

CATEGORY_ORDER = ("SUBJ", "EVID", "LAW", "PROC", "DISC", "DOC", "SERV", "EXEC", "ARCH")
SEVERITY_NAMES = {"veto": "否决", "deduct": "扣分", "warn": "提示", "info": "信息"}


@cache
def defects() -> dict[str, Any]:
    """The parsed contract file ``defects.yaml`` (categories and codes)."""
    return yaml.safe_load((rules_dir() / "contract" / "defects.yaml").read_text(encoding="utf-8"))


@cache
def codes() -> dict[str, dict[str, Any]]:
    """Defect code → its entry (``name``, ``trigger``, ``basis``, ``kind``)."""
    return {c["code"]: c for c in defects()["codes"]}


def category_name(cat: str) -> str:
    """``PROC`` → ``程序``: the short Chinese name, without the parenthesised gloss."""
    full = defects()["categories"].get(cat, cat)
    return full.split(" (")[0].split("（")[0]


def category_of(code: str) -> str:
    """``PROC-03`` → ``PROC``."""
    return code.split("-")[0]


def code_name(code: str) -> str:
    """The defect's short Chinese name (``超过法定办案期限``); the code itself when unknown."""
    return codes().get(code, {}).get("name", code)


def code_basis(code: str) -> str:
    """The defect's legal basis as defects.yaml states it."""
    return codes().get(code, {}).get("basis", "")
