"""The workbench tests' fixtures: one prepared site for every module (``web_helpers.build_site``),
and cheap password hashing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_helpers import Site, build_site


@pytest.fixture(scope="session", autouse=True)
def fast_hashing() -> Iterator[None]:
    """argon2id with its smallest cost: the tests sign in a hundred times and argon2's default
    (64 MiB, 3 passes) is made to be slow. The hash format and the checks stay the same."""
    from argon2 import PasswordHasher

    from casecheck.web import auth

    kept = auth._hasher
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    auth._hasher = kept


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, fast_hashing: None) -> Site:
    """One prepared workbench for every module; each test that changes a case has its own."""
    return build_site(tmp_path_factory.mktemp("workbench"))
