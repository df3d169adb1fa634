"""Small builders for forms that recur in every volume (送达回证, 封面, 目录, 备考表).

Each builder returns a list of blocks (one page).  Wording varies by the `style`
argument so that the volumes do not all look alike.
"""
from common import fig_date, cn_date, toc_rows, total_numbered, paginate


def service_receipt(agency, doc_name, doc_no, recipient, place, method, server_names,
                    signer, date_text, note="", style="a", witness=None, extra=None):
    """送达回证."""
    title = "送达回证" if style != "c" else "送 达 回 证"
    rows = [("送达文书名称", doc_name + (f"（{doc_no}）" if doc_no else "")),
            ("受送达人", recipient),
            ("送达地点", place),
            ("送达方式", method),
            ("受送达人签名或盖章", signer),
            ("收到日期", date_text),
            ("送达人", server_names)]
    if witness:
        rows.append(("见证人", witness))
    if extra:
        rows += extra
    rows.append(("备注", note or "／"))
    page = [("title", title), ("kv", rows)]
    page.append(("right", agency + "（印章）"))
    return page


def cover(agency, case_name, rows, volume_note="", style="a"):
    page = [("title", agency), ("title", "行政处罚案卷"), ("blank",),
            ("kv", [("案件名称", case_name)] + rows)]
    if volume_note:
        page.append(("p", volume_note))
    return page


def toc_page(case, overrides=None, title="卷内目录"):
    rows = toc_rows(case, overrides)
    return [("title", title), ("grid", ["序号", "文件材料名称", "文号", "日期", "页号"], rows)]


def backnote_page(case, compiler, checker, date_iso, extra_lines=(), count_docs=None):
    n_pages = total_numbered(case)
    n_docs = count_docs if count_docs is not None else sum(1 for d, a, b in paginate(case) if a)
    lines = [("title", "卷内备考表"),
             ("p", f"本卷共有文件材料{n_docs}件，共{n_pages}页（封面、卷内目录、备考表不编页号）。"),
             ]
    for l in extra_lines:
        lines.append(("p", l))
    lines += [("blank",),
              ("kv", [("立卷人", compiler), ("检查人", checker), ("立卷时间", fig_date(date_iso))])]
    return lines
