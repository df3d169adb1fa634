"""What a 送达回证 (or a 公告送达) serves: document title and 文号, method, signatures, dates."""

from __future__ import annotations

import re
from typing import Any

from casecheck.extract.fields.dates import DateHit, find_dates
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.names import is_person_name
from casecheck.extract.fields.table import Cell, _alignments, _typed_fit, box_rows, tab_rows
from casecheck.extract.patterns import fast_compile
from casecheck.ingest.segment import INLINE_RECEIPT

METHODS: tuple[tuple[str, str], ...] = (
    ("公告送达", r"公告送达"),
    ("留置送达", r"留置送达"),
    ("邮寄送达", r"邮寄送达|EMS|挂号信|快递"),
    ("委托送达", r"委托送达"),
    ("电子送达", r"电子送达|电子邮件|传真"),
    ("直接送达", r"直接送达|当场送达|当面送达|当场交付"),
)
# 送达方式：邮寄 — a method field holding only the method's first word
METHOD_WORDS = (
    ("直接送达", ("直接", "当面", "当场")),
    ("邮寄送达", ("邮寄", "邮政")),
    ("留置送达", ("留置",)),
    ("电子送达", ("电子",)),
    ("委托送达", ("委托",)),
    ("公告送达", ("公告",)),
)
METHOD_FIELD = re.compile(r"送达方式\s*[:：|│┃\t ]\s*(?P<w>直接|当面|当场|邮寄|邮政|留置|电子|委托|公告)")
# a label wrapped inside its cell is one label: 送达文书名称及文⏎号⏎行政处罚决定书（…号）, 送达文书名⏎称
TITLE_FIELD = fast_compile(
    r"(?:送达(?:的)?(?:文书|文件)(?:名\s?称)?|(?<!\S)文书名称)(?:(?:\s*[及、和与])?\s*(?:文\s?号|编\s?号))?"
    r"[ \u3000]*[:：|\t]?\s*(?P<v>[^\n]{2,80})"
)
# 行政处罚决定书（副本）: a note after the title's last word, not part of it (（听证） inside is kept)
TITLE_NOTE = fast_compile(r"(?<=[书单表知定])\s*[（(][^（()）]{1,8}[)）]$")
NUMBER_LABEL = re.compile(r"(?:文书编号|文书号|文号|编号)(?:为)?\s*[:：|\t]\s*")
# the recipient's signature line: 受送达人签名：张三　日期：2024年3月1日
# the recipient's row (a form row may open with a border): 受送达人签名 / 收件人签名及日期 / 签收：
# (收件人 alone on a mail slip names the addressee: only its 签名 row is the recipient's)
RECIPIENT_LINE = fast_compile(
    r"^\s*[|│┃]?\s*(?:(?:(?:送达|签收)?回执|送达回证|签收栏)\s*[:：]\s*)?"  # (送达回执：受送达人 …: a stub)
    r"(?:受送达人|签收人|代收人|(?:收件人|接收人)\s*[(（]?签|签收\s*[:：|│┃\t])"
)
SERVED_TITLE = re.compile(r"(?:送达|领取)[^。\n]{0,30}?《(?P<t>[^《》\n]{2,40}?(?:书|单|表|通知|决定))》")
DATE_LABEL = re.compile(r"(?:送达|收到|签收|收件|接收|妥投)(?:日期|时间)\s*[:：]?\s*$")
# a mailed document's delivery stated in prose: 邮件于2023年4月22日妥投/被签收
# (on the same line: 交寄日期：…⏎签收情况：… is the posting day, the next line's field another)
DELIVERED_AFTER = fast_compile(
    r"(?:[ \t\u3000]*|\s*(?=由(?!于)))(?:由(?!于)[^，。；\n]{1,12}?)?"
    r"(?<![未拒无])(?:妥投|被?签收|投递成功)(?!情况|人|[:：（(])"
)


# on a stub, the one who signed for it: 签收人韩某某 / 收件人 彭某 / 受送达人（签名）：赵某 (受送达人 alone
# may name the party, a unit: only a person's name is a signature)
_STUB_SIGNER = re.compile(
    r"(?:签收人|收件人|接收人|代收人|受送达人)\s*(?:[（(]\s*(?:签名|签字|签章)\s*[)）])?\s*[:：]?\s*"
    r"(?P<n>[\u4e00-\u9fa5·]{2,4}?)(?=[\s\d（(，,。；]|收到|$)"
)


def stub_receipt(text: str) -> bool:
    """``text`` is a receipt stub printed under the document it serves (``INLINE_RECEIPT``)."""
    return INLINE_RECEIPT.match(text.lstrip()) is not None


def stub_signed(text: str) -> bool:
    """A stub's first line names a person as the one who signed for the document."""
    line = text.lstrip().split("\n", 1)[0]
    return any(is_person_name(m.group("n")) for m in _STUB_SIGNER.finditer(line))


def served_block(text: str, dates: list[DateHit] | None = None) -> dict[str, object]:
    """Title, 文号, method, the date and spans found in a service record; ``dates`` are
    ``find_dates(text)`` when the caller has them already."""
    title, t_span = None, None
    m = TITLE_FIELD.search(text)
    if m:
        title = _title(m.group("v"))
        t_span = m.span("v")
    else:
        m2 = SERVED_TITLE.search(text)
        if m2:
            title, t_span = m2.group("t"), m2.span()
    number = None
    nums = find_doc_numbers(text)
    if t_span:
        # the number in the served document's own row first: a 案号 heading the form is the case's
        inside = [n for n in nums if t_span[0] <= n.start < t_span[1]]
        near = [n for n in nums if abs(n.start - t_span[0]) < 60 or abs(n.end - t_span[1]) < 60]
        number = (inside or near)[0].value if inside or near else None
    if number is None:
        lab = NUMBER_LABEL.search(text)
        after = [n for n in nums if lab and n.start >= lab.end() and n.start - lab.end() < 4]
        number = after[0].value if after else None
    method = _ticked_method(text) if "□" in text or "☐" in text else None
    if method is None and not _BOXED_METHOD.search(text):  # every box left empty: no method chosen
        method = next((name for name, rx in METHODS if re.search(rx, text)), None)
    short = METHOD_FIELD.search(text) if method is None else None
    if short:  # 送达方式：邮寄 / 直接 — the method's first word in its own field
        method = next(name for name, words in METHOD_WORDS if short["w"] in words)
    dates = find_dates(text) if dates is None else dates
    date: DateHit | None = next(
        (h for h in dates if DATE_LABEL.search(text, max(0, h.start - 12), h.start)), None
    ) or next((h for h in dates if RECIPIENT_LINE.search(_line_before(text, h.start))), None)
    date = date or next((h for h in dates if DELIVERED_AFTER.match(text, h.end)), None)
    if date is None and dates and stub_receipt(text) and dates[0].start < text.find("\n") % (len(text) + 1):
        date = dates[0]  # 送达回执：本人于2024年6月11日收到本通知书: a stub's one date is the day received
    return {"title": title, "doc_number": number, "method": method, "date": date, "span": t_span}


# 送达方式：■直接送达 □留置送达 □邮寄送达: a form's boxes; the ticked one is the method
_METHOD_WORD = r"(直接|当面|当场|邮寄|邮政|留置|电子|委托|公告)"
_MARK = "[□☐■☑√✓✔☒▣●◼]"
_TICK = "[■☑√✓✔☒▣●◼]"
_FIRST_MARK = re.compile(rf"{_MARK}|{_METHOD_WORD}送达")  # which comes first: a box or a method's word
_TICKED = re.compile(rf"{_TICK}\s*{_METHOD_WORD}")
_TICKED_AFTER = re.compile(rf"{_METHOD_WORD}(?:送达)?\s*{_TICK}")  # 直接送达□ 邮寄送达☑: after it
_BOXED_METHOD = re.compile(rf"[□☐]\s*{_METHOD_WORD}|{_METHOD_WORD}(?:送达)?\s*[□☐]")


def _ticked_method(text: str) -> str | None:
    first = _FIRST_MARK.search(text)  # □直接送达 ■邮寄送达: each box before its word; 直接送达□: after
    m = (_TICKED if first and not first.group(1) else _TICKED_AFTER).search(text)
    return next(name for name, words in METHOD_WORDS if m.group(1) in words) if m else None


# 1.行政处罚决定书（…号）⏎2.罚款缴纳通知书（…号）: one form serving several documents, one a line
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[①-⑩])\s*")


def _title(v: str) -> str:
    """The served document's title in a 送达文书 field: the 《》 title, else the words before its
    文号 (``行政处罚事先（听证）告知书（佛环禅罚告〔2024〕112号）`` → ``行政处罚事先（听证）告知书``)."""
    inner = re.search(r"《([^《》]+)》", v)
    if inner:
        return inner.group(1)
    nums = find_doc_numbers(v)
    if nums:
        v = v[: nums[0].start]
    v = re.split(r"[\s|]", _LIST_NUMBER.sub("", v.strip(" |\t\u3000")), maxsplit=1)[0]
    v = re.sub(r"[（(〔\[［]+$", "", v)  # the bracket that opened the 文号
    return TITLE_NOTE.sub("", v)


def _line_before(text: str, pos: int) -> str:
    """The part of ``pos``'s line before ``pos``."""
    return text[text.rfind("\n", 0, pos) + 1 : pos]


# the header cells of a receipt that lists several documents, one row each (a box-drawn form)
_HEAD_TITLE = re.compile(r"送达(?:的)?(?:文书|文件)|文书名称")
_HEAD_METHOD = re.compile(r"送达方式")
_HEAD_DATE = re.compile(r"(?:收到|送达|签收|接收|收件)(?:日期|时间)")
_HEAD_RECIPIENT = re.compile(r"(?:受送达人|签收人|收件人|代收人)[^│]*签|签收")
_MIN_COLUMNS = 3
# a row's document: a title's last word, or its 文号
_DOCUMENT_TITLE = re.compile(r"(?:书|表|单|通知|笔录|决定|回证|记录|报告|意见|告知|函|清单|〔|\[|号)")
# what a signature cell holds when nobody signed: the printed prompt only
_BLANK_SIGNATURE = re.compile(r"[（(]?\s*(?:签名|签字|盖章|签章|指印|捺印)\s*[)）]?[:：]?|/|无")


def served_rows(text: str) -> list[dict[str, object]]:
    """The documents a 送达回证 lists one row each under a header row (送达文书及文号 | 送达方式 |
    收到日期 | 受送达人签名 …; two or more when read from spaced lines): ``title``, ``doc_number``,
    ``method``, ``recipient_signed`` (``None`` without a signature column), ``date`` (a ``DateHit``
    or ``None``) and the title cell's ``span``."""
    stacked = _stacked_rows(text)
    if stacked:
        return stacked
    if "│" in text or "┃" in text:
        rows = box_rows(text)
    elif "\t" in text:
        rows = tab_rows(text)  # a Word table: a line per row, its cells parted by tabs
    else:
        return _spaced_rows(text)
    for i, row in enumerate(rows):
        heads = [c[0] if c else "" for c in row]
        title_at = next((k for k, h in enumerate(heads) if _HEAD_TITLE.search(h)), None)
        if title_at is None or len(heads) < _MIN_COLUMNS:
            continue  # a label | value form (送达文书名称 | 行政处罚决定书) lists one document
        at = {
            name: next((k for k, h in enumerate(heads) if rx.search(h)), None)
            for name, rx in (("method", _HEAD_METHOD), ("date", _HEAD_DATE), ("recipient", _HEAD_RECIPIENT))
        }
        if all(k is None for k in at.values()):
            continue  # no other column a receipt's rows have: not its header row
        widened = (_widen(d, heads, at) if len(d) < len(row) else d for d in rows[i + 1 :])
        data_rows = [d for d in widened if d is not None and len(d) == len(row) and d[title_at]]
        # under a header row even one row is read by its columns (送达文书名称、文号<TAB>收件人签名…)
        return [_row(d, title_at, at) for d in data_rows if _DOCUMENT_TITLE.search(d[title_at][0])]  # type: ignore[index]
    return []


# 送达文书 …⏎受送达人 …⏎送达方式 …⏎受送达人签收 …⏎送达文书 …: one form, a block per served document
_BLOCK_HEAD = re.compile(r"^[ \u3000]*送达(?:的)?文书(?:名称)?(?:及文号)?[ \u3000]*[:：|\t ]", re.M)
_SIGNED_ROW = re.compile(
    r"(?:受送达人|收件人|签收人)(?:签收|签名|签字)[^\n:：]{0,8}?[:：\t ][ \t\u3000]*(?P<v>[^\n]*)"
)
_NOT_A_NAME = re.compile(r"[（(][^（）()]{0,6}[）)]|[年月日时分]|[^\u4e00-\u9fa5]")  # notes, dates, marks


_HEADER_CELLS = re.compile(r"送达方式|收到日期|签收日期")  # a header row names the other columns


def _signed(v: str) -> bool:
    """A signature cell holds a name: not blank, not 拒签, not only a （签名） note and a date."""
    return "拒" not in v and len(_NOT_A_NAME.sub("", v)) >= 2


