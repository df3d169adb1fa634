"""Scan twins of the labelled text corpora: what OCR costs, case by case, with the same labels.

``python benchmarks/scan_twin.py tests/data/dev3 [more sets] --work DIR [--workers 2] [--json FILE]``

Every plain-text case of a set (a ``.txt`` file, or a folder of ``.txt`` files read in volume
order; ``.pdf``/``.docx`` and other cases are skipped and listed) is rendered as a degraded scan
(``scan_twin_render``: A4, 200 dpi, 12–13 pt Noto Serif CJK, skew, blur, grain, JPEG q50, a red
seal where the text has a seal marker) into ``DIR/<set>/scan/<case id>.pdf``, beside a copy of
the set's labels for those cases. ``DIR/<set>/text/`` links the same cases' text files, so both
sides hold exactly the same case ids. Both are reviewed with ``casecheck review --batch`` (OCR
cached in ``DIR/cache`` through ``CASECHECK_CACHE``, so a re-run after a change to extraction or
rules costs no OCR) and scored with ``casecheck evaluate --results``. Printed per set and in
total: fact-code micro P/R on text vs scan, per-code tp/fp/fn, and per case the codes found on
one side only and the key fields (party name, filing/decision/served dates, fine, the decision's
文号, …) that differ. ``--json FILE`` saves all of it.

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


def _digest(files: list[Path]) -> str:
    h = hashlib.sha256(scan_twin_render.RENDER_VERSION.encode())
    for f in files:
        h.update(f.name.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def _render_one(job: tuple[str, list[str], str, str]) -> tuple[str, int, float]:
    case_id, files, out, agency = job
    t = time.process_time()
    pages, _enc = read_pages([Path(f) for f in files])
    n = scan_twin_render.render_case(case_id, pages, Path(out), agency)
    return case_id, n, time.process_time() - t


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
        if expected and any(
            e.replace("-", "").lower() != expected.replace("-", "").lower() for e in encodings
        ):
            print(f"  note: {cid}: read as {sorted(set(encodings))}, labels say {expected}", file=sys.stderr)
        kept.append(cid)
        _link_text(case, files, text_dir)
        pdf = scan_dir / f"{cid}.pdf"
        digest = _digest(files)
        if pdf.is_file() and manifest.get(cid, {}).get("digest") == digest:
            continue
        manifest.pop(cid, None)
        agency = (labels[cid].get("fields") or {}).get("agency") or ""
        jobs.append(((cid, [str(f) for f in files], str(pdf), agency), digest))
    if jobs:
        with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
            for (cid, pages, cpu), (_job, digest) in zip(
                pool.map(_render_one, [j for j, _d in jobs]), jobs, strict=True
            ):
                manifest[cid] = {"digest": digest, "pages": pages}
                print(f"  rendered {cid}: {pages} pages, {cpu:.1f} s CPU", file=sys.stderr)
        manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    for folder in (text_dir, scan_dir):
        with (folder / "labels.jsonl").open("w", encoding="utf-8") as fh:
            for cid in kept:
                fh.write(json.dumps(labels[cid], ensure_ascii=False) + "\n")
    pages = sum(manifest.get(cid, {}).get("pages", 0) for cid in kept)
    return {"cases": kept, "skipped": skipped, "rendered": len(jobs), "pages": pages}


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


def review(batch: Path, out: Path, cache: Path, workers: int) -> tuple[list[dict[str, Any]], float]:
    """``casecheck review --batch`` into ``out``; the records and the CPU seconds it took."""
    env = {**os.environ, "CASECHECK_CACHE": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = _cli(["review", "--batch", str(batch), "--workers", str(workers), "--out", str(out)], env)
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
    labels: list[dict[str, Any]], text: list[dict[str, Any]], scan: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per case: codes found on one side only (with whether the label has them) and differing fields."""
    by_text = {r["case_id"]: r for r in text}
    by_scan = {r["case_id"]: r for r in scan}
    out = []
    for lab in labels:
        cid = lab["case_id"]
        t, s = by_text.get(cid), by_scan.get(cid)
        truth = set(lab.get("codes") or [])
        tc, sc = _codes(t), _codes(s)
        tf, sf = key_fields(t or {}), key_fields(s or {})
        fields = {
            k: {"text": tf[k], "scan": sf[k], "label": _label_value(lab, k)} for k in tf if tf[k] != sf[k]
        }
        entry = {
            "case_id": cid,
            "status": {"text": (t or {}).get("status"), "scan": (s or {}).get("status")},
            "text_only": [
                {"code": c, "labelled": c in truth, "scan_unreviewable": _unreviewable(s, c)}
                for c in sorted(tc - sc)
            ],
            "scan_only": [{"code": c, "labelled": c in truth} for c in sorted(sc - tc)],
            "fields": fields,
        }
        if entry["text_only"] or entry["scan_only"] or fields or s is None or s.get("status") == "error":
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


