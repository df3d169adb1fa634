"""The extraction cache: a case's facts by the hash of its files and of the extraction code.

A re-run over an unchanged batch reads each case's files only to hash them, loads the facts
from here and redoes only the checks (the checks always re-run: rules, profiles, rosters and
waivers change between runs, and they are cheap). OCR output has its own cache one level down
(``casecheck.ingest.cache``, by page-pixel hash), so a case whose text layer changed but whose
scans did not still skips tesseract.

The key is SHA-256 over: the extraction fingerprint (every source file of ``ingest``,
``extract`` and ``laws``, ``model.py``, ``facts.py`` and the data extraction reads —
``rules/doctypes.yaml`` and ``rules/laws/``), whether OCR is on, the case id, and each file's path
within the case with its content hash. A changed rule or profile leaves the key alone; a changed
extractor changes every key. Values are zlib-compressed JSON: ``{"facts": …, "warnings": […]}``
or ``{"error": {"kind", "message"}}`` for a case ingestion refused (a corrupt PDF stays corrupt).
The OCR engine is not in the key: asking tesseract for its version costs ~90 ms of CPU a run,
and a text-layer case never needs it. An entry whose case went through OCR carries the engine
instead (``"ocr_engine"``: the tesseract version line), and is a hit only for the same engine;
the finished records of such cases are kept under their facts key salted with the engine
(``engine_key``). Entries are written atomically, so
parallel workers and a ``kill -9`` never leave half a file; any I/O problem is a cache miss.
Reading an entry only parses JSON (never pickle): a tampered cache folder can give wrong facts
at worst, never run code.

A put is on every fresh case's path (two per case: facts and record), so it is kept cheap:
``orjson`` encodes (the standard ``json`` when a value is beyond it, e.g. non-string keys),
each fan-out folder is created once per process, and the entry is written with one ``os.write``
to a temporary name made from the process id and a counter instead of ``mkstemp``'s retries.

A second level (``RecordCache``, optional) keeps finished records under the facts key plus the
*review fingerprint*: all of casecheck's code, the shipped rules, profiles and models, the
resolved profile, the roster's and waivers' contents and the options. An unchanged re-run then
redoes nothing; a changed rule, profile, roster or waiver file misses this level only, and the
checks re-run over the cached facts.

A freshly reviewed case's record and facts are written as one file (a pair of zlib streams:
the record, then the facts entry) under the record's key, and the facts entry is a hard link to
it (``RecordCache.put_with_facts``): creating a file's inode is most of a put's cost, a link is
not. A record reads the first stream of its file, facts the last, so a re-run decompresses only
the record.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import tempfile
import zlib
from pathlib import Path
from typing import Any

import orjson

from casecheck.ingest.cache import default_cache_dir
from casecheck.ingest.reader import read_bytes_sha256
from casecheck.model import CaseError

_PKG = Path(__file__).resolve().parents[1]
_CODE_PARTS = ("ingest", "extract", "laws", "model.py", "facts.py", "resources.py")
_DATA_PARTS = ("doctypes.yaml", "laws")
# 2: the OCR engine moved from the key into OCR'd entries; 3: a fresh record and its facts in one file
FORMAT_VERSION = "facts-3"


def _files_under(root: Path, part: str, suffixes: tuple[str, ...]) -> list[Path]:
    base = root / part
    if base.is_file():
        return [base]
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in suffixes)


@functools.lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """Hash of everything extraction depends on (code and data), computed once per process."""
    from casecheck.resources import rules_dir

    digest = hashlib.sha256(FORMAT_VERSION.encode())
    sources = [(p, p.relative_to(_PKG)) for part in _CODE_PARTS for p in _files_under(_PKG, part, (".py",))]
    rules = rules_dir()
    sources += [
        (p, Path("rules") / p.relative_to(rules))
        for part in _DATA_PARTS
        for p in _files_under(rules, part, (".yaml", ".yml", ".json", ".gz", ".csv"))
    ]
    for path, name in sources:
        digest.update(str(name).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def ocr_engine() -> str:
    """The OCR engine's version line (``no-ocr-engine`` without a usable tesseract), asked once
    per process and only for a case that went through OCR."""
    from casecheck.ingest.ocr import tesseract_version
    from casecheck.model import CaseError

    try:
        return tesseract_version()
    except CaseError:
        return "no-ocr-engine"


@functools.lru_cache(maxsize=1)
def _package_fingerprint() -> str:
    """Hash of all of casecheck's code, shipped rules and models (what a review depends on)."""
    from casecheck.resources import data_dir

    digest = hashlib.sha256(FORMAT_VERSION.encode())
    roots = [(_PKG, "casecheck", (".py",))]
    for name in ("rules", "models"):
        try:
            roots.append((data_dir(name), name, ("",)))
        except FileNotFoundError:
            continue
    for root, label, suffixes in roots:
        for p in sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith(suffixes)):
            if "__pycache__" in p.parts:
                continue
            digest.update(f"{label}/{p.relative_to(root)}\0".encode())
            digest.update(p.read_bytes())
    try:
        digest.update(f"chinese-calendar={_calendar_version()}".encode())
    except Exception:  # the holiday calendar decides deadlines: unknown version, no reuse
        digest.update(os.urandom(16))
    return digest.hexdigest()


