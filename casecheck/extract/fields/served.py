"""What a 送达回证 (or a 公告送达) serves: document title and 文号, method, signatures, dates."""

from __future__ import annotations

import re

from casecheck.extract.fields.dates import DateHit, find_dates
from casecheck.extract.fields.ids import find_doc_numbers

METHODS: tuple[tuple[str, str], ...] = (
    ("公告送达", r"公告送达"),
    ("留置送达", r"留置送达"),
    ("邮寄送达", r"邮寄送达|EMS|挂号信|快递"),
    ("委托送达", r"委托送达"),
    ("电子送达", r"电子送达|电子邮件|传真"),
    ("直接送达", r"直接送达|当场送达|当面送达|当场交付"),
)
TITLE_FIELD = re.compile(r"送达(?:的)?文书(?:名称)?(?:及文号)?\s*[:：|]?\s*(?P<v>[^\n]{2,80})")
SERVED_TITLE = re.compile(r"(?:送达|领取)[^。\n]{0,30}?《(?P<t>[^《》\n]{2,40}?(?:书|单|表|通知|决定))》")
DATE_LABEL = re.compile(r"(?:送达|收到|签收|收件)(?:日期|时间)\s*[:：]?\s*$")


def served_block(text: str) -> dict[str, object]:
    """Title, 文号, method, the date and spans found in a service record."""
    title, t_span = None, None
    m = TITLE_FIELD.search(text)
    if m:
        v = m.group("v")
        inner = re.search(r"《([^《》]+)》", v)
        v = v.strip(" |\t")
        title = inner.group(1) if inner else re.split(r"[\s（(〔\[|]", v, maxsplit=1)[0]
        t_span = m.span("v")
    else:
        m2 = SERVED_TITLE.search(text)
        if m2:
            title, t_span = m2.group("t"), m2.span()
    number = None
    nums = find_doc_numbers(text)
    if t_span:
        near = [n for n in nums if abs(n.start - t_span[0]) < 60 or abs(n.end - t_span[1]) < 60]
        number = near[0].value if near else None
    if number is None:
        lab = re.search(r"(?:文书号|文号)(?:为)?\s*[:：]\s*", text)
        after = [n for n in nums if lab and n.start >= lab.end() and n.start - lab.end() < 4]
        number = after[0].value if after else None
    method = next((name for name, rx in METHODS if re.search(rx, text)), None)
    dates = find_dates(text)
    date: DateHit | None = next(
        (h for h in dates if DATE_LABEL.search(text, max(0, h.start - 12), h.start)), None
    )
    return {"title": title, "doc_number": number, "method": method, "date": date, "span": t_span}
