"""Library entry points: ``generate`` (a labelled corpus) and ``generate_demo_samples``.

``generate(n, seed, out, formats, defect_rate)`` writes ``n`` cases under ``out/`` — each one file
holding the whole case file or one folder holding its documents — plus ``out/labels.jsonl`` (one
object per case) and ``out/roster.csv`` (the agencies' enforcement-certificate roster, used by
SUBJ-04). The same seed gives byte-identical output.
"""

from __future__ import annotations

import csv
import io
import json
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casecheck.generate.assemble import build_documents
from casecheck.generate.case import GenCase, assign_numbers, derive, draw_base, plan_dates
from casecheck.generate.defects import INJECTORS, choose_codes, implied_by_fine
from casecheck.generate.docmodel import Doc
from casecheck.generate.docs_forms import back_sheet
from casecheck.generate.labels import record
from casecheck.generate.layout import Laid, number_pages, paginate, toc_doc
from casecheck.generate.phrasing import Phraser

FORMATS = ("txt", "docx", "pdf", "scan", "images", "ofd")
PROCEDURE_WEIGHTS = (("普通", 0.74), ("简易", 0.13), ("不予处罚", 0.13))


@dataclass
class Built:
    """A generated case: truth, documents and their page layout."""

    case: GenCase
    docs: list[Doc]
    laid: Laid


@dataclass
class GenerateSummary:
    """What ``generate`` wrote and how long each format took."""

    n: int
    out: Path
    cases_by_format: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)
    clean: int = 0
    seconds: float = 0.0
    seconds_by_format: dict[str, float] = field(default_factory=dict)
    bytes_total: int = 0

    def to_dict(self) -> dict:
        """JSON-able form (for scripts and the CLI)."""
        return {
            "n": self.n,
            "out": str(self.out),
            "cases_by_format": self.cases_by_format,
            "codes": self.codes,
            "clean": self.clean,
            "seconds": round(self.seconds, 3),
            "seconds_by_format": self.seconds_by_format,
            "bytes_total": self.bytes_total,
        }


def _procedure(rng: random.Random) -> str:
    r, acc = rng.random(), 0.0
    for name, w in PROCEDURE_WEIGHTS:
        acc += w
        if r < acc:
            return name
    return "普通"


def build_case(
    seed: int,
    index: int,
    *,
    defect_rate: float = 0.7,
    procedure: str | None = None,
    codes: Sequence[str] | None = None,
    scenario: str | None = None,
) -> Built:
    """Generate case ``index`` of ``seed``: draw, inject, date, write documents and lay them out.

    ``procedure``, ``codes`` and ``scenario`` force choices (tests use them).
    """
    from casecheck.generate.scenarios import by_key

    rng = random.Random(f"casecheck-generate-{seed}-{index}")
    proc = procedure or _procedure(rng)
    case = draw_base(rng, f"case_{seed}_{index:05d}", proc, by_key(scenario) if scenario else None)
    case.flags.add("av")  # the default profile requires audio-video records for 现场检查/当场处罚
    if codes is None:
        n_codes = rng.choice((1, 1, 2, 2, 3)) if rng.random() < defect_rate else 0
        chosen = choose_codes(case, rng, n_codes)
    else:
        chosen = sorted(codes)
        for code in chosen:
            inj = INJECTORS[code]
            if proc not in inj.procedures or not inj.fits(case):
                raise ValueError(f"{code} does not fit case {case.case_id} ({proc}, {case.scenario.key})")
    injectors = [INJECTORS[c] for c in chosen]
    if any(i.group == "fine" for i in injectors):
        case.flags.add("no_lowering")  # a 陈述申辩 lowering would undo the fine the injector set
    _clean_variants(case, rng, injectors)
    notes: dict[str, dict] = {}
    for inj in injectors:
        if inj.prepare:
            notes[inj.code] = inj.prepare(case) or {}
    derive(case)
    plan_dates(case)
    assign_numbers(case)
    for inj in injectors:
        if inj.after_dates:
            notes[inj.code] = {**notes.get(inj.code, {}), **(inj.after_dates(case) or {})}
    ph = Phraser(rng, you=case.style.you, we=case.style.we)
    docs = build_documents(case, ph)
    for inj in injectors:
        if inj.post:
            notes[inj.code] = inj.post(case, docs) or {}
    implied: dict[str, str] = {}
    for inj in injectors:
        for code in (*inj.implies, *implied_by_fine(case, inj.code)):
            implied.setdefault(code, inj.code)
    case.codes = sorted(set(chosen) | set(implied))
    case.injections = [{"code": c, **notes.get(c, {})} for c in chosen] + [
        {"code": c, "document": "", "change": f"implied by {src}"}
        for c, src in sorted(implied.items())
        if c not in chosen
    ]
    laid = lay_out(case, docs, ph)
    return Built(case, laid.docs, laid)