def print_set(name: str, res: dict[str, Any]) -> None:
    """One set's comparison, as text."""
    t, s = res["text_eval"]["per_code"], res["scan_eval"]["per_code"]
    tp_, tr_, *tc = micro(t)
    sp_, sr_, *sc = micro(s)
    print(f"\n== {name}: {len(res['cases'])} cases, {res['pages']} scan pages", end="")
    print(f" (skipped: {res['skipped']})" if res["skipped"] else "")
    print(f"   fact codes micro  text P {_f(tp_)} R {_f(tr_)} (tp/fp/fn {tc[0]}/{tc[1]}/{tc[2]})")
    print(f"                     scan P {_f(sp_)} R {_f(sr_)} (tp/fp/fn {sc[0]}/{sc[1]}/{sc[2]})")
    print(f"   review CPU s: text {res['cpu']['text']:.0f}, scan {res['cpu']['scan']:.0f}")
    print_codes(t, s)
    for d in res["diffs"]:
        status = d["status"]
        differ = (
            f"  [text {status['text']}, scan {status['scan']}]" if status["text"] != status["scan"] else ""
        )
        print(f"   {d['case_id']}{differ}")
        for x in d["text_only"]:
            why = f" — scan 无法评查: {x['scan_unreviewable']}" if x["scan_unreviewable"] else ""
            print(f"      text only: {x['code']}{'' if x['labelled'] else ' (fp)'}{why}")
        if d["scan_only"]:
            items = ", ".join(f"{x['code']}{'' if x['labelled'] else ' (fp)'}" for x in d["scan_only"])
            print(f"      scan only: {items}")
        for k, v in d["fields"].items():
            text, scan = json.dumps(v["text"], ensure_ascii=False), json.dumps(v["scan"], ensure_ascii=False)
            print(f"      {k}: text {text} | scan {scan}")


def print_codes(t: dict[str, Any], s: dict[str, Any]) -> None:
    """Per-code tp/fp/fn, text vs scan, for codes that occur on either side."""
    print(f"   {'code':9} {'text tp/fp/fn':>14} {'scan tp/fp/fn':>14}")
    for code in sorted(set(t) | set(s)):
        a, b = t.get(code, {}), s.get(code, {})
        counts = [a.get(k, 0) for k in ("tp", "fp", "fn")], [b.get(k, 0) for k in ("tp", "fp", "fn")]
        if any(counts[0]) or any(counts[1]):
            mark = " " if counts[0] == counts[1] else "*"
            kind = " (j)" if a.get("judgement") or b.get("judgement") else ""
            text, scan = ("/".join(map(str, c)) for c in counts)
            print(f"  {mark}{code + kind:13} {text:>10} {scan:>14}")


def total(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per-code counts summed over the sets, and the micro figures."""
    out: dict[str, dict[str, dict[str, Any]]] = {"text": {}, "scan": {}}
    for res in results.values():
        for side in ("text", "scan"):
            for code, st in res[f"{side}_eval"]["per_code"].items():
                acc = out[side].setdefault(
                    code, {"tp": 0, "fp": 0, "fn": 0, "judgement": st.get("judgement")}
                )
                for k in ("tp", "fp", "fn"):
                    acc[k] += st[k]
    return {
        "per_code": out,
        "micro": {
            side: dict(zip(("P", "R", "tp", "fp", "fn"), micro(out[side]), strict=True)) for side in out
        },
    }


def run_set(src: Path, work: Path, cache: Path, workers: int) -> dict[str, Any]:
    """Render, review and compare one set."""
    name = src.resolve().name
    print(f"[{name}] preparing", file=sys.stderr)
    info = prepare_set(src, work / name, workers)
    res: dict[str, Any] = dict(info, cpu={})
    records = {}
    for side in ("text", "scan"):
        batch = work / name / side
        out = work / name / f"{side}.jsonl"
        print(f"[{name}] review {side}", file=sys.stderr)
        records[side], res["cpu"][side] = review(batch, out, cache, workers)
        res[f"{side}_eval"] = evaluate(batch / "labels.jsonl", out)
    labels = [
        json.loads(line) for line in (work / name / "scan" / "labels.jsonl").read_text("utf-8").splitlines()
    ]
    res["diffs"] = case_diffs(labels, records["text"], records["scan"])
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
    for side in ("text", "scan"):
        m = tot["micro"][side]
        counts = f"tp/fp/fn {m['tp']}/{m['fp']}/{m['fn']}"
        print(f"   fact codes micro  {side} P {_f(m['P'])} R {_f(m['R'])} ({counts})")
    print_codes(tot["per_code"]["text"], tot["per_code"]["scan"])
    if args.json:
        args.json.write_text(
            json.dumps({"sets": results, "total": tot}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
