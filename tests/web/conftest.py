"""The workbench tests' fixture: one prepared site (see ``web_helpers.build_site``)."""

from __future__ import annotations

import pytest
from web_helpers import Site, build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """One prepared workbench for the HTTP tests; they run in file order (pytest's default) and
    some build on the state earlier ones left (a case decided, then returned and re-reviewed)."""
    return build_site(tmp_path_factory.mktemp("workbench"))
