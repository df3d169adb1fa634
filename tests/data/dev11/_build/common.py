"""Documents that every volume carries in nearly the same shape."""
from lib import Doc, fd


def songda(agency, doc_title, number, party, addr, way, recv_sign, recv_date, officers, ds="ar",
           note="", witness="", title="送达回证", kind="送达回证"):
    d = Doc(title, kind=kind, date=recv_date and fd(recv_date, ds), toc_title=f"送达回证（{doc_title}）")
    d.h(title)
    d.t([["送达文书名称及文号", f"{doc_title}　{number}".strip()],
         ["受送达人", party],
         ["送达地点", addr],
         ["送达方式", way],
         ["受送达人签名或盖章", recv_sign],
         ["收到日期", fd(recv_date, ds) if recv_date else ""],
         ["见证人", witness or "／"],
         ["送达人（签名）", "　".join(officers)],
         ["备注", note or "／"]])
    d.r(agency)
    d.seal()
    return d


def beikao(lines, who, when, checker, ds="ar", total=None):
    d = Doc("卷内备考表", kind="备考表", toc_title="卷内备考表")
    d.h("卷内备考表")
    d.p("本卷情况说明：")
    for ln in lines:
        d.p(ln)
    d.t([["立卷人", who, "立卷日期", fd(when, ds)],
         ["检查人", checker, "检查日期", fd(when, ds)]])
    return d
