"""Document model shared by all renderers.

A case is a list of documents; a document is a dict {title, blocks, numbered}.
Blocks are tuples:
  ("h", text)                 centred title
  ("sub", text)               centred second line (文号 etc.)
  ("p", text)                 paragraph with two-character first-line indent
  ("l", text)                 line without indent
  ("r", text)                 right-aligned line
  ("kv", [(label, value)...]) label：value lines (value may be Hand)
  ("table", rows, widths)     grid table; cells are str or Hand; widths are fractions
  ("sign", [lines], seal)     right-aligned signature block; seal = agency name, "" or None
  ("gap", mm)                 vertical space
  ("pb",)                     page break inside a document
  ("hr",)                     horizontal rule
  ("img", kind, h_mm, caption) placeholder picture box (photo evidence)
"""


class Hand(str):
    """Text written by hand (rendered in a Kai face, ink colour, jitter)."""


def plain(cell) -> str:
    return str(cell)


def doc(title, blocks, numbered=True, **kw):
    d = {"title": title, "blocks": blocks, "numbered": numbered}
    d.update(kw)
    return d


def doc_text(d, seal_marker="（印章）") -> str:
    """Plain-text rendering of one document (for text outputs and build-time checks)."""
    out = []
    for b in d["blocks"]:
        k = b[0]
        if k in ("h", "sub", "p", "l", "r"):
            out.append(("　　" if k == "p" else "") + str(b[1]))
        elif k == "kv":
            for lab, val in b[1]:
                out.append(f"{lab}：{val}")
        elif k == "table":
            for row in b[1]:
                out.append(" | ".join(str(c).replace("\n", " ") for c in row))
        elif k == "sign":
            out.extend(str(x) for x in b[1])
            if b[2] and seal_marker:
                out.append(seal_marker)
        elif k == "img":
            out.append(f"[{b[3]}]")
        elif k == "hr":
            out.append("-" * 20)
    return "\n".join(out)
