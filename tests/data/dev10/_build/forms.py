"""Small builders for the forms every volume carries (送达回证, 结案审批表, 备考表).

Each builder returns a ``Doc``; wording and layout vary with the arguments so that the
agencies do not all look alike.
"""
from common import Doc, T, P, R, TB, SEAL, BL


def songda(agency, doc_title, number, recipient, place, method, receipt, signer,
           officers, date_iso, *, title="送达回证", note="", seal=True, extra_rows=None):
    """送达回证 as a ruled form. ``receipt`` is the 收到日期 as written, ``signer`` the
    recipient's signature line as written (empty string = left blank)."""
    rows = [
        ["送达文书名称", doc_title],
        ["文书文号", number or "/"],
        ["受送达人", recipient],
        ["送达地点", place],
        ["送达方式", method],
        ["受送达人签名（盖章）", signer],
        ["收到日期", receipt],
        ["送达人", officers],
    ]
    if extra_rows:
        rows += extra_rows
    rows.append(["备注", note or "/"])
    d = Doc(title, "送达回证", date=date_iso, toc_title=f"{title}（{doc_title}）")
    blocks = [T(title), TB(rows, [30, 70])]
    if seal:
        blocks += [BL, SEAL(agency)]
    d.page(*blocks)
    return d


def beikao(lines, filer, checker, date_text, title="卷内备考表"):
    d = Doc(title, "备考表")
    d.page(T(title), P("本卷情况说明："), *[P(x) for x in lines], BL,
           R(f"立卷人：{filer}"), R(f"检查人：{checker}"), R(f"立卷时间：{date_text}"))
    return d
