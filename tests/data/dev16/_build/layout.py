"""Volume assembly (cover, 目录, numbering, 备考表) shared by all renderers."""
from util import cn_date, ar_date


def assemble(meta, toc=True, backup=True, toc_shift=None):
    """Return list of page dicts: {kind, title, blocks, no (footer number or None), doc_index, landscape}.

    toc_shift: (doc_title_prefix, delta) planted 目录 error: from that document on, 目录 page numbers
    are off by delta (the real pages are unchanged)."""
    pages, rows = [], []
    n = 0
    for i, d in enumerate(meta["docs"]):
        first = n + 1
        for k, blocks in enumerate(d["pages"]):
            n += 1
            pages.append(dict(kind="doc", title=d["title"] if k == 0 else d["title"] + "（续）", blocks=blocks,
                              no=n, doc=d, first=(k == 0), landscape=d.get("landscape", False)))
        rows.append([d["toc"], d.get("no") or "", d.get("date") or "", first, n])
    total = n
    if toc_shift:
        prefix, delta = toc_shift
        on = False
        for r in rows:
            if r[0].startswith(prefix):
                on = True
                r[4] += delta  # the shifted document's own end page is already wrong
                continue
            if on:
                r[3] += delta
                r[4] += delta
    c = meta["cover"]
    cover_blocks = [
        ("f", "全宗名称", meta["agency"]), ("f", "案件名称", c["title"]), ("f", "处罚决定书文号", c["no"]),
        ("f", "立案日期", ar_date(c["start"])), ("f", "结案日期", ar_date(c["end"])),
        ("f", "本卷共", f"{total}页"), ("f", "保管期限", c["keep"]),
    ]
    out = [dict(kind="cover", title="行政处罚案卷", blocks=cover_blocks, no=None, landscape=False)]
    if toc:
        out.append(dict(kind="toc", title="卷内目录", rows=[(i + 1, r[0], r[1], r[2], fmt_range(r[3], r[4])) for i, r in enumerate(rows)],
                        blocks=[], no=None, landscape=False))
    out += pages
    if backup:
        out.append(dict(kind="backup", title="备考表", blocks=[
            ("p", f"本卷共{len(meta['docs'])}件，{total}页（封面、卷内目录、备考表不编页号）。"),
            ("p", "说明：本卷材料齐全，原件归档；现场音像资料另存于执法记录仪数据管理系统。"),
            ("s", "立卷人：" + meta.get("filer", "（签名）")), ("s", "检查人：" + meta.get("checker", "（签名）")),
            ("s", "立卷时间：" + ar_date(c["end"])),
        ], no=None, landscape=False))
    return out, total


def fmt_range(a, b):
    return str(a) if a == b else f"{a}-{b}"


def block_lines(blocks, label_sep="："):
    """Plain text lines for prose formats."""
    out = []
    for b in blocks:
        t = b[0]
        if t == "p":
            out.append(("p", b[1]))
        elif t == "f":
            out.append(("p", f"{b[1]}{label_sep}{b[2]}" if b[2] else f"{b[1]}{label_sep}"))
        elif t == "g":
            out.append(("p", b[1] + label_sep))
            for a, v in b[2]:
                out.append(("p", f"　　{a}{label_sep}{v}"))
        elif t == "s":
            out.append(("s", b[1]))
        elif t == "seal":
            out.append(("seal", b[1]))
    return out