def _calendar_version() -> str:
    """The installed ``chinese-calendar``'s version: the module's ``__version__`` (it is imported
    for the deadlines anyway), else the distribution's metadata — importing ``importlib.metadata``
    and reading it cost ~20 ms of CPU at every start-up."""
    import chinese_calendar

    found = getattr(chinese_calendar, "__version__", None)
    if isinstance(found, str) and found:
        return found
    from importlib.metadata import version

    return version("chinese-calendar")


@functools.lru_cache(maxsize=16)
def _profile_fingerprint(profile: str) -> str:
    from casecheck.checks.profiles import load_profile

    return hashlib.sha256(repr(load_profile(profile)).encode()).hexdigest()


def _file_hash(path: Path | None) -> str:
    if path is None:
        return "none"
    try:
        return read_bytes_sha256(Path(path))
    except OSError:
        return f"unreadable:{path}"


def review_fingerprint(options: Any) -> str:
    """Everything besides the facts that a review record depends on: all of casecheck's code, its
    rules, profiles and models, the resolved profile, the roster's and waivers' contents and the
    options. A changed rule, profile, roster or waiver changes it; the facts key does not move."""
    digest = hashlib.sha256(_package_fingerprint().encode())
    digest.update(_profile_fingerprint(options.profile).encode())
    digest.update(f"roster={_file_hash(options.roster)}\0waivers={_file_hash(options.waivers)}\0".encode())
    digest.update(
        f"model={options.model}\0ocr={options.ocr}\0extra={sorted(options.extra.items())!r}".encode()
    )
    return digest.hexdigest()


def record_key(facts_key: str, source: str, options: Any) -> str:
    """The key of a finished record: the case's facts key, its path and the review fingerprint."""
    return hashlib.sha256(f"{facts_key}\0{source}\0{review_fingerprint(options)}".encode()).hexdigest()


def case_key(case_id: str, files: list[tuple[str, str]], ocr: bool) -> str:
    """The cache key of a case: its id, ``(name within the case, sha256)`` of each file, the OCR
    switch and the extraction fingerprint (not the OCR engine: see ``engine_key``)."""
    digest = hashlib.sha256(extraction_fingerprint().encode())
    digest.update(f"\0ocr={'on' if ocr else 'off'}\0id={case_id}\0".encode())
    for name, sha in files:
        digest.update(f"{name}\0{sha}\0".encode())
    return digest.hexdigest()


def engine_key(key: str, engine: str | None) -> str:
    """``key`` for a case read without OCR (``engine`` None), else ``key`` salted with the OCR
    engine that read it: what a finished record of the case is kept under."""
    if engine is None:
        return key
    return hashlib.sha256(f"{key}\0ocr-engine={engine}".encode()).hexdigest()


def hash_case_files(paths: list[Path], root: Path) -> list[tuple[str, str]]:
    """``(name relative to the case, sha256)`` for each file of a case rooted at ``root``."""
    out = []
    for p in paths:
        name = p.name if p == root else str(p.relative_to(root))
        try:
            out.append((name, read_bytes_sha256(p)))
        except OSError as exc:  # a broken link in a case folder, a file made unreadable
            raise CaseError("unreadable", f"cannot read {name}: {exc.strerror or exc}") from exc
    return out


class FactsCache:
    """Get and put a case's extraction result by key under ``<directory>/<key[:1]>/<key>.json.z``.

    Sixteen fan-out folders, not 256: a fresh cache made 512 folders (facts and records) in its
    first few hundred cases, at ~0.2 ms of kernel time each; 10^5 cases still make only ~6,000
    entries a folder."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    @classmethod
    def beside_ocr(cls, cache_dir: Path | None) -> FactsCache:
        """The facts cache inside the OCR cache folder (``cache_dir`` or the default one)."""
        return cls(Path(cache_dir or default_cache_dir()) / "facts")

    def _path(self, key: str) -> Path:
        return self.directory / key[:1] / f"{key}.json.z"

    # An entry file holds one zlib stream, or a pair: a finished record, then the facts it was
    # made from (``RecordCache.put_with_facts``; the facts entry is a hard link to that file). A
    # facts entry is a pair's last stream, a record its first.
    _STREAM = -1

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored entry, or ``None`` when absent or unreadable."""
        try:
            text = _stream(self._path(key).read_bytes(), self._STREAM)
            try:
                data = orjson.loads(text)
            except ValueError:  # what orjson refuses (NaN …), the standard decoder may read
                data = json.loads(text)
        except (OSError, ValueError, zlib.error):
            return None
        return data if isinstance(data, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` atomically; failures (read-only disk, full disk) are ignored."""
        try:
            blob = zlib.compress(encode_json(value), 1)
            write_atomic(self._path(key), blob)
        except (OSError, TypeError, ValueError):
            pass


# The head of a file holding a record and its facts: no zlib stream starts with it (their first
# byte is 0x78), so a pair cut after its first stream is no single entry.
_PAIR = b"CC2\n"


def _stream(blob: bytes, which: int) -> bytes:
    """The entry in ``blob``: its one zlib stream, or of a pair (``_PAIR``, a record's stream, its
    facts' stream) the first (``which`` 0) or the last (-1). Raises ``zlib.error`` for a stream
    cut short and ``ValueError`` for a pair without its second stream or with more after it."""
    pair = blob.startswith(_PAIR)
    first = zlib.decompressobj()
    data = first.decompress(memoryview(blob)[len(_PAIR) :] if pair else blob)
    if not first.eof:
        raise zlib.error("incomplete or truncated stream")
    if not pair or which == 0:
        return data
    second = zlib.decompressobj()
    data = second.decompress(first.unused_data)
    if not second.eof or second.unused_data:
        raise ValueError("a cache entry pair cut short or with more after it")
    return data


def encode_json(value: Any) -> bytes:
    """``value`` as UTF-8 JSON: ``orjson`` where it can, else the standard encoder (non-string
    keys, integers past 64 bits); both decode to the same value. Raises ``TypeError`` or
    ``ValueError`` when neither can (lone surrogates, objects JSON does not know)."""
    try:
        return orjson.dumps(value, option=_ORJSON_AS_JSON)
    except TypeError:  # orjson.JSONEncodeError is one
        return json.dumps(value, ensure_ascii=False).encode("utf-8")


# What the standard encoder refuses (dataclasses, dates) or writes differently (str and int
# subclasses) orjson hands to it too: an entry exists exactly when it did before.
_ORJSON_AS_JSON = (
    orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS
)


_TMP_IDS = itertools.count()
_FOLDERS: set[Path] = set()  # folders this process made or found (a cache is made per case)
_FOLDERS_MAX = 4096


def write_atomic(path: Path, blob: bytes) -> None:
    """Write ``blob`` to ``path`` through a temporary file and ``os.replace`` (readers never see
    half a file). The parent folders already made by this process cost no ``mkdir``; one
    removed since is made again. Raises ``OSError``."""
    parent = path.parent
    if parent not in _FOLDERS:
        parent.mkdir(parents=True, exist_ok=True)
        if len(_FOLDERS) < _FOLDERS_MAX:
            _FOLDERS.add(parent)
    tmp = parent / f".tmp-{os.getpid()}-{next(_TMP_IDS)}.z"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(tmp, flags, 0o600)  # the mode mkstemp gives
    except FileNotFoundError:  # the folder went away (a cleaned cache): make it again
        parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, flags, 0o600)
    except FileExistsError:  # a leftover of a killed process with the same id
        fd, name = tempfile.mkstemp(dir=parent, prefix=".tmp-", suffix=".z")
        tmp = Path(name)
    try:
        try:
            view = memoryview(blob)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class RecordCache(FactsCache):
    """Finished review records by ``record_key`` (same storage as the facts)."""

    _STREAM = 0

    @classmethod
    def beside_ocr(cls, cache_dir: Path | None) -> RecordCache:
        """The record cache inside the OCR cache folder (``cache_dir`` or the default one)."""
        return cls(Path(cache_dir or default_cache_dir()) / "records")

    def put_with_facts(
        self, key: str, record: dict[str, Any], facts: FactsCache, facts_key: str, entry: dict[str, Any]
    ) -> None:
        """Store a fresh case's ``record`` under ``key`` and its facts ``entry`` under ``facts_key``
        in ``facts``: one file holding both (the record's stream, then the entry's), which the
        facts entry is a hard link to.

        Creating a file is most of a put's cost (its inode: ~0.2–0.8 ms of kernel time on the
        benchmark machine, against ~20 µs for a link); a fresh case made two. Where links cannot
        be made (another file system, no hard links), the facts get a file of their own.
        Failures are ignored, as by ``put``.
        """
        try:
            blob = _PAIR + zlib.compress(encode_json(record), 1) + zlib.compress(encode_json(entry), 1)
            path = self._path(key)
            write_atomic(path, blob)
        except (OSError, TypeError, ValueError):
            facts.put(facts_key, entry)
            return
        try:
            link_atomic(path, facts._path(facts_key))
        except OSError:
            facts.put(facts_key, entry)


def link_atomic(source: Path, path: Path) -> None:
    """Make ``path`` a hard link to ``source``, replacing an entry already there (a temporary
    link and ``os.replace``). Raises ``OSError`` (no hard links on this file system …)."""
    parent = path.parent
    if parent not in _FOLDERS:
        parent.mkdir(parents=True, exist_ok=True)
        if len(_FOLDERS) < _FOLDERS_MAX:
            _FOLDERS.add(parent)
    try:
        os.link(source, path)
        return
    except FileExistsError:  # an older entry (facts read by another OCR engine): replace it
        pass
    except FileNotFoundError:  # the folder went away (a cleaned cache): make it again
        parent.mkdir(parents=True, exist_ok=True)
        os.link(source, path)
        return
    tmp = parent / f".tmp-{os.getpid()}-{next(_TMP_IDS)}.z"
    os.link(source, tmp)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
