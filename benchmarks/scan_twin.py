"""Scan twins of the labelled text corpora: what OCR costs, case by case, with the same labels.

``python benchmarks/scan_twin.py tests/data/dev3 [more sets] --work DIR [--workers 2] [--json FILE]``

Every plain-text case of a set (a ``.txt`` file, or a folder of ``.txt`` files read in volume
order; ``.pdf``/``.docx`` and other cases are skipped and listed) is rendered as a degraded scan
(``scan_twin_render``: A4, 200 dpi, 12–13 pt Noto Serif CJK, skew, blur, grain, JPEG q50, a red
seal where the text has a seal marker) into ``DIR/<set>/scan/<case id>.pdf``, beside a copy of
the set's labels for those cases. ``DIR/<set>/text/`` links the same cases' text files, so both
sides hold exactly the same case ids. Both are reviewed with ``casecheck review --batch`` (OCR
cached in ``DIR/cache`` through ``CASECHECK_CACHE``, so a re-run after a change to extraction or
rules costs no OCR) and scored with ``casecheck evaluate --results``. The scans are reviewed a
second time under a profile extending ``default`` with ``ocr_policy: report`` ("gate off"): the
default profile turns a finding on OCR text below its confidence thresholds into 无法评查, and
this column shows what the OCR'd facts would accuse without that gate (the OCR and facts are
cached, so it costs only the checks). Every scan page that carries a seal is also given to
casecheck's seal detector as the PDF reader renders it.

Printed per set and in total: fact-code micro P/R for text, scan and scan with the gate off,
per-code tp/fp/fn, how many drawn seals were found, and per case the codes found on one side
only (with the scan's 无法评查 reason and whether the gate-off review finds them) and the key
fields (party name, filing/notice/decision/served dates, fine, the decision's 文号, document
types, …) that differ. ``--json FILE`` saves all of it.

A PDF is drawn again only when its case's text (or the renderer's version) changed. Run it with
``PYTHONPATH`` set to the checkout under test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scan_twin_render

MANIFEST = ".twin.json"  # hidden: a batch does not take it for a case
# (label, path in the record's ``fields``); the decision's 文号 comes from its document.
KEY_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("party.name", ("party", "name")),
    ("party.credit_code", ("party", "credit_code")),
    ("party.id_number", ("party", "id_number")),
    ("agency", ("agency",)),
    ("dates.filing", ("dates", "filing")),
    ("dates.notice", ("dates", "notice")),
    ("dates.decision", ("dates", "decision")),
    ("dates.decision_served", ("dates", "decision_served")),
    ("penalty.fine_yuan", ("penalty", "fine_yuan")),
    ("penalty.procedure", ("penalty", "procedure")),
)


# ---------------------------------------------------------------------------------------- cases


def case_sources(case: Path) -> list[Path] | str:
    """The text files of a case in reading order, or why the case has no scan twin."""
    from casecheck.ingest.case import case_files

    if case.is_file() and case.suffix.lower() != ".txt":
        return f"{case.suffix or 'no extension'} file"
    files = case_files(case)
    other = sorted({f.suffix or f.name for f in files if f.suffix.lower() != ".txt"})
    if other:
        return "folder with " + ", ".join(other) + " files"
    return files


def read_pages(files: list[Path]) -> tuple[list[str], list[str]]:
    """The case's text pages as casecheck reads them (each file starts a page) and the encodings."""
    from casecheck.ingest.reader import read_file

    pages: list[str] = []
    encodings: list[str] = []
    for f in files:
        sf = read_file(f, ocr=False)
        pages.extend(p.raw for p in sf.pages)
        encodings.append(sf.encoding or "")
    return pages, encodings


def _enc(name: str) -> str:
    """An encoding's name for comparison: GBK and GB2312 are read as their superset GB18030."""
    name = name.replace("-", "").replace("_", "").lower()
    return "gb18030" if name in ("gbk", "gb2312", "cp936") else name


