"""Plain-text backend: two house styles (box-drawn forms, or loose label lines)."""
from __future__ import annotations

import unicodedata


def cw(ch: str) -> int:
    if unicodedata.east_asian_width(ch) in ("F", "W") or "\u2500" <= ch <= "\u257f":
        return 2
    return 1


def sw(s: str) -> int:
    return sum(cw(c) for c in s)


def _tokens(s: str):
    """CJK characters one by one; runs of ASCII letters/digits (amounts, codes) kept whole."""
    import re
    return re.findall(r"[0-9A-Za-z.,¥/×²\-]+|.", s)


def cut(s: str, width: int):
    out, cur, w = [], "", 0
    for tok in _tokens(s):
        t = sw(tok)
        if t > width:  # a run longer than the cell: fall back to characters
            for ch in tok:
                c = cw(ch)
                if cur and w + c > width:
                    out.append(cur)
                    cur, w = "", 0
                cur += ch
                w += c
            continue
        if cur and w + t > width:
            out.append(cur)
            cur, w = "", 0
        cur += tok
        w += t
    out.append(cur)
    return out


def pad(s: str, width: int) -> str:
    return s + " " * max(0, width - sw(s))


def box_table(rows, widths, total=76):
    tot = float(sum(widths))
    cols = [max(4, int((total - len(widths) - 1) * w / tot)) for w in widths]
    cols = [c - (c % 2) for c in cols]  # even: box chars are double width
    def rule(l, m, r):
        return l + m.join("─" * (c // 2) for c in cols) + r
    lines = [rule("┌", "┬", "┐")]
    for i, row in enumerate(rows):
        cells = []
        for c, cell in zip(cols, row):
            txt = cell[1:] if cell.startswith("✍") else cell
            parts = []
            for seg in txt.split("\n"):
                parts += cut(seg, c)
            cells.append(parts)
        n = max(len(p) for p in cells)
        for k in range(n):
            lines.append("│" + "│".join(pad(p[k] if k < len(p) else "", c) for c, p in zip(cols, cells)) + "│")
        lines.append(rule("├", "┼", "┤") if i < len(rows) - 1 else rule("└", "┴", "┘"))
    return lines


def page_lines_boxed(page, width=76):
    out = []
    for b in page:
        k = b[0]
        if k == "title":
            t = "　".join(b[1].replace(" ", "")) if len(b[1].replace(" ", "")) <= 6 else b[1]
            out.append(" " * max(0, (width - sw(t)) // 2) + t)
        elif k in ("sub", "c"):
            out.append(" " * max(0, (width - sw(b[1])) // 2) + b[1])
        elif k == "p":
            out.append("　　" + b[1])
        elif k in ("l", "hand"):
            out.append(b[1])
        elif k == "r":
            out.append(" " * max(0, width - sw(b[1]) - 4) + b[1])
        elif k == "seal":
            out.append(" " * max(0, width - 12 - 4) + "（印章）")
        elif k == "sig":
            out.append(b[1].replace("｜", ""))
        elif k == "kv":
            out.append("　".join(f"{x[0]}{x[1]}" for x in b[1]))
        elif k == "table":
            out.extend(box_table(b[1], b[2], width))
        elif k == "gap":
            out.extend([""] * b[1])
        else:
            raise ValueError(k)
    return out


def page_lines_loose(page, width=72):
    """Label lines, tables as 'a：b' or tab-separated rows, seals as 【印章】."""
    out = []
    for b in page:
        k = b[0]
        if k == "title":
            out.append(b[1])
        elif k in ("sub", "c", "l", "hand"):
            out.append(b[1])
        elif k == "p":
            out.append("　　" + b[1])
        elif k == "r":
            out.append("　" * 16 + b[1])
        elif k == "seal":
            out.append("　" * 16 + "（盖章）")
        elif k == "sig":
            out.append(b[1].replace("｜", ""))
        elif k == "kv":
            out.append("　".join(f"{x[0]}{x[1]}" for x in b[1]))
        elif k == "table":
            rows = b[1]
            if len(b[2]) == 2:
                for r in rows:
                    out.append(f"{r[0]}：{r[1].replace(chr(10), '；')}")
            else:
                for r in rows:
                    out.append("\t".join(c.replace("\n", " ") for c in r))
        elif k == "gap":
            out.extend([""] * b[1])
        else:
            raise ValueError(k)
    return out
