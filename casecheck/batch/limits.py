"""Per-case resource limits of a worker process: memory (``RLIMIT_AS``) and a parent-death signal.

The wall-clock limit is enforced by the parent (``casecheck.batch.pool``): it kills the worker
that overstays and starts a fresh one, which is the only way to stop a case stuck in native code
(pdfium, Pillow). Memory is limited inside the worker with ``RLIMIT_AS``: an allocation past the
limit raises ``MemoryError`` in Python code (the case becomes ``out_of_memory``) and makes a native
allocation fail instead of waking the OOM killer, which might pick any process of the machine.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
from dataclasses import dataclass

DEFAULT_CASE_TIMEOUT = 600.0
DEFAULT_MEMORY_LIMIT = 4 * 2**30
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Limits:
    """Wall-clock seconds and address-space bytes one case may use (``None``: unlimited)."""

    case_timeout: float | None = DEFAULT_CASE_TIMEOUT
    memory_bytes: int | None = DEFAULT_MEMORY_LIMIT


MAX_SIZE = 2**50  # a petabyte: past any machine, and inside what setrlimit takes


def parse_size(text: str) -> int:
    """Bytes in ``4G``, ``512M``, ``2048K`` or a plain number of bytes, 0 to ``MAX_SIZE``;
    raises ``ValueError`` for anything else (a negative size, nan, 99999999T)."""
    text = text.strip().upper().removesuffix("B")
    units = {"K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}
    value = float(text[:-1]) * units[text[-1]] if text and text[-1] in units else float(text)
    if not 0 <= value <= MAX_SIZE:  # also false for nan
        raise ValueError(f"size out of range: {text}")
    return int(value)


def apply_memory_limit(limit: int | None) -> None:
    """Cap this process's address space at ``limit`` bytes (never raising an existing lower cap).

    Best effort: where ``resource`` is missing (Windows) or the kernel refuses, nothing happens.
    """
    if not limit:
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Linux
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft < limit:
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (a ``kill -9`` of the batch must not
    leave workers behind). A no-op elsewhere."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def worker_setup(memory_bytes: int | None) -> None:
    """Everything a fresh worker process does before its first case."""
    # One OCR/BLAS thread per worker: the pool is the parallelism.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    # The parent handles Ctrl-C: a worker interrupted mid-case would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    apply_memory_limit(memory_bytes)
