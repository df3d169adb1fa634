"""Shared helpers for the heldout42 corpus (hand-written case texts live in case_*.py)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


def id_number(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def id_ok(n):
    return len(n) == 18 and id_number(n[:17]) == n


def assemble(case_no, printed, docs, toc_override=None):
    """docs: list of (title, [page_text, ...]). Returns list of page strings, 卷内目录 first (unnumbered).
    Every page carries the case-system header and print-time footer."""
    rows, p = [], 1
    for title, pages in docs:
        rows.append((title, p, p + len(pages) - 1))
        p += len(pages)
    if toc_override:
        rows = toc_override
    toc = ["卷 内 目 录", "", "序号\t文书名称\t页码"]
    for i, (t, a, b) in enumerate(rows, 1):
        toc.append(f"{i}\t【{t}】\t{a}-{b}" if a != b else f"{i}\t【{t}】\t{a}")
    out = [wrap(case_no, printed, "\n".join(toc), None)]
    n = 1
    for title, pages in docs:
        for pg in pages:
            out.append(wrap(case_no, printed, pg, n))
            n += 1
    return out


def wrap(case_no, printed, body, n):
    foot = f"打印时间：{printed}" + (f"　　第{n}页" if n else "")
    return f"案件编号：{case_no}\n\n{body.strip()}\n\n{foot}\n"


def write_ff(name, pages, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="\n") as f:
        f.write("\f".join(pages))


def write_folder(name, case_no, printed, docs):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    n = 1
    for i, (title, pages) in enumerate(docs, 1):
        body = []
        for pg in pages:
            body.append(wrap(case_no, printed, pg, n))
            n += 1
        with open(os.path.join(d, f"{i:02d}_{title}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(body))