def _digest(files: list[Path]) -> str:
    h = hashlib.sha256(scan_twin_render.RENDER_VERSION.encode())
    for f in files:
        h.update(f.name.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def _render_one(
    job: tuple[str, list[str], str, scan_twin_render.SealNames],
) -> tuple[str, list[int], float]:
    case_id, files, out, names = job
    t = time.process_time()
    pages, _enc = read_pages([Path(f) for f in files])
    seals = scan_twin_render.render_case(case_id, pages, Path(out), names)
    return case_id, seals, time.process_time() - t


def prepare_set(src: Path, work: Path, workers: int) -> dict[str, Any]:
    """Build ``work/text`` (links) and ``work/scan`` (PDFs) for the text cases of ``src``."""
    from casecheck.batch.runner import batch_children
    from casecheck.evaluate import load_jsonl
    from casecheck.ingest.case import case_id_for

    labels = {lab["case_id"]: lab for lab in load_jsonl(src / "labels.jsonl")}
    text_dir, scan_dir = work / "text", work / "scan"
    text_dir.mkdir(parents=True, exist_ok=True)
    scan_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = scan_dir / MANIFEST
    manifest = json.loads(manifest_path.read_text("utf-8")) if manifest_path.is_file() else {}
    skipped: dict[str, str] = {}
    kept: list[str] = []
    jobs = []
    for case in batch_children(src):
        if case.name == "_build" or case.name.startswith("_"):
            continue
        cid = case_id_for(case)
        if cid not in labels:
            skipped[case.name] = "no label"
            continue
        files = case_sources(case)
        if isinstance(files, str):
            skipped[case.name] = files
            continue
        _pages, encodings = read_pages(files)
        expected = labels[cid].get("encoding")
        if expected and any(_enc(e) != _enc(expected) for e in encodings):
            print(f"  note: {cid}: read as {sorted(set(encodings))}, labels say {expected}", file=sys.stderr)
        kept.append(cid)
        _link_text(case, files, text_dir)
        pdf = scan_dir / f"{cid}.pdf"
        digest = _digest(files)
        if pdf.is_file() and manifest.get(cid, {}).get("digest") == digest:
            continue
        manifest.pop(cid, None)
        fields = labels[cid].get("fields") or {}
        names = scan_twin_render.SealNames(fields.get("agency") or "", _get(fields, ("party", "name")) or "")
        jobs.append(((cid, [str(f) for f in files], str(pdf), names), digest))
    if jobs:
        with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
            for (cid, seals, cpu), (_job, digest) in zip(
                pool.map(_render_one, [j for j, _d in jobs]), jobs, strict=True
            ):
                manifest[cid] = {"digest": digest, "pages": len(seals), "seals": seals}
                print(f"  rendered {cid}: {len(seals)} pages, {cpu:.1f} s CPU", file=sys.stderr)
        manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    for folder in (text_dir, scan_dir):
        with (folder / "labels.jsonl").open("w", encoding="utf-8") as fh:
            for cid in kept:
                fh.write(json.dumps(labels[cid], ensure_ascii=False) + "\n")
    pages = sum(manifest.get(cid, {}).get("pages", 0) for cid in kept)
    seals = {cid: manifest.get(cid, {}).get("seals", []) for cid in kept}
    return {"cases": kept, "skipped": skipped, "rendered": len(jobs), "pages": pages, "seals": seals}


def seal_check(scan_dir: Path, seals: dict[str, list[int]]) -> dict[str, Any]:
    """Whether casecheck's seal detector finds the seals the scans carry: each page with a seal
    drawn is rendered as the PDF reader renders it for OCR and given to the same detector."""
    from casecheck.ingest.pdf import ocr_image_of, open_pdf

    drawn, missed = 0, []
    for cid, per_page in seals.items():
        wanted = [i for i, n in enumerate(per_page) if n]
        if not wanted:
            continue
        pdf = open_pdf(scan_dir / f"{cid}.pdf")
        try:
            for i in wanted:
                drawn += 1
                page = pdf[i]
                _image, box = ocr_image_of(page)
                page.close()
                if box is None:
                    missed.append(f"{cid} p{i + 1}")
        finally:
            pdf.close()
    return {"pages_with_seal": drawn, "found": drawn - len(missed), "missed": missed}


def _link_text(case: Path, files: list[Path], text_dir: Path) -> None:
    """Link the case into ``text_dir`` under its own name (a folder becomes a folder of links)."""
    target = text_dir / case.name
    if case.is_file():
        if not target.is_symlink():
            target.symlink_to(case.resolve())
        return
    target.mkdir(exist_ok=True)
    for f in files:
        link = target / f.relative_to(case)
        link.parent.mkdir(parents=True, exist_ok=True)
        if not link.is_symlink():
            link.symlink_to(f.resolve())


# ------------------------------------------------------------------------------------ review


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casecheck.cli", *args], env=env, capture_output=True, text=True
    )


