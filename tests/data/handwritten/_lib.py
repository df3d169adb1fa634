"""Assembly helpers for the hand-written corpus: calendar, page numbering, 卷内目录, money words.

The case texts themselves are written by hand in build_cases_*.py; this module only
numbers pages, writes the 卷内目录 from the real page positions and checks dates.
"""
import datetime as dt

D = dt.date
HOLIDAYS = set()
WORKDAYS = set()


def _rng(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


for a, b in [(D(2022, 12, 31), D(2023, 1, 2)), (D(2023, 1, 21), D(2023, 1, 27)), (D(2023, 4, 5), D(2023, 4, 5)),
             (D(2023, 4, 29), D(2023, 5, 3)), (D(2023, 6, 22), D(2023, 6, 24)), (D(2023, 9, 29), D(2023, 10, 6)),
             (D(2024, 1, 1), D(2024, 1, 1)), (D(2024, 2, 10), D(2024, 2, 17)), (D(2024, 4, 4), D(2024, 4, 6)),
             (D(2024, 5, 1), D(2024, 5, 5)), (D(2024, 6, 10), D(2024, 6, 10)), (D(2024, 9, 15), D(2024, 9, 17)),
             (D(2024, 10, 1), D(2024, 10, 7))]:
    HOLIDAYS.update(_rng(a, b))
WORKDAYS.update([D(2023, 1, 28), D(2023, 1, 29), D(2023, 4, 23), D(2023, 5, 6), D(2023, 6, 25), D(2023, 10, 7),
                 D(2023, 10, 8), D(2024, 2, 4), D(2024, 2, 18), D(2024, 4, 7), D(2024, 4, 28), D(2024, 5, 11),
                 D(2024, 9, 14), D(2024, 9, 29), D(2024, 10, 12)])


def is_workday(d):
    if d in WORKDAYS:
        return True
    return d.weekday() < 5 and d not in HOLIDAYS


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def workdays_between(a, b):
    """Working days after a up to and including b."""
    return sum(1 for x in _rng(a + dt.timedelta(days=1), b) if is_workday(x))


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Integer yuan -> 大写 (enough for < 1亿)."""
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            q = x // 10 ** i % 10
            if q == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[q] + units[i]
        return s
    w, r = divmod(n, 10000)
    out = ""
    if w:
        out = four(w) + "万"
        if r and r < 1000:
            out += "零"
    if r:
        out += four(r)
    return out + "元整"


CN = "〇一二三四五六七八九"


def cn_date(d):
    def num(n):
        if n < 10:
            return CN[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")
    return "".join(CN[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def assemble(docs, toc_style, footer_style, case_title, toc_head=""):
    """docs: list of (toc_title, doc_no_or_empty, date_str, text). text may hold '\f'.
    Page 1 is the 卷内目录 itself. Returns the whole file text."""
    pages = []
    rows = []
    p = 2
    for title, no, date, text in docs:
        parts = text.strip("\n").split("\f")
        rows.append((title, no, date, p, p + len(parts) - 1))
        pages.extend(parts)
        p += len(parts)
    n = 1 + len(pages)
    if toc_style == "tab":
        toc = [toc_head or "卷 内 目 录", case_title, "", "序号\t文件名称\t文号\t日期\t页号"]
        toc.append(f"1\t卷内目录\t\t\t1")
        for i, (t, no, d, a, b) in enumerate(rows, 2):
            toc.append(f"{i}\t{t}\t{no}\t{d}\t{a if a == b else f'{a}-{b}'}")
        toc.append(f"\n本卷共{n}页")
    elif toc_style == "dots":
        toc = [toc_head or "卷内文件目录", f"案件名称：{case_title}", ""]
        toc.append(f"一、卷内文件目录……………………………第1页")
        cn = "二三四五六七八九十"
        for i, (t, no, d, a, b) in enumerate(rows):
            idx = cn[i] if i < 9 else "十" + "一二三四五六七八九"[i - 9] if i < 19 else "二十" + "一二三四五六七八九"[i - 19]
            toc.append(f"{idx}、{t}{('（' + no + '）') if no else ''}……第{a}页" + ("" if a == b else f"至第{b}页"))
        toc.append(f"（本卷共{n}页）")
    else:
        toc = [toc_head or "卷内目录", "案由：" + case_title, "", "顺序号 | 题名 | 责任者/文号 | 日期 | 页次"]
        toc.append("1 | 卷内目录 | — | — | 1")
        for i, (t, no, d, a, b) in enumerate(rows, 2):
            toc.append(f"{i} | {t} | {no or '—'} | {d or '—'} | {a}" + ("" if a == b else f"–{b}"))
        toc.append(f"合计：{n}页")
    all_pages = ["\n".join(toc)] + pages
    out = []
    for i, pg in enumerate(all_pages, 1):
        pg = pg.strip("\n")
        if footer_style == "dash":
            pg += f"\n\n— {i} —"
        elif footer_style == "di":
            pg += f"\n\n第{i}页 共{n}页"
        elif footer_style == "paren":
            pg += f"\n\n（第{i}页）"
        out.append(pg)
    return "\f".join(out) + "\n"
