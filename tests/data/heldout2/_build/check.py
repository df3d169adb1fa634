"""Re-verify the built held-out corpus against labels.jsonl: `python check.py` exits 1 on any problem.

What it checks, per case:
- the file or folder exists and decodes in the labelled encoding (GBK/GB18030 files are not valid UTF-8);
- the labelled 统一社会信用代码 / 身份证号 pass their check characters, and every 18-character code in the
  text is valid and equal to the label's, unless DOC-06 is labelled;
- the labelled dates, fine and 文号 appear in the text; filing <= notice <= decision <= served;
- 7 working days for service of the decision (SERV-01), 90 days from 立案 (PROC-03), the 陈述申辩 period
  counted from the service of the 告知书 (PROC-05): each holds exactly when its code is not labelled;
- the fine lies in the statutory range of the cited penalty provision unless LAW-05 is labelled;
- 加处罚款 does not exceed the fine unless EXEC-02 is labelled;
- the 卷内目录 page ranges match the real pages unless ARCH-01 is labelled; “本卷共N页” statements match;
- the 告知书 mentions 听证 where the penalty is in a hearing class, unless PROC-02 is labelled;
- where a hearing was held: requested within 5 working days, summoned at least 7 working days ahead,
  and a 法制审核 in the file unless PROC-06 is labelled;
- every code exists in the contract's defects.yaml (when the shared contract is present).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from build import HERE, case_modules
from common import USCC_CHARS, add_workdays, id_ok, uscc_ok, workdays_after

OUT = HERE.parent
DEFECTS = Path(__file__).resolve().parents[5] / "shared" / "contract" / "defects.yaml"

# case number -> (告知书 service date, period, unit, written waiver?) as written in each 告知书 and its 回证
NOTICE_SERVICE = {
    "02": ("2023-04-13", 5, "wd", False),
    "03": ("2024-04-23", 5, "wd", False),
    "04": ("2021-07-20", 5, "wd", True),
    "05": ("2024-08-22", 5, "wd", False),
    "06": ("2022-04-08", 5, "wd", False),
    "07": ("2025-06-27", 5, "wd", False),
    "08": ("2023-06-05", 5, "wd", False),
    "09": ("2022-08-01", 3, "wd", False),
    "10": ("2026-03-24", 5, "wd", False),
    "11": ("2022-06-10", 5, "wd", False),
    "12": ("2018-06-15", 3, "wd", False),
    "13": ("2020-10-16", 3, "wd", False),
    "14": ("2023-03-20", 0, "wd", True),  # 告知笔录: the party waived 陈述申辩 on the record
    "15": ("2017-06-12", 3, "wd", False),
    "16": ("2025-06-03", 5, "wd", False),
}

# case number -> statutory fine range (yuan) of the cited penalty provision, read from ../shared/laws
FINE_RANGE = {
    "01": (0, 2000),  # 税收征收管理法 第六十二条
    "02": (0, 100000),  # 安全生产法(2021) 第九十七条
    "03": (12600 * 3, 12600 * 5),  # 广告法 第五十五条第一款: 广告费用3-5倍
    "04": (50000, 200000),  # 固废法 第一百零二条第二款(第八项)
    "05": (3000, 10000),  # 道路运输条例(2023) 第六十三条第(一)项 (not 情节严重)
    "06": (0, 50000),  # 安全生产法(2021) 第九十九条
    "07": (500, 20000),  # 大气污染防治法 第一百一十八条第三款
    "08": (50000, 100000),  # 农产品质量安全法 第七十一条 货值<1万
    "09": (30000, 300000),  # 消防法 第五十八条第一款
    "10": (0, 0),  # 不予处罚
    "11": (860 * 100, 860 * 1000),  # 土地管理法实施条例 第五十七条第一款
    "12": (100000, 1000000),  # 水污染防治法 第八十三条
    "13": (50000, 100000),  # 食品安全法 第一百二十四条第一款 货值<1万
    "14": (200, 500),  # 治安管理处罚法 第五十八条 (警告后不改正)
    "15": (9222, 9222 * 3),  # 产品质量法 第四十九条 货值等值以上三倍以下
    "16": (1020000 * 5 // 100, 1020000 * 10 // 100),  # 城乡规划法 第六十四条
}

# case number -> (告知书 served, 听证申请, 听证通知 served, 听证 held) for the cases where a hearing was held
HEARINGS = {
    "02": ("2023-04-13", "2023-04-17", "2023-04-19", "2023-05-05"),
    "03": ("2024-04-23", "2024-04-25", "2024-04-28", "2024-05-14"),
}

HEARING_CLASS = {"02", "03", "04", "05", "08", "09", "11", "12", "13", "15", "16"}


SEALS = ("印章", "公章", "（章）", "盖章")
LAWS = Path(__file__).resolve().parents[5] / "shared" / "laws"
CN_NUM = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """Article number as written in the law texts: 3 -> 三, 35 -> 三十五, 102 -> 一百零二, 118 -> 一百一十八."""
    if n < 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    if n < 100:
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    rest = n % 100
    head = CN_NUM[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + CN_NUM[rest]
    return head + CN_NUM[rest // 10] + "十" + (CN_NUM[rest % 10] if rest % 10 else "")


def article_text(law: str, article: int, on: dt.date) -> list[str] | None:
    """Non-empty lines of an article in the version of `law` in force on `on` (None when not found)."""
    short = law.removeprefix("中华人民共和国")
    versions = sorted(p for p in LAWS.glob(f"{short}(*).md") if p.stem[len(short) + 1 : -1] <= on.isoformat())
    if not versions:
        return None
    lines = versions[-1].read_text(encoding="utf-8").splitlines()
    head = f"第{cn_number(article)}条"
    out: list[str] = []
    for line in lines:
        if re.match(r"^第[一二三四五六七八九十百零]+条", line):
            if out:
                break
            if line.startswith(head + " ") or line.startswith(head + "\u3000"):
                out.append(line)
        elif out and line.strip() and not line.startswith("#"):
            out.append(line.strip())
    return out or None


def check_citations(cites: list[dict], on: dt.date, codes: set[str]) -> list[str]:
    """Each labelled citation exists in the version in force; an unqualified one is LAW-02 unless the article is plain."""
    if not LAWS.exists():
        return []
    errs, vague = [], False
    for c in cites:
        lines = article_text(c["law"], c["article"], on)
        if lines is None:
            errs.append(f"{c['law']} 第{c['article']}条 not found in the law texts")
            continue
        paragraphs = [ln for ln in lines if not re.match(r"^[（(][一二三四五六七八九十]+[）)]", ln)]
        has_items = len(paragraphs) < len(lines)
        if c["paragraph"] and c["paragraph"] > len(paragraphs):
            errs.append(f"{c['law']} 第{c['article']}条 has no 第{c['paragraph']}款")
        if c["item"] and not has_items:
            errs.append(f"{c['law']} 第{c['article']}条 has no items")
        if c["paragraph"] is None and (len(paragraphs) > 1 or (c["item"] is None and has_items)):
            vague = True
    if vague != ("LAW-02" in codes):
        errs.append(f"LAW-02 mismatch: unqualified citation of a multi-款/项 article={vague}")
    return errs


def check_documents(vol, codes: set[str], decided: dt.date) -> list[str]:
    """Heuristic checks on the documents themselves for the fact codes the label says are (not) there."""
    errs: list[str] = []
    cores = {
        m.group()
        for doc in vol.docs
        if doc.number
        for m in re.finditer(r"〔\d{4}〕[^\s号）)]*号", doc.number)
    }
    wrong_ref, unsigned, lone, no_cert, silent = [], [], [], [], []
    for doc in vol.docs:
        body = "\n".join(doc.pages)
        if "送达回" in doc.title or "送达回" in body[:20]:
            for ref in re.findall(r"〔\d{4}〕[^\s号）)]*号", body):
                if ref not in cores:
                    wrong_ref.append(ref)
            for m in re.finditer(
                r"(?:受送达人签名或盖章|受送达人签名|收件人签名|签收人|受送达人签收)[^：\t]*[：\t][ \t]*(\S*)",
                body,
            ):
                if not m.group(1) and "见证人" not in body:
                    unsigned.append(doc.title)
        if "笔录" in doc.title or "检查记录" in doc.title or "抽样单" in doc.title:
            asker = re.search(r"询问人：([^（\s]+)", body)
            writer = re.search(r"记录人：([^（\s]+)", body)
            if asker and writer and asker.group(1) == writer.group(1):
                lone.append(doc.title)
            for m in re.finditer(r"^(?:执法人员|检查人员|检查人|勘验人|抽样人)：(.+)$", body, re.M):
                for part in re.split(r"[、，,]", m.group(1)):
                    part = part.strip()
                    is_name = re.match(r"^[\u4e00-\u9fff]{2,3}(?=$|[（(\s])", part)
                    if is_name and not re.search(r"\d{6,}", part):
                        no_cert.append(f"{doc.title}:{part}")
            if "询问笔录" in doc.title and not ("出示" in body or "回避" in body):
                silent.append(doc.title)
    if bool(wrong_ref) != ("SERV-03" in codes):
        errs.append(f"SERV-03 mismatch: 回证 refers to {wrong_ref}")
    if bool(unsigned) != ("SERV-02" in codes):
        errs.append(f"SERV-02 mismatch: unsigned 回证 {unsigned}")
    if bool(lone) != ("SUBJ-01" in codes):
        errs.append(f"SUBJ-01 mismatch: one-officer records {lone}")
    if bool(no_cert) != ("SUBJ-02" in codes):
        errs.append(f"SUBJ-02 mismatch: officers without 证号 {no_cert}")
    if bool(silent) != ("EVID-01" in codes):
        errs.append(f"EVID-01 mismatch: 询问笔录 without 出示/回避 {silent}")
    arithmetic = []
    for doc in vol.docs:
        for line in "\n".join(doc.pages).splitlines():
            for a, b, c in re.findall(
                r"(\d+(?:\.\d+)?)\D{0,3}×(\d+(?:\.\d+)?)元(?:/\S{1,3})?=(\d+(?:\.\d+)?)元", line
            ):
                if abs(float(a) * float(b) - float(c)) > 0.005:
                    arithmetic.append(f"{doc.title}: {a}×{b}≠{c}")
            total = re.search(r"共计(\d+\.\d+)元", line)
            if total:
                parts = [float(x) for x in re.findall(r"(\d+\.\d+)元", line[: total.start()])]
                if len(parts) >= 2 and abs(sum(parts) - float(total.group(1))) > 0.005:
                    arithmetic.append(f"{doc.title}: {'+'.join(map(str, parts))}≠{total.group(1)}")
    if bool(arithmetic) != ("EVID-03" in codes):
        errs.append(f"EVID-03 mismatch: {arithmetic}")
    skip = ("送达", "复印件", "责令", "强制", "延长", "同意")
    remedy = "\n".join(
        "\n".join(doc.pages)
        for doc in vol.docs
        if "决定书" in doc.title and not any(k in doc.title for k in skip)
    )
    if remedy:
        if "六十日" not in remedy or "六个月" not in remedy:
            errs.append("决定书 remedy clause lacks 六十日 / 六个月")
        upper = re.search(r"向([^，。；\s]*?)申请(?:行政)?复议", remedy)
        wrong = decided >= dt.date(2024, 1, 1) and upper is not None and "人民政府" not in upper.group(1)
        if wrong != ("DOC-02" in codes):
            errs.append(f"DOC-02 mismatch: 复议机关 {upper.group(1) if upper else None} on {decided}")
    return errs


def iso(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def date_forms(day: dt.date) -> list[str]:
    from common import ar_date, cn_date, dot_date

    return [ar_date(day), cn_date(day), cn_date(day, "○"), dot_date(day), day.isoformat()]


def read_case(label: dict) -> tuple[str, list[str]]:
    """Whole text of a case and its list of numbered pages (front matter excluded)."""
    enc = label["encoding"]
    path = OUT / label["case_id"]
    if path.is_dir():
        files = sorted(path.glob("*.txt"))
        texts = [f.read_bytes().decode(enc) for f in files]
        pages = [
            p
            for f, t in zip(files, texts, strict=True)
            if f.name[:2] not in ("00", "01") and "备考表" not in f.name
            for p in t.split("\f")
        ]
        return "\n".join(texts), pages
    raw = (OUT / f"{label['case_id']}.txt").read_bytes()
    if enc != "utf-8":
        try:
            raw.decode("utf-8")
            raise AssertionError("a GBK/GB18030 file must not also be valid UTF-8")
        except UnicodeDecodeError:
            pass
    text = raw.decode(enc)
    parts = text.split("\f")
    return text, parts[2:]  # cover and 卷内目录 are not numbered; 备考表 (if any) trails


def check_case(mod, label: dict) -> list[str]:
    errs: list[str] = []
    num = label["case_id"].split("_")[1]
    codes = set(label["codes"])
    f = label["fields"]
    text, pages = read_case(label)
    vol = mod.build()

    party = f["party"]
    if party["credit_code"] and not uscc_ok(party["credit_code"]):
        errs.append("label credit code fails check character")
    if party["id_number"] and not id_ok(party["id_number"]):
        errs.append("label id number fails check digit")
    found_bad = []
    for m in re.finditer(rf"(?<![0-9A-Z])[{USCC_CHARS}]{{18}}(?![0-9A-Z])", text):
        code = m.group()
        if uscc_ok(code) and not id_ok(code):
            if code != party["credit_code"]:
                found_bad.append(code)  # a second, different 统一社会信用代码 for the party
        elif not id_ok(code):
            found_bad.append(code)  # fails both check characters
    if bool(found_bad) != ("DOC-06" in codes):
        errs.append(f"invalid/inconsistent codes {found_bad} vs DOC-06 labelled={'DOC-06' in codes}")

    d = {k: iso(v) for k, v in f["dates"].items()}
    for key, day in d.items():
        if day and not any(s in text for s in date_forms(day)):
            errs.append(f"date {key}={day} not found in text")
    seq = [d[k] for k in ("filing", "notice", "decision", "decision_served") if d[k]]
    if seq != sorted(seq):
        errs.append(f"dates out of order {seq}")
    if d["decision"] and d["decision_served"]:
        late = workdays_after(d["decision"], d["decision_served"]) > 7
        if late != ("SERV-01" in codes):
            errs.append(
                f"SERV-01 mismatch: {workdays_after(d['decision'], d['decision_served'])} working days"
            )
    if d["filing"] and d["decision"]:
        over = (d["decision"] - d["filing"]).days > 90
        if over != ("PROC-03" in codes):
            errs.append(f"PROC-03 mismatch: {(d['decision'] - d['filing']).days} days")
    if num in NOTICE_SERVICE:
        served, n, _unit, waived = NOTICE_SERVICE[num]
        served_d = iso(served)
        if not any(s in text for s in date_forms(served_d)):
            errs.append(f"notice service date {served} not in text")
        end = add_workdays(served_d, n)
        early = d["decision"] <= end and not waived
        if early != ("PROC-05" in codes):
            errs.append(f"PROC-05 mismatch: period ends {end}, decision {d['decision']}")

    fine = f["penalty"]["fine_yuan"]
    lo, hi = FINE_RANGE[num]
    outside = not (lo <= fine <= hi)
    if outside != ("LAW-05" in codes):
        errs.append(f"LAW-05 mismatch: fine {fine} vs range {lo}-{hi}")
    if fine and f"{fine}" not in text.replace(",", "") and f"{fine:,}" not in text:
        from common import money_upper

        if money_upper(fine) not in text:
            errs.append(f"fine {fine} not found in text")
    if f["penalty"]["procedure"] == "简易" and fine > (200 if party["kind"] == "个人" else 3000):
        if "PROC-10" not in codes:
            errs.append("简易程序 fine above limit but PROC-10 not labelled")
    elif "PROC-10" in codes:
        errs.append("PROC-10 labelled but limit respected")

    extra = re.search(r"^加处罚款.*?(\d{3,})\.00\s*$", text, re.M)
    if extra:
        over = int(extra.group(1)) > fine
        if over != ("EXEC-02" in codes):
            errs.append(f"EXEC-02 mismatch: 加处罚款 {extra.group(1)} vs fine {fine}")
    elif "EXEC-02" in codes:
        errs.append("EXEC-02 labelled but no 加处罚款 amount found")

    real = vol.ranges()
    toc_pages = []
    for i, (a, b) in enumerate(real, 1):
        toc_pages.append(
            vol.toc_override.get(i, f"{a}" if a == b else f"{a}-{b}") == (f"{a}" if a == b else f"{a}-{b}")
        )
    if (not all(toc_pages)) != ("ARCH-01" in codes):
        errs.append("ARCH-01 mismatch between 卷内目录 and real pages")
    if len(pages) < vol.total():
        errs.append(f"file holds {len(pages)} numbered pages, volume has {vol.total()}")
    for m in re.finditer(r"本卷共(?:计)?(\d+)页", text):
        if int(m.group(1)) != vol.total():
            errs.append(f"本卷共{m.group(1)}页 but the volume has {vol.total()} pages")
    for m in re.finditer(r"本卷共 1 (?:件|册) (\d+) 页", text):
        if int(m.group(1)) != vol.total():
            errs.append(f"cover says {m.group(1)} pages, volume has {vol.total()}")

    if "PROC-02" in codes and num not in HEARING_CLASS:
        errs.append("PROC-02 labelled but the penalty is not in a hearing class")
    if "PROC-03" in codes and not (d["filing"] and d["decision"]):
        errs.append("PROC-03 labelled but there is no 立案 date")
    if "PROC-05" in codes and num not in NOTICE_SERVICE:
        errs.append("PROC-05 labelled but there is no 告知书")
    if num in HEARINGS:
        told, asked, summoned, held = (iso(x) for x in HEARINGS[num])
        if workdays_after(told, asked) > 5:
            errs.append("听证 requested more than 5 working days after the 告知书")
        if workdays_after(summoned, held) < 7:
            errs.append("听证通知 served less than 7 working days before the hearing")
        reviewed = any("法制审核" in doc.title for doc in vol.docs)
        if reviewed == ("PROC-06" in codes):
            errs.append(f"PROC-06 mismatch: hearing held, 法制审核 present={reviewed}")
    elif "PROC-06" in codes:
        errs.append("PROC-06 labelled but no hearing recorded in the table")

    notices = [doc for doc in vol.docs if "告知" in doc.title or "违法行为通知书" in doc.title]
    notices = [doc for doc in notices if "结果" not in doc.title and "送达" not in doc.title]
    if num in HEARING_CLASS:
        told = any("听证" in "".join(doc.pages) for doc in notices)
        if told == ("PROC-02" in codes):
            errs.append(f"PROC-02 mismatch: hearing told={told}")
    outward = [
        doc for doc in notices if doc.title != "行政处罚告知笔录"
    ]  # 公安's 告知笔录 is a record, not a 文书
    unsealed = [doc.title for doc in outward if not any(s in "".join(doc.pages) for s in SEALS)]
    if bool(unsealed) != ("DOC-09" in codes):
        errs.append(f"DOC-09 mismatch: unsealed 告知书 {unsealed}")
    errs += check_documents(vol, codes, d["decision"])
    errs += check_citations(f["citations"], d["decision"], codes)
    return errs


def main() -> int:
    labels = [json.loads(line) for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    mods = {m.CASE_ID: m for m in case_modules()}
    known = (
        set(re.findall(r"code: ([A-Z]+-\d+)", DEFECTS.read_text(encoding="utf-8")))
        if DEFECTS.exists()
        else None
    )
    problems = 0
    all_codes: set[str] = set()
    for label in labels:
        errs = check_case(mods[label["case_id"]], label)
        all_codes |= set(label["codes"])
        if known is not None:
            errs += [f"unknown code {c}" for c in label["codes"] if c not in known]
        if label["codes"] != sorted(label["codes"]):
            errs.append("codes not sorted")
        status = "ok " if not errs else "BAD"
        print(f"{status} {label['case_id']}  {label['codes']}")
        for e in errs:
            print("     -", e)
        problems += len(errs)
    n_clean = sum(1 for lab in labels if not lab["codes"])
    print(f"{len(labels)} cases, {n_clean} clean, {len(all_codes)} distinct codes: {sorted(all_codes)}")
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file() and "_build" not in p.parts)
    print(f"corpus size {size / 1024:.0f} KB")
    if len(labels) != 16 or len(all_codes) < 15:
        problems += 1
    return 1 if problems else 0


def mutations() -> int:
    """Flip each corpus code on each case in turn; every flipped label must make check_case fail."""
    labels = [json.loads(line) for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    mods = {m.CASE_ID: m for m in case_modules()}
    corpus_codes = sorted({c for lab in labels for c in lab["codes"]})
    missed = []
    for label in labels:
        for code in corpus_codes:
            flipped = dict(label, codes=sorted(set(label["codes"]) ^ {code}))
            if not check_case(mods[label["case_id"]], flipped):
                missed.append(f"{label['case_id']} {code}")
    print(f"{len(labels) * len(corpus_codes)} flipped labels, {len(missed)} not caught", *missed, sep="\n")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(mutations() if "--mutations" in sys.argv else main())
