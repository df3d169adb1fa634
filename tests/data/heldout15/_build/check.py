"""Re-verifies the heldout15 labels: ID check characters, working-day service deadline, 90-day limit,
陈述申辩 period, and that the expected defect codes among these follow from the dates.
Run: python tests/data/heldout15/_build/check.py (needs chinese_calendar)."""
import datetime as dt
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, credit_code, id_number, workdays_between  # noqa: E402

# 陈述申辩/听证申请 period stated in each 事先告知书: (notice served, days, unit)
PERIOD = {
    "hz17_a_youyan_2019": ("2019-07-24", 3, "日"),
    "hz17_b_feifayunying_2024": ("2024-04-10", 5, "日"),
    "hz17_c_jiayouzhan_2022": ("2022-09-22", 5, "日"),
    "hz17_d_mingmabiaojia_2024": ("2024-06-17", 5, "工作日"),
    "hz17_f_shuiwu_2018": ("2018-10-16", 3, "日"),
    "hz17_g_gufei_2023": ("2023-04-13", 5, "日"),
}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def text_of(case_id):
    p = os.path.join(OUT, case_id)
    if os.path.isdir(p):
        return "\n".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
    if os.path.exists(p + ".txt"):
        raw = open(p + ".txt", "rb").read()
        for enc in ("utf-8", "gb18030"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                pass
    if os.path.exists(p + ".pdf"):
        try:
            return subprocess.run(["pdftotext", p + ".pdf", "-"], capture_output=True, text=True).stdout
        except FileNotFoundError:
            return ""
    if os.path.exists(p + ".docx"):
        from docx import Document
        doc = Document(p + ".docx")
        parts = [x.text for x in doc.paragraphs]
        for t in doc.tables:
            for r in t.rows:
                parts.append("\t".join(c.text for c in r.cells))
        return "\n".join(parts)
    return ""


def main():
    bad = 0
    for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
        rec = json.loads(line)
        cid, codes, f = rec["case_id"], set(rec["codes"]), rec["fields"]
        msgs = []
        pt = f["party"]
        if pt.get("credit_code") and credit_code(pt["credit_code"][:17]) != pt["credit_code"]:
            msgs.append("credit code check char wrong")
        if pt.get("id_number") and id_number(pt["id_number"][:17]) != pt["id_number"]:
            msgs.append("id number check digit wrong")
        txt = text_of(cid)
        if txt.strip():  # scanned PDF has no text layer: skipped
            for k in ("credit_code", "id_number"):
                if pt.get(k) and pt[k] not in txt:
                    msgs.append("%s not found in text" % k)
            for cc in set(re.findall(r"9[1-3]\d{4}[0-9A-HJ-NPQRTUWXY]{12}", txt)):
                if credit_code(cc[:17]) != cc:
                    msgs.append("bad credit code in text: " + cc)
        ds = f["dates"]
        dec, srv, fil = d(ds["decision"]), d(ds["decision_served"]), d(ds["filing"])
        if dec and srv and srv != dec:
            wd = workdays_between(dec, srv)
            if (wd > 7) != ("SERV-01" in codes):
                msgs.append("service %d working days vs label" % wd)
        if fil and dec and ((dec - fil).days > 90) != ("PROC-03" in codes):
            msgs.append("90-day limit vs label")
        if cid in PERIOD:
            s, n, unit = PERIOD[cid]
            s = d(s)
            if unit == "日":
                end = s + dt.timedelta(days=n)
            else:
                from common import add_workdays
                end = add_workdays(s, n)
            early = dec <= end
            if early != ("PROC-05" in codes):
                msgs.append("statement period ends %s, decision %s vs label" % (end, dec))
        status = "OK " if not msgs else "BAD"
        bad += bool(msgs)
        print(status, cid, sorted(codes), "; ".join(msgs))
    # 加处罚款 in case F: 1500 x 3% x 55 > 1500  => EXEC-02
    assert 1500 * 0.03 * (dt.date(2018, 12, 28) - dt.date(2018, 11, 3)).days > 1500
    # 违法所得 in case B: 188 x 4 x 35 != 27320 => EVID-03
    assert 188 * 4 * 35 == 26320 != 27320
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