def review(
    batch: Path, out: Path, cache: Path, workers: int, profile: str = "default"
) -> tuple[list[dict[str, Any]], float]:
    """``casecheck review --batch`` into ``out``; the records and the CPU seconds it took."""
    env = {**os.environ, "CASECHECK_CACHE": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    args = [
        "review",
        "--batch",
        str(batch),
        "--workers",
        str(workers),
        "--out",
        str(out),
        "--profile",
        profile,
    ]
    proc = _cli(args, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if not out.is_file() or proc.returncode not in (0, 2, 3):
        raise SystemExit(f"casecheck review failed on {batch} ({proc.returncode}):\n{proc.stderr[-2000:]}")
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line.strip()]
    return records, cpu


def evaluate(labels: Path, results: Path) -> dict[str, Any]:
    """``casecheck evaluate --results --json``."""
    proc = _cli(["evaluate", "--labels", str(labels), "--results", str(results), "--json"], dict(os.environ))
    if proc.returncode not in (0, 1):
        raise SystemExit(f"casecheck evaluate failed on {results}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


# -------------------------------------------------------------------------------------- diff


def _get(d: dict[str, Any] | None, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def decision_number(rec: dict[str, Any]) -> str | None:
    """The 文号 of the case's (first) decision document."""
    for doc in rec.get("documents") or []:
        if "决定书" in (doc.get("doc_type") or "") and doc.get("doc_number"):
            return doc["doc_number"]
    return None


def key_fields(rec: dict[str, Any]) -> dict[str, Any]:
    """The fields compared between the text and the scan record of a case."""
    out = {name: _get(rec.get("fields"), path) for name, path in KEY_FIELDS}
    out["decision.doc_number"] = decision_number(rec)
    out["doc_types"] = [d.get("doc_type") for d in rec.get("documents") or []]
    return out


def _codes(rec: dict[str, Any] | None) -> set[str]:
    return {f["code"] for f in (rec or {}).get("findings", []) if not f.get("waived")}


def case_diffs(
    labels: list[dict[str, Any]],
    text: list[dict[str, Any]],
    scan: list[dict[str, Any]],
    ungated: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Per case: codes found on one side only (with whether the label has them, the scan's 无法评查
    reason and whether the scan finds the code without the OCR gate), codes only the ungated scan
    finds, and the key fields that differ."""
    by_text = {r["case_id"]: r for r in text}
    by_scan = {r["case_id"]: r for r in scan}
    by_ungated = {r["case_id"]: r for r in ungated or []}
    out = []
    for lab in labels:
        cid = lab["case_id"]
        t, s = by_text.get(cid), by_scan.get(cid)
        truth = set(lab.get("codes") or [])
        tc, sc = _codes(t), _codes(s)
        uc = _codes(by_ungated.get(cid)) if ungated is not None else None
        tf, sf = key_fields(t or {}), key_fields(s or {})
        fields = {
            k: {"text": tf[k], "scan": sf[k], "label": _label_value(lab, k)} for k in tf if tf[k] != sf[k]
        }
        entry = {
            "case_id": cid,
            "status": {"text": (t or {}).get("status"), "scan": (s or {}).get("status")},
            "text_only": [
                {
                    "code": c,
                    "labelled": c in truth,
                    "scan_unreviewable": _unreviewable(s, c),
                    "ungated": None if uc is None else c in uc,
                }
                for c in sorted(tc - sc)
            ],
            "scan_only": [{"code": c, "labelled": c in truth} for c in sorted(sc - tc)],
            "ungated_only": [{"code": c, "labelled": c in truth} for c in sorted((uc or set()) - tc - sc)],
            "fields": fields,
        }
        if (
            entry["text_only"]
            or entry["scan_only"]
            or entry["ungated_only"]
            or fields
            or s is None
            or s.get("status") == "error"
        ):
            if s is not None and s.get("error"):
                entry["scan_error"] = s["error"]
            out.append(entry)
    return out


def _unreviewable(rec: dict[str, Any] | None, code: str) -> str | None:
    """Why the record marked ``code`` 无法评查 (its first reason), or None."""
    reasons = [u.get("reason") or "" for u in (rec or {}).get("unreviewable", []) if u.get("code") == code]
    return reasons[0] if reasons else None


def _label_value(lab: dict[str, Any], name: str) -> Any:
    path = dict(KEY_FIELDS).get(name)
    return _get(lab.get("fields"), path) if path else None


# ------------------------------------------------------------------------------------ report


def micro(per_code: dict[str, dict[str, Any]]) -> tuple[float | None, float | None, int, int, int]:
    """Fact-code micro precision and recall, and the tp/fp/fn behind them."""
    stats = [s for s in per_code.values() if not s.get("judgement")]
    tp, fp, fn = (sum(s[k] for s in stats) for k in ("tp", "fp", "fn"))
    return (tp / (tp + fp) if tp + fp else None), (tp / (tp + fn) if tp + fn else None), tp, fp, fn


def _f(x: float | None) -> str:
    return "  —  " if x is None else f"{x:.3f}"


SIDE_TITLES = {"text": "text", "scan": "scan", "ungated": "scan, OCR gate off"}


def print_micro(per_side: dict[str, dict[str, Any]]) -> None:
    """Fact-code micro P/R of each side."""
    for side, per_code in per_side.items():
        p, r, tp, fp, fn = micro(per_code)
        print(f"   fact codes micro  {SIDE_TITLES[side]:18} P {_f(p)} R {_f(r)}  (tp/fp/fn {tp}/{fp}/{fn})")


def print_set(name: str, res: dict[str, Any]) -> None:
    """One set's comparison, as text."""
    sides = [side for side in SIDES if f"{side}_eval" in res]
    per_side = {side: res[f"{side}_eval"]["per_code"] for side in sides}
    print(f"\n== {name}: {len(res['cases'])} cases, {res['pages']} scan pages", end="")
    print(f" (skipped: {res['skipped']})" if res["skipped"] else "")
    print_micro(per_side)
    sc = res.get("seal_check")
    if sc:
        print(f"   seals found by casecheck: {sc['found']}/{sc['pages_with_seal']} pages that carry one")
    print("   review CPU s: " + ", ".join(f"{side} {res['cpu'][side]:.0f}" for side in sides))
    print_codes(per_side)
    for d in res["diffs"]:
        print_diff(d)


def print_diff(d: dict[str, Any]) -> None:
    """One case's differences."""
    status = d["status"]
    differ = f"  [text {status['text']}, scan {status['scan']}]" if status["text"] != status["scan"] else ""
    print(f"   {d['case_id']}{differ}")
    for x in d["text_only"]:
        why = f" — scan 无法评查: {x['scan_unreviewable']}" if x["scan_unreviewable"] else ""
        gate = {None: "", True: " [found with the gate off]", False: " [lost even with the gate off]"}
        print(f"      text only: {x['code']}{'' if x['labelled'] else ' (fp)'}{gate[x['ungated']]}{why}")
    for key, title in (("scan_only", "scan only"), ("ungated_only", "gate off only")):
        if d.get(key):
            items = ", ".join(f"{x['code']}{'' if x['labelled'] else ' (fp)'}" for x in d[key])
            print(f"      {title}: {items}")
    for k, v in d["fields"].items():
        text, scan = json.dumps(v["text"], ensure_ascii=False), json.dumps(v["scan"], ensure_ascii=False)
        print(f"      {k}: text {text} | scan {scan}")


def print_codes(per_side: dict[str, dict[str, Any]]) -> None:
    """Per-code tp/fp/fn of each side, for codes that occur on any side (* where they differ)."""
    sides = list(per_side)
    print("   " + f"{'code':13}" + "".join(f"{SIDE_TITLES[s]:>20}" for s in sides))
    for code in sorted(set().union(*per_side.values())):
        counts = [tuple(per_side[s].get(code, {}).get(k, 0) for k in ("tp", "fp", "fn")) for s in sides]
        if not any(any(c) for c in counts):
            continue
        mark = " " if len(set(counts[:2])) == 1 else "*"
        kind = " (j)" if any(per_side[s].get(code, {}).get("judgement") for s in sides) else ""
        cells = "".join(f"{'/'.join(map(str, c)):>20}" for c in counts)
        print(f"  {mark}{code + kind:13}{cells}")


def causes(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """How the scans differ, counted over all cases: labelled codes lost on the scan (split by
    whether the scan finds them with the OCR gate off), false positives gained or lost, and how
    often each key field differs."""
    out: dict[str, Any] = {"tp_lost_gate": 0, "tp_lost_ocr": 0, "fp_lost": 0, "fp_gained": 0}
    fields: dict[str, int] = {}
    for res in results.values():
        for d in res["diffs"]:
            for x in d["text_only"]:
                if not x["labelled"]:
                    out["fp_lost"] += 1
                else:
                    out["tp_lost_gate" if x["ungated"] else "tp_lost_ocr"] += 1
            out["fp_gained"] += sum(not x["labelled"] for x in d["scan_only"])
            for k in d["fields"]:
                fields[k] = fields.get(k, 0) + 1
    out["fields_differing"] = dict(sorted(fields.items(), key=lambda kv: -kv[1]))
    return out


def total(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per-code counts summed over the sets, and the micro figures."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for res in results.values():
        for side in SIDES:
            for code, st in (res.get(f"{side}_eval") or {}).get("per_code", {}).items():
                acc = out.setdefault(side, {}).setdefault(
                    code, {"tp": 0, "fp": 0, "fn": 0, "judgement": st.get("judgement")}
                )
                for k in ("tp", "fp", "fn"):
                    acc[k] += st[k]
    return {
        "per_code": out,
        "causes": causes(results),
        "micro": {
            side: dict(zip(("P", "R", "tp", "fp", "fn"), micro(out[side]), strict=True)) for side in out
        },
    }


def ungated_profile(work: Path) -> Path:
    """A profile that reports findings on OCR text as they are (``ocr_policy: report``): the
    default profile's confidence gate turns most scan findings into 无法评查, and this shows what
    the OCR'd facts would accuse without it."""
    path = work / "ungated.yaml"
    path.write_text("name: ungated\nextends: default\nparameters: {ocr_policy: report}\n", encoding="utf-8")
    return path


SIDES = ("text", "scan", "ungated")  # ungated: the scan records under ``ungated_profile``


def run_set(src: Path, work: Path, cache: Path, workers: int) -> dict[str, Any]:
    """Render, review and compare one set."""
    name = src.resolve().name
    print(f"[{name}] preparing", file=sys.stderr)
    info = prepare_set(src, work / name, workers)
    res: dict[str, Any] = dict(info, cpu={})
    res["seal_check"] = seal_check(work / name / "scan", info["seals"])
    records = {}
    for side in SIDES:
        batch = work / name / ("text" if side == "text" else "scan")
        out = work / name / f"{side}.jsonl"
        profile = str(ungated_profile(work)) if side == "ungated" else "default"
        print(f"[{name}] review {side}", file=sys.stderr)
        records[side], res["cpu"][side] = review(batch, out, cache, workers, profile)
        res[f"{side}_eval"] = evaluate(batch / "labels.jsonl", out)
    labels = [
        json.loads(line) for line in (work / name / "scan" / "labels.jsonl").read_text("utf-8").splitlines()
    ]
    res["diffs"] = case_diffs(labels, records["text"], records["scan"], records["ungated"])
    return res


def main() -> None:
    """Render, review and compare every set named; print and optionally save the comparison."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="labelled text corpora (folders with labels.jsonl)")
    ap.add_argument("--work", type=Path, required=True, help="where the twins, records and OCR cache live")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path, help="save the comparison (per set and total) here")
    ap.add_argument("--render-only", action="store_true", help="draw the scans, review nothing")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    cache = args.work / "cache"
    results: dict[str, dict[str, Any]] = {}
    for src in args.sets:
        if not (src / "labels.jsonl").is_file():
            raise SystemExit(f"{src}: no labels.jsonl")
        if args.render_only:
            info = prepare_set(src, args.work / src.resolve().name, args.workers)
            name = src.resolve().name
            print(f"{name}: {len(info['cases'])} cases, {info['pages']} pages, skipped {info['skipped']}")
            continue
        results[src.resolve().name] = res = run_set(src, args.work, cache, args.workers)
        print_set(src.resolve().name, res)
    if not results:
        return
    tot = total(results)
    print(f"\n== total over {len(results)} sets, {sum(len(r['cases']) for r in results.values())} cases")
    print_micro(tot["per_code"])
    print_codes(tot["per_code"])
    c = tot["causes"]
    print(
        f"   labelled codes lost on the scan: {c['tp_lost_gate'] + c['tp_lost_ocr']} "
        f"({c['tp_lost_gate']} found with the OCR gate off, {c['tp_lost_ocr']} lost even then); "
        f"false positives: {c['fp_lost']} gone, {c['fp_gained']} new"
    )
    print(
        "   key fields differing (cases): " + ", ".join(f"{k} {n}" for k, n in c["fields_differing"].items())
    )
    if args.json:
        args.json.write_text(
            json.dumps({"sets": results, "total": tot}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
