"""Render layout-style blocks as plain text (for .txt case files)."""
from layout import parse


def plain(markup):
    return "".join(t for t, k in parse(markup))


def blocks_to_text(blocks, width=36, table_style="colon", seal_marker="（印章）"):
    out = []
    for b in blocks:
        k = b[0]
        o = b[-1] if isinstance(b[-1], dict) else {}
        if k == "title":
            t = b[1]
            out.append(" " * max(0, (width - len(t)) // 2 * 2 // 2) + t)
        elif k == "para":
            t = plain(b[1])
            al = o.get("align", "l")
            if al == "r":
                out.append(" " * max(0, width - len(t)) + t)
            elif al == "c":
                out.append(" " * max(0, (width - len(t)) // 2) + t)
            else:
                ind = o.get("indent", 2)
                out.append("　" * ind + t)
        elif k == "table":
            for row in b[1]:
                cells = [plain(c["t"] if isinstance(c, dict) else c).replace("\n", " ") for c in row]
                if table_style == "colon" and len(cells) % 2 == 0:
                    pairs = [f"{cells[i]}：{cells[i + 1]}" for i in range(0, len(cells), 2)]
                    out.append("    ".join(pairs))
                elif table_style == "colon" and len(cells) == 1:
                    out.append(cells[0])
                else:
                    out.append(" | ".join(cells))
        elif k == "space":
            out.append("")
        elif k == "break":
            out.append("")
        elif k == "seal":
            out.append(" " * max(0, width - 6) + seal_marker)
        elif k == "rule":
            out.append("—" * (width // 2))
        elif k == "photos":
            for cap, _ in b[1]:
                out.append("〔照片〕" + cap)
    return out
