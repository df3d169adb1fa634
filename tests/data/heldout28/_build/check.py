"""Re-verify heldout28 against its labels: check characters of every ID, that the IDs occur in the case text,
and the date rules that the labels claim or deny (7 working days for serving the decision -> SERV-01,
90 days from 立案 -> PROC-03, the 陈述申辩 period stated in the 事先告知书 -> PROC-05). Exit 1 on any mismatch.

Run: python check.py   (from this folder, with the project venv: needs chinese_calendar and python-docx).
"""
import datetime as dt
import json
import shutil
import subprocess
import sys

from common import OUT, D, add_wd, credit_ok, id_ok, wd_between

# case_id -> (date the 事先告知书 was served, length, "wd" working days | "d" calendar days), as written in the file
PERIODS = {
    "h28b_莱河违法建设听证": ("2022-04-25", 5, "wd"),
    "h28c_高塘街道油烟超标": ("2025-04-21", 5, "wd"),
    "h28d_凤鸣街道占用消防车通道": ("2023-06-19", 5, "wd"),
    "h28e_泺川露天烧烤": ("2019-07-25", 3, "d"),
    "h28f_马坑镇焚烧落叶不予处罚": ("2022-11-16", 3, "d"),
    "h28g_瓯泉渣土车未密闭": ("2025-09-16", 3, "wd"),
}


def case_text(case_id, enc):
    p = OUT / case_id
    if p.is_dir():
        return "\n".join(f.read_text(encoding="utf-8") for f in sorted(p.iterdir()))
    if enc in ("utf-8", "gb18030"):
        return (OUT / f"{case_id}.txt").read_bytes().decode(enc)
    if enc == "docx":
        import docx
        d = docx.Document(str(OUT / f"{case_id}.docx"))
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join([x.text for x in d.paragraphs] + cells)
    if enc == "pdf" and shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(OUT / f"{case_id}.pdf"), "-"], capture_output=True, text=True).stdout
    return None  # scanned: no text layer to check


def main():
    bad = []
    labels = [json.loads(x) for x in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    codes_seen = set()
    for lab in labels:
        cid, f, codes = lab["case_id"], lab["fields"], set(lab["codes"])
        codes_seen |= codes
        party = f["party"]
        text = case_text(cid, lab["encoding"])
        for key, ok in (("credit_code", credit_ok), ("id_number", id_ok)):
            v = party.get(key)
            if v and not ok(v):
                bad.append(f"{cid}: {key} {v} fails its check character")
            if v and text is not None and v not in text.replace(" ", ""):
                bad.append(f"{cid}: {key} {v} not found in the case text")
        if text is not None and party["name"] not in text:
            bad.append(f"{cid}: party name not in text")
        ds = {k: (D(v) if v else None) for k, v in f["dates"].items()}
        dec, srv, fil, notice = ds["decision"], ds["decision_served"], ds["filing"], ds["notice"]
        late = bool(dec and srv and wd_between(dec, srv) > 7)
        if late != ("SERV-01" in codes):
            bad.append(f"{cid}: service {wd_between(dec, srv)} working days vs SERV-01 label")
        over = bool(fil and dec and (dec - fil).days > 90)
        if over != ("PROC-03" in codes):
            bad.append(f"{cid}: {(dec - fil).days} days from 立案 vs PROC-03 label")
        if notice and dec and not notice < dec:
            bad.append(f"{cid}: notice not before decision")
        if cid in PERIODS:
            start, n, unit = PERIODS[cid]
            end = add_wd(D(start), n) if unit == "wd" else D(start) + dt.timedelta(days=n)
            early = dec <= end
            if early != ("PROC-05" in codes):
                bad.append(f"{cid}: period ends {end}, decision {dec} vs PROC-05 label")
        elif lab["fields"]["penalty"]["procedure"] == "普通":
            bad.append(f"{cid}: 普通程序 case without a PERIODS entry")
        print(f"{cid:28s} {lab['encoding']:9s} {','.join(sorted(codes)) or '(clean)':20s} "
              f"filing={f['dates']['filing']} decision={f['dates']['decision']} served={f['dates']['decision_served']}")
    print(f"{len(labels)} cases, {len(codes_seen)} distinct codes: {', '.join(sorted(codes_seen))}")
    for b in bad:
        print("MISMATCH", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
