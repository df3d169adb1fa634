"""The workbench tests' fixture: one prepared site (see ``web_helpers.build_site``)."""

from __future__ import annotations

import pytest
from web_helpers import Site, build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """One prepared workbench for all web tests (they use different cases or tolerate order)."""
    return build_site(tmp_path_factory.mktemp("workbench"))