def _stacked_rows(text: str) -> list[dict[str, object]]:
    """Label blocks stacked in one receipt, each opening with its own 送达文书 line: a row each."""
    heads = [m.start() for m in _BLOCK_HEAD.finditer(text)]
    if len(heads) < 2 or "\t" in text or "│" in text or "┃" in text:
        return []  # a table's header row repeated on its next page is no block
    if any(_HEADER_CELLS.search(text, h, text.find("\n", h) % (len(text) + 1)) for h in heads):
        return []
    rows = []
    for lo, hi in zip(heads, [*heads[1:], len(text)], strict=True):
        block = served_block(text[lo:hi])
        if not block["title"]:
            return []
        sign = _SIGNED_ROW.search(text, lo, hi)
        date = block["date"]
        rows.append({
            "title": block["title"],
            "doc_number": block["doc_number"],
            "method": block["method"],
            "recipient_signed": None if sign is None else _signed(sign["v"]),
            "date": DateHit(date.iso, lo + date.start, lo + date.end, date.raw, date.form) if date else None,
            "span": (lo + block["span"][0], lo + block["span"][1]) if block["span"] else (lo, lo),
        })  # fmt: skip
    return rows


# a PDF's ruled table read as lines, its cells parted by spaces:
# 行政处罚决定书 某罚〔2022〕7号 2022-11-18 直接送达 韩某
_SPACED_HEAD = re.compile(
    r"(?:送达文书|文书名称)[^\n]*(?:送达方式[^\n]*(?:签收|签名|日期)|(?:日期|签收)[^\n]*送达方式)"
)
_SPACED_ROW = re.compile(
    r"^[ \u3000]*(?P<t>[^\s〔\[]{2,30}?(?:书|单|通知|回执|报告))[ \u3000]+(?P<rest>.*)$", re.M
)


def _spaced_rows(text: str) -> list[dict[str, object]]:
    """The rows of a receipt table whose cells a text layer parts by spaces, when it lists two or
    more documents. A wrapped cell's end on the next line is not needed: a row's first line holds
    its title, 文号, date, method and the start of the signature."""
    head = _SPACED_HEAD.search(text)
    if head is None:
        return []
    signs = "签收" in head.group(0) or "签名" in head.group(0)
    out: list[dict[str, object]] = []
    for m in _SPACED_ROW.finditer(text, head.end()):
        rest, at = m.group("rest"), m.start("rest")
        nums = find_doc_numbers(rest)
        if not nums or nums[0].start > 2:
            continue  # a row names its document's 文号 right after the title
        how = next(((name, found) for name, rx in METHODS if (found := re.search(rx, rest))), None)
        dates = find_dates(rest)
        date = (
            DateHit(dates[0].iso, at + dates[0].start, at + dates[0].end, dates[0].raw, dates[0].form)
            if dates
            else None
        )
        signed = None
        if signs and how:
            after = rest[how[1].end() :].replace(" ", "")
            signed = bool(after) and not _BLANK_SIGNATURE.fullmatch(after)
        out.append({"title": m.group("t"), "doc_number": nums[0].value, "method": how[0] if how else None,
                    "recipient_signed": signed, "date": date, "span": m.span("t")})  # fmt: skip
    return out if len(out) >= 2 else _wrapped_rows(text, head.end(), signs)


# a title cell wrapped onto a second line (海事行政处罚告知⏎书): its last piece is short and ends the title
_TITLE_END = re.compile(r"[^\s〔\[]{0,3}(?:书|单|通知|回执|报告)")
_ROW_TAIL = 120  # how far a row's cells may run on over the lines under its 文号
_TABLE_AFTER = re.compile(r"\n[ \t\u3000]*(?:备注|附[：:件]|说明[：:])")