def _clean_variants(case: GenCase, rng: random.Random, injectors: list) -> None:
    """Lawful but less common paths that a checker must not flag: an approved extension of the
    case limit, a written waiver of the 陈述申辩 period, late payment with a correct 加处罚款."""
    if case.procedure != "普通":
        return
    groups = {i.group for i in injectors}
    codes = {i.code for i in injectors}
    r = rng.random()
    if r < 0.04 and not groups & {"time", "notice"}:
        case.knobs.extension = True
        case.knobs.min_decision_days = rng.randint(92, 105)
        case.flags.add("no_hearing")
    elif r < 0.09 and not groups & {"time", "notice"} and not codes & {"PROC-08", "PROC-02"}:
        case.knobs.decide_in_period = case.knobs.waiver = True
        case.flags |= {"waiver", "no_hearing"}
        case.statement_made = False
    elif r < 0.13 and not groups & {"voucher"}:
        case.knobs.late_payment = True


def lay_out(case: GenCase, docs: list[Doc], ph: Phraser) -> Laid:
    """Paginate; for ordinary files add the 卷内目录 (from real page numbers) and the 备考表."""
    if case.procedure == "简易":
        laid = paginate(docs, case)
        number_pages(laid, set())
        return laid
    first = paginate(docs, case)
    printed: list[tuple[int, int] | None] = list(first.ranges)
    shift: dict[int, int] = {}
    if "toc_shift" in case.mods:
        idx = case.rng.randrange(1, len(docs))
        delta = int(case.mods["toc_shift"])
        if printed[idx][0] + delta < 1:
            delta = 1
        shift[idx] = delta
        case.mods["toc_shift_doc"] = docs[idx].title
        for inj in case.injections:
            if inj["code"] == "ARCH-01":
                inj["change"] = f"卷内目录中《{docs[idx].title}》的页号偏移{delta}页"
    toc = toc_doc(docs, printed, case, shift)
    total = len(first.pages)
    all_docs = [toc, *docs, back_sheet(case, ph, total)]
    laid = paginate(all_docs, case)
    number_pages(laid, {0, len(all_docs) - 1})
    return laid


def _write_index(out: Path, lines: list[dict], roster: dict[str, tuple]) -> None:
    """``labels.jsonl`` and ``roster.csv`` beside the cases."""
    (out / "labels.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n" for x in lines), encoding="utf-8"
    )
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["certificate", "name", "agency", "valid_from", "valid_to"])
    for key in sorted(roster):
        w.writerow(roster[key])
    (out / "roster.csv").write_text(buf.getvalue(), encoding="utf-8")


class OutFolderError(ValueError):
    """``--out`` cannot take a generated set (it holds other files, or an earlier set)."""


def clear_generated(out: Path, replace: bool) -> None:
    """Make ``out`` ready for a new set: a new or empty folder is used as it is; a folder holding
    an earlier generated set (its ``labels.jsonl``) loses that set's cases, labels and roster
    when ``replace`` is given (so no old case is left beside the new labels); anything else is
    refused, so no foreign file is mixed into a labelled set or removed.
    """
    import shutil

    out = Path(out)
    if not out.exists():
        return
    if not out.is_dir():
        raise OutFolderError(f"--out {out} is a file, not a folder")
    entries = [p for p in out.iterdir() if not p.name.startswith(".")]
    labels = out / "labels.jsonl"
    if not entries:
        return
    if not labels.is_file():
        raise OutFolderError(f"--out {out} holds other files: pick a new or empty folder")
    if not replace:
        raise OutFolderError(f"--out {out} holds an earlier generated set: --replace removes its cases first")
    try:
        paths = [json.loads(line)["path"] for line in labels.read_text(encoding="utf-8").splitlines() if line]
    except (ValueError, KeyError, TypeError) as exc:
        raise OutFolderError(f"{labels} is not a generated set's labels ({exc}): nothing removed") from exc
    root = out.resolve()
    for rel in paths:
        target = (out / str(rel)).resolve()
        if target.parent != root:
            raise OutFolderError(f"{labels} names {rel!r} outside {out}: nothing removed")
    for rel in paths:
        target = out / str(rel)
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)
    labels.unlink()
    (out / "roster.csv").unlink(missing_ok=True)


