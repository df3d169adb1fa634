"""A small content-addressed JSON cache for OCR results.

Keys are hex digests (of the page image and the OCR settings); each entry is one small JSON file
under ``<dir>/<key[:2]>/<key>.json``, written atomically (temp file + ``os.replace``) so parallel
workers never read half a file. The cache is an optimisation: any I/O problem is ignored.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def default_cache_dir() -> Path:
    """``$CASECHECK_CACHE`` when the variable is set, else ``~/.cache/casecheck/ocr``."""
    env = os.environ.get("CASECHECK_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "casecheck" / "ocr"


class JsonCache:
    """Get and put JSON-serialisable dicts by hex key in ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored dict for ``key``, or ``None`` when absent or unreadable."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` under ``key`` atomically; failures (read-only disk …) are ignored."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(value, fh, ensure_ascii=False)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass
