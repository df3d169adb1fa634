"""JSON Lines files the commands read: review records, labels, reviewers' feedback.

One reader for all of them, so a file a user hands over is refused the same way everywhere and
in one clear line: missing, a folder, not UTF-8 (a UTF-8 byte-order mark is fine), a line that
is not JSON or not an object, an object without the key every line must carry.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class JsonlError(ValueError):
    """A JSON Lines file that cannot be used; the message names the file and the line."""


def read_jsonl(path: str | Path, require: str | None = None) -> list[dict[str, Any]]:
    """The objects of ``path``, one a non-blank line; each must hold ``require`` when given."""
    p = Path(path)
    if not p.is_file():
        raise JsonlError(f"{p}: {'a folder, not a file' if p.is_dir() else 'file not found'}")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise JsonlError(f"{p}: not UTF-8 text") from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise JsonlError(f"{p}:{n}: not JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise JsonlError(f"{p}:{n}: not a JSON object")
        if require is not None and require not in obj:
            raise JsonlError(f"{p}:{n}: no {require!r}")
        out.append(obj)
    return out
