"""Shared helpers for assembling the hand-written held-out case volumes.

Only mechanical work lives here: check characters, date and money spelling,
page numbering, the 卷内目录 computed from real page ranges, and writing the
volume in its encoding. Every word of the documents is in the per-case modules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def org_code(body8: str) -> str:
    """Return the 9-character 组织机构代码 (GB 11714) for an 8-digit body."""
    s = sum(int(c) * w for c, w in zip(body8, ORG_WEIGHTS, strict=False))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(prefix2: str, region6: str, body8: str) -> str:
    """Return a valid 统一社会信用代码 (GB 32100) built from its parts."""
    base = prefix2 + region6 + org_code(body8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(base, USCC_WEIGHTS, strict=False))
    c = (31 - s % 31) % 31
    return base + USCC_CHARS[c]


def uscc_ok(code: str) -> bool:
    """True when an 18-character 统一社会信用代码 has a correct check character."""
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS, strict=False))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def id_number(region6: str, birth: str, seq3: str) -> str:
    """Return a valid 18-digit 身份证号 (GB 11643); birth is YYYYMMDD."""
    base = region6 + birth + seq3
    return base + ID_CHECK[sum(int(c) * w for c, w in zip(base, ID_WEIGHTS, strict=False)) % 11]


def id_ok(code: str) -> bool:
    """True when an 18-character 身份证号 has a correct check digit."""
    if len(code) != 18 or not code[:17].isdigit():
        return False
    return ID_CHECK[sum(int(c) * w for c, w in zip(code[:17], ID_WEIGHTS, strict=False)) % 11] == code[17]


CN_DIGITS = "〇一二三四五六七八九"


def cn_date(d: dt.date, zero: str = "〇") -> str:
    """二〇二三年五月十日 style; zero may be 〇, ○ or 零."""

    def small(n: int) -> str:
        if n < 10:
            return CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")

    year = "".join(CN_DIGITS[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{year}年{small(d.month)}月{small(d.day)}日"


def ar_date(d: dt.date) -> str:
    """2023年5月10日 style."""
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d: dt.date) -> str:
    """2023.5.10 style used in forms."""
    return f"{d.year}.{d.month}.{d.day}"


UPPER = "零壹贰叁肆伍陆柒捌玖"


def money_upper(yuan: int) -> str:
    """人民币大写 for a whole number of yuan, e.g. 贰万元整."""
    if yuan == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    out = ""
    for big, name in ((yuan // 100000000, "亿"), (yuan // 10000 % 10000, "万"), (yuan % 10000, "")):
        if not big:
            if out and not out.endswith("零"):
                out += "零"
            continue
        s = ""
        digits = f"{big:04d}"
        for i, ch in enumerate(digits):
            n = int(ch)
            if n:
                s += UPPER[n] + units[3 - i]
            elif s and not s.endswith("零"):
                s += "零"
        s = s.rstrip("零")
        if out and big < 1000 and not out.endswith("零"):
            out += "零"
        out += s + name
    return out.rstrip("零") + "元整"


@dataclass
class Doc:
    """One document of a volume: its catalogue entry and its hand-written pages."""

    title: str
    pages: list[str]
    number: str = ""  # 文号 for the 卷内目录
    date: str = ""  # date column of the 卷内目录
    file_stem: str = ""  # for folder cases


@dataclass
class Volume:
    """A whole 案卷: unnumbered front matter, numbered documents, unnumbered back matter."""

    case_id: str
    cover: str
    docs: list[Doc]
    back: str = ""
    toc_style: str = "tab"  # tab | box | plain
    footer: Callable[[int, int], str] | None = None
    toc_override: dict[int, str] = field(default_factory=dict)  # index -> forced 页号 text (ARCH-01)
    toc_extra_front: str = ""

    def ranges(self) -> list[tuple[int, int]]:
        """Real page ranges of the numbered documents."""
        out, p = [], 1
        for d in self.docs:
            out.append((p, p + len(d.pages) - 1))
            p += len(d.pages)
        return out

    def total(self) -> int:
        return sum(len(d.pages) for d in self.docs)

    def toc(self) -> str:
        """The 卷内目录 built from real page ranges unless overridden."""
        rows = []
        for i, (d, (a, b)) in enumerate(zip(self.docs, self.ranges(), strict=False), 1):
            pages = self.toc_override.get(i, f"{a}" if a == b else f"{a}-{b}")
            rows.append((str(i), d.title, d.number or "", d.date or "", pages))
        if self.toc_style == "box":
            lines = [
                "┌────┬──────────────────────────┬────────────────┬──────────┬──────┐",
                "│序号│文 件 名 称               │文 号           │日 期     │页 号 │",
                "├────┼──────────────────────────┼────────────────┼──────────┼──────┤",
            ]
            for r in rows:
                lines.append("│" + "│".join(r) + "│")
            lines.append("└────┴──────────────────────────┴────────────────┴──────────┴──────┘")
            body = "\n".join(lines)
        elif self.toc_style == "plain":
            body = "\n".join(
                f"{r[0]}．{r[1]}{'（' + r[2] + '）' if r[2] else ''}{'  ' + r[3] if r[3] else ''}……第{r[4]}页"
                for r in rows
            )
        else:
            body = "序号\t文件名称\t文号\t日期\t页号\n" + "\n".join("\t".join(r) for r in rows)
        return f"{'卷 内 目 录':^40}\n\n{self.toc_extra_front}{body}\n\n（共{self.total()}页）\n"

    def numbered_pages(self) -> list[str]:
        out, n, total = [], 0, self.total()
        for d in self.docs:
            for text in d.pages:
                n += 1
                foot = self.footer(n, total) if self.footer else ""
                out.append(text.rstrip("\n") + ("\n\n" + foot if foot else "") + "\n")
        return out

    def write_file(self, encoding: str = "utf-8") -> Path:
        """Write the whole volume as one text file, pages separated by form feed."""
        pages = [self.cover.rstrip("\n") + "\n", self.toc(), *self.numbered_pages()]
        if self.back:
            pages.append(self.back.rstrip("\n") + "\n")
        path = OUT / f"{self.case_id}.txt"
        path.write_bytes("\f".join(pages).encode(encoding))
        return path

    def write_folder(self) -> Path:
        """Write one UTF-8 text file per document, volume order in the names."""
        folder = OUT / self.case_id
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.txt"):
            old.unlink()
        (folder / "00_封面.txt").write_text(self.cover.rstrip("\n") + "\n", encoding="utf-8")
        (folder / "01_卷内目录.txt").write_text(self.toc(), encoding="utf-8")
        pages = self.numbered_pages()
        k = 0
        for i, d in enumerate(self.docs, 2):
            chunk = pages[k : k + len(d.pages)]
            k += len(d.pages)
            name = f"{i:02d}_{d.file_stem or d.title}.txt"
            (folder / name).write_text("\f".join(chunk), encoding="utf-8")
        if self.back:
            (folder / f"{len(self.docs) + 2:02d}_备考表.txt").write_text(
                self.back.rstrip("\n") + "\n", encoding="utf-8"
            )
        return folder


def foot_cn(n: int, total: int) -> str:
    return f"第{n}页 共{total}页"


def foot_dash(n: int, total: int) -> str:
    return f"- {n} -"


def foot_slash(n: int, total: int) -> str:
    return f"{n}/{total}"


def foot_right(n: int, total: int) -> str:
    return f"{n:>60}"


def d(s: str) -> dt.date:
    """Parse an ISO date."""
    return dt.date.fromisoformat(s)


def is_workday(day: dt.date) -> bool:
    """Chinese working day (statutory holidays excluded, 调休 workdays included)."""
    import chinese_calendar

    return chinese_calendar.is_workday(day)


def workdays_after(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]: how many working days end lies after start."""
    n, cur = 0, start
    while cur < end:
        cur += dt.timedelta(days=1)
        n += is_workday(cur)
    return n


def add_workdays(start: dt.date, n: int) -> dt.date:
    """The n-th working day after start."""
    cur = start
    while n:
        cur += dt.timedelta(days=1)
        n -= is_workday(cur)
    return cur