def all_text(built: Built) -> str:
    """Text of every document of the case."""
    return "\n".join(d.text() for d in built.docs)


def decision_text(built: Built) -> str:
    """Text of the case's decision (for the label's citations)."""
    return "\n".join(d.text() for d in built.docs if d.key == "decision")


def generate(
    n: int, seed: int, out: Path, formats: Sequence[str] = ("txt",), defect_rate: float = 0.7
) -> GenerateSummary:
    """Write ``n`` labelled cases to ``out`` in the given formats (assigned round-robin)."""
    from casecheck.generate.writers import write_case

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if isinstance(formats, str):
        formats = formats.split(",")
    formats = [f.strip() for f in formats if f.strip()] or ["txt"]
    for f in formats:
        if f not in FORMATS:
            raise ValueError(f"unknown format {f!r}; choose from {', '.join(FORMATS)}")
    started = time.perf_counter()
    summary = GenerateSummary(n, out)
    fmt_counter: Counter[str] = Counter()
    code_counter: Counter[str] = Counter()
    fmt_time: Counter[str] = Counter()
    roster: dict[str, tuple] = {}
    lines = []
    for i in range(n):
        t0 = time.perf_counter()
        fmt = formats[i % len(formats)]
        built = build_case(seed, i, defect_rate=defect_rate)
        shape_rng = random.Random(f"casecheck-shape-{seed}-{i}")
        written = write_case(built, out, fmt, shape_rng)
        lines.append(_label_and_roster(built, written, seed, roster))
        fmt_counter[fmt] += 1
        code_counter.update(built.case.codes)
        summary.clean += not built.case.codes
        fmt_time[fmt] += time.perf_counter() - t0
    _write_index(out, lines, roster)
    summary.cases_by_format = dict(fmt_counter)
    summary.codes = dict(sorted(code_counter.items()))
    summary.seconds = time.perf_counter() - started
    summary.seconds_by_format = {k: round(v, 3) for k, v in fmt_time.items()}
    summary.bytes_total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return summary


# (format, procedure, encoding, split into one file per document, dpi)
DEMO_PLAN = (
    ("txt", "普通", "utf-8", False, 0),
    ("txt", "普通", "gb18030", False, 0),
    ("txt", "不予处罚", "gb18030", True, 0),
    ("txt", "简易", "utf-8", False, 0),
    ("docx", "普通", None, False, 0),
    ("docx", "普通", None, True, 0),
    ("pdf", "普通", None, False, 0),
    ("pdf", "不予处罚", None, False, 0),
    ("scan", "简易", None, False, 200),
    ("images", "简易", None, False, 200),
    ("ofd", "普通", None, False, 0),
    ("ofd", "简易", None, False, 0),
)


def generate_demo_samples(out: Path, seed: int = 2024) -> GenerateSummary:
    """A small mixed demo set (12 cases, every input form, < 3 MB) with labels and roster.

    txt in UTF-8 and GB18030 (one split into a folder of documents), docx (single and per-document),
    text PDF, scanned PDF, page images and OFD; about two thirds carry defects.
    """
    from casecheck.generate.writers import write_case

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    summary = GenerateSummary(len(DEMO_PLAN), out)
    lines, roster = [], {}
    for i, (fmt, proc, enc, split, dpi) in enumerate(DEMO_PLAN):
        built = build_case(seed, i, procedure=proc, defect_rate=0.6)
        rng = random.Random(f"casecheck-demo-{seed}-{i}")
        written = write_case(built, out, fmt, rng, encoding=enc, split=split, dpi=dpi or 200, image_ext="png")
        lines.append(_label_and_roster(built, written, seed, roster))
        summary.cases_by_format[fmt] = summary.cases_by_format.get(fmt, 0) + 1
        for code in built.case.codes:
            summary.codes[code] = summary.codes.get(code, 0) + 1
        summary.clean += not built.case.codes
    _write_index(out, lines, roster)
    summary.seconds = time.perf_counter() - started
    summary.bytes_total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return summary


def _label_and_roster(built: Any, written: dict[str, Any], seed: int, roster: dict[str, tuple]) -> dict:
    """The case's label record; its rostered officers are added to ``roster``."""
    for o in built.case.officers:
        if o.in_roster:
            roster[o.certificate] = (
                o.certificate,
                o.name,
                built.case.agency.name,
                o.valid_from.isoformat(),
                o.valid_to.isoformat(),
            )
    return record(
        built.case, decision_text=decision_text(built), all_text=all_text(built), seed=seed, **written
    )
