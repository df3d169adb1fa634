"""Shared helpers for the decisions8 build: check digits, page layout, file writing.

Everything here is deterministic: running the build twice gives byte-identical files.
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body8: str) -> str:
    """GB 11714 check character for an 8-character organisation-code body."""
    total = sum(_org_value(c) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix2: str, region6: str, body8: str) -> str:
    """Build an 18-character 统一社会信用代码 with valid GB 32100 (and GB 11714) check characters."""
    assert len(prefix2) == 2 and len(region6) == 6 and len(body8) == 8
    org9 = body8 + org_check(body8)
    s17 = prefix2 + region6 + org9
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_WEIGHTS))
    c = (31 - total % 31) % 31
    return s17 + USCC_CHARS[c]


def uscc_valid(code: str) -> bool:
    """True when the 18th character is the GB 32100 check character of the first 17."""
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def paginate(lines: list[str], per_page: int, header: str | None, footer: str) -> str:
    """Lay already-broken lines out as PDF-extracted pages.

    ``footer`` is a format string with ``{n}`` (page) and ``{total}`` (pages).
    """
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        if header and n > 1:
            out.append(header)
        out.extend(page)
        out.append("")
        out.append(footer.format(n=n, total=len(pages)))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def hard_wrap(paragraphs: list[str], width: int) -> list[str]:
    """Break each paragraph into lines of ``width`` full-width cells, as a PDF text layer does.

    CJK and full-width characters take one cell, ASCII characters half a cell, so a line with
    digits holds more characters; breaks fall wherever the cell budget runs out, also inside
    numbers, codes and words.
    """
    lines: list[str] = []
    for p in paragraphs:
        if not p:
            lines.append("")
            continue
        cur, used = "", 0
        for ch in p:
            w = 1 if ord(ch) < 0x80 else 2
            if used + w > width * 2:
                lines.append(cur)
                cur, used = "", 0
            cur += ch
            used += w
        lines.append(cur)
    return lines


def write_all(docs: list[dict]) -> None:
    """Write every document and labels.jsonl, in file order."""
    labels = []
    for d in sorted(docs, key=lambda x: x["file"]):
        head = f"source: {d['source']}\ndomain: {d['domain']}\ndoc_type: {d['doc_type']}\n---\n"
        body = d["text"].strip("\n") + "\n"
        (ROOT / d["file"]).write_text(head + body, encoding="utf-8", newline="\n")
        labels.append(d["label"])
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


KEY_ORDER = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
             "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
             "notes", "defects_observed"]


def label(**kw) -> dict:
    """Return a label dict with the dev-set key order; extra keys follow in the order given."""
    out = {k: kw.pop(k) for k in KEY_ORDER}
    out.update(kw)
    return out


def cite(law: str, article: int | None, paragraph: int | None = None, item: int | None = None,
         role: str = "violated", note: str | None = None) -> dict:
    c = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        c["note"] = note
    return c