def _wrapped_rows(text: str, start: int, signs: bool) -> list[dict[str, object]]:
    """The rows of a spaced receipt table whose cells wrap within their row (送达文书名称 over two
    lines, the signer's note and the date on lines of their own): a row opens with its title's
    pieces, then a line that starts with the 文号; its method, signature and date follow before the
    next row. Two or more rows, or none."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[start:])]
    heads: list[tuple[int, int, str, int]] = []  # (title start, title end, title, line index of the 文号)
    for i in range(len(lines) - 2):
        (s0, a), (s1, b), (_s2, c) = lines[i], lines[i + 1], lines[i + 2]
        if " " in a.strip() or not _TITLE_END.fullmatch(b.strip()):
            continue
        nums = find_doc_numbers(c)
        if nums and nums[0].start <= 2 and len(a.strip()) >= 4:
            heads.append((start + s0, start + s1 + len(b.rstrip()), a.strip() + b.strip(), i + 2))
    out: list[dict[str, object]] = []
    for k, (t0, t1, title, at) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else min(len(text), start + lines[at][0] + _ROW_TAIL)
        body_at = start + lines[at][0]
        body = text[body_at:end]
        if (tail := _TABLE_AFTER.search(body)) is not None:
            body = body[: tail.start()]  # 备注：…/附：…: what follows the table
        nums = find_doc_numbers(body)
        how = next(((name, found) for name, rx in METHODS if (found := re.search(rx, body))), None)
        found = find_dates(body)
        date = found[0] if found else None
        if date is not None:
            date = DateHit(date.iso, body_at + date.start, body_at + date.end, date.raw, date.form)
        signed = None
        if signs and how and found:  # (without the row's date, its signature cell cannot be told apart)
            cell = body[how[1].end() : found[0].start]
            cell = re.sub(r"\s", "", cell)
            signed = bool(cell) and not _BLANK_SIGNATURE.fullmatch(cell)
        out.append({"title": title, "doc_number": nums[0].value if nums else None,
                    "method": how[0] if how else None, "recipient_signed": signed, "date": date,
                    "span": (t0, t1)})  # fmt: skip
    return out if len(out) >= 2 else []


def _widen(data: list[Cell | None], heads: list[str], at: dict[str, int | None]) -> list[Cell | None] | None:
    """A row whose empty cells normalisation squeezed out (two tabs made one), widened to the
    header: the one way of putting them back where the method and date columns hold a method and
    a date and every typed column fits; ``None`` when that is not one way."""
    if len(data) < 2 or len(heads) - len(data) > 2:
        return None
    fits = []
    has_method = any(c and _method_of(c[0]) for c in data)
    has_date = any(c and find_dates(c[0]) for c in data)
    for row in _alignments(data, len(heads)):
        method, date = (row[k] if k is not None else None for k in (at["method"], at["date"]))
        if (method or has_method) and not (method and _method_of(method[0])):
            continue  # the row's method stands in the method column
        if (date or has_date) and not (date and find_dates(date[0])):
            continue
        if row[0] is not None and _typed_fit(heads, row):
            fits.append(list(row))
    return fits[0] if len(fits) == 1 else None


def _method_of(cell: str) -> str | None:
    """The 送达方式 a cell names: a method's full name (直接送达, EMS …), else its first word (邮寄)."""
    found = next((name for name, rx in METHODS if re.search(rx, cell)), None)
    return found or next((name for name, words in METHOD_WORDS if any(w in cell for w in words)), None)


def _row(data: list[Cell | None], title_at: int, at: dict[str, int | None]) -> dict[str, object]:
    cell = data[title_at]
    assert cell is not None
    nums = find_doc_numbers(cell[0])
    method_cell, date_cell, sign_cell = (data[k] if k is not None else None for k in at.values())
    method = _method_of(method_cell[0]) if method_cell else None
    date = None
    if date_cell and (found := find_dates(date_cell[0])):
        h = found[0]  # the cell's text joins its pieces: the evidence is the cell's first piece
        date = DateHit(h.iso, date_cell[1], date_cell[2], h.raw, h.form)
    signed = None
    if at["recipient"] is not None:
        signed = bool(sign_cell) and not _BLANK_SIGNATURE.fullmatch(sign_cell[0].replace(" ", ""))
    return {
        "title": _title(cell[0]),
        "doc_number": nums[0].value if nums else None,
        "method": method,
        "recipient_signed": signed,
        "date": date,
        "span": (cell[1], cell[2]),
    }


def receipt_entries(receipt: dict[str, Any]) -> list[dict[str, Any]]:
    """The served entries of a 送达回证's facts: its ``rows`` (each with the receipt's other
    fields as defaults) when it lists several documents, else its ``served`` block alone."""
    served = receipt.get("served") or {}
    rows = served.get("rows")
    if not rows:
        return [served]
    base = {k: v for k, v in served.items() if k != "rows"}
    return [base | {k: v for k, v in row.items() if v is not None} for row in rows]


def served_entries(receipts: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``(receipt, entry)`` for every served entry (``receipt_entries``) of ``receipts``, in order."""
    return [(r, e) for r in receipts for e in receipt_entries(r)]
