"""The party (当事人): name, kind 个人/单位, address, 统一社会信用代码, 身份证号, 法定代表人.

Sources, in order: a labelled field (``当事人：``, letter-spaced or with a lost first character,
``被处罚人``, ``(公司名称):``); a table column; the addressee line (``XX有限公司：`` alone on a
line near the top); an organisation name opening the text or after ``对`` (body-only copies).
"""

from __future__ import annotations

import functools
import re
from itertools import islice

from casecheck.extract.fields.ids import credit_code_valid, find_credit_codes, find_id_numbers
from casecheck.extract.fields.names import is_person_name
from casecheck.extract.patterns import fast_compile, literal_of, skipping_compile
from casecheck.extract.text import is_blank_value, lines
from casecheck.ingest.normalize import open_bracket

Span = tuple[str, int, int]
_SP = r"[ \t\u3000]*"


def _spaced(word: str) -> str:
    return _SP.join(re.escape(c) for c in word)


NAME_LABELS = (
    rf"(?:当{_SP})?{_spaced('事人')}(?:{_SP}(?:名称|姓名|\(名称\)|（名称）))?",
    r"被处罚(?:人|单位)(?:名称|姓名)?",
    r"违法(?:行为)?人(?:名称|姓名)?",
    r"行政相对人(?:名称|姓名)?",
    r"[(（](?:公司|单位|企业)名称[)）]",
    r"被检查(?:人|单位)(?:名称|姓名)?",
    r"受送达(?:人|单位)(?:名称)?",
    # forms that name the party by its role in the sector: 纳税人名称 (tax), 违法嫌疑人 (police) …
    r"当事人\s*[(（](?:单位|个人|法人|组织)[)）]\s*(?:名称|姓名)?",
    r"纳税人(?:名称|姓名)",
    r"(?:单位|企业|经营者)名称",
    r"用人单位(?:名称)?",  # 劳动保障监察: the employer
    r"违法单位(?:名称)?",
    r"(?:违法嫌疑人|被处理人)(?:姓名)?",
    r"被告知(?:人|单位)(?:姓名|名称)?",  # a police 行政处罚告知笔录
)
# the person a 笔录 questions, or the holder an identity copy names (身份证复印件: 姓名：…)
INTERVIEWEE_LABELS = (r"被询问人(?:姓名)?", r"被检查人(?:姓名)?", r"被调查人(?:姓名)?", r"姓\s*名")
ADDRESS_LABELS = (
    r"住所或地址",
    r"住\s*所\s*[(（]\s*住\s*址\s*[)）]",
    # 单位地址 / 通讯地址 / 生产经营地址 (a 联系地址 is the contact person's)
    r"(?:生产经营|经营|注册|单位|办公|通讯|户籍|现)?地\s*址",
    r"(?:现|家庭|户籍)?住\s*[所址]\s*地?",  # 住所地 / 现住址 / 家庭住址
    r"(?:生产)?经\s*营\s*场\s*所|营\s*业\s*场\s*所|办\s*公\s*场\s*所",
)
REP_LABELS = (
    _spaced("法定代表人") + r"(?:\s*[(（][^)）\n]{0,12}[)）])?",  # 法定代表人(负责人、经营者)
    r"(?:主要)?负责人",
    r"经营者(?:姓名)?",
)
CREDIT_LABEL = fast_compile(r"(?:统一)?社会信用代码|注册号")
# the code of the deciding agency or of the data's source on a 公示 record (处罚机关统一社会信用代码,
# 数据来源单位统一社会信用代码), not the party's (某县直属机关幼儿园 统一社会信用代码：… is the party's)
AGENCY_CREDIT_LABEL = re.compile(
    r"(?:(?:处罚|执法|决定|实施|作出处罚决定的?)机关|(?:数据)?来源单位|执法主体)的?(?:统一)?社会信用代码\s*[:：]?\s*$"
    r"|索\s*引\s*号\s*[:：]?\s*$"  # a 政务公开 page's 索引号 opens with the publishing agency's own code
)
# 深圳市某公司：（纳税人识别号：9144…）: a tax office names a unit by its credit code
TAX_ID_LABEL = re.compile(r"纳税人识别号\s*[:：]?\s*$")
ID_LABEL = re.compile(r"身份证(?:件)?(?:号码|号)?|公民身份号码|证件号码")
# A generic licence label: its value is a person's ID or a unit's credit code, as the value shows.
LICENCE_LABEL = re.compile(r"(?:证照|执照|营业执照)(?:号码|编号|号)\s*[:：]?\s*$")
ORG_SUFFIX = (
    "有限责任公司|股份有限公司|有限公司|公司|分公司|厂|店|经营部|合作社|卫生室|卫生院|诊所|网咖|网吧|超市|"
    "酒店|宾馆|饭店|餐厅|门市部|商行|工作室|医院|药房|药店|中心|学校|协会|集团|企业|加工厂|养殖场|农场|"
    "作坊|商店|便利店|批发部|服务部|营业部|门店|馆|场|站|社|所"
)
ORG_NAME = re.compile(rf"[\u4e00-\u9fa5()（）]{{2,40}}?(?:{ORG_SUFFIX})")
# Only unmistakable suffixes when guessing a name from running text.
STRONG_ORG = re.compile(
    r"[\u4e00-\u9fa5()（）]{2,40}?(?:有限责任公司|股份有限公司|有限公司|公司|厂|经营部|合作社|卫生室|诊所|网咖|网吧|超市)"
    r"(?!监督|管理|局|委|政府)"
)
# 其 as a pronoun opens a clause (其行为违反…); in a name it is a syllable (陈其美, 其其格)
BAD_NAME = re.compile(
    r"行为|违反|上述|规定|本局|我局|你|其(?![\u4e00-\u9fa5]{0,2}$)|^其(?:他|本人|家属|亲属|员工|所|中|委托)"
    r"|以下|如下|的|了|执法|人民政府|局$|委员会$|法院$"
)
UNIT_HINT = fast_compile(rf"(?:{ORG_SUFFIX})$|法定代表人|统一社会信用代码")
# An addressee line that is really an empty field label (当事人：, 地址：).
LABEL_WORD = re.compile(
    r"名称|地址|电话|代码|案号|编号|识别号|注册号|许可证号|日期|时间|事人|被处罚|代表人|负责人|经营者|住[所址]|身份证"
    r"|意见|内容|情况|事项|结论|理由|依据|建议|说明|对象"  # a form's heading (审核意见：), no addressee
    r"|明细|清单|附表|统计"  # a list's heading (运费明细：) over the rows that follow
)
# 赵某某 性别：男 — a further ``label：`` on the same line ends the value (OCR may read the gap
# before it as a quote mark or a bar: 某公司“送达地点：…)
NEXT_FIELD = re.compile(
    r"(?:[ \t\u3000]+|[“”\"|](?=[\u4e00-\u9fa5]{2,6}[:：]))[\u4e00-\u9fa5（）()]{1,12}[:：]"
)
PERSON_NAME = re.compile(r"[\u4e00-\u9fa5]{1,3}[\u4e00-\u9fa5*＊某]{1,2}|[\u4e00-\u9fa5]{1,2}[*＊某]{1,3}")
SENTENCE_START = fast_compile(
    r"(?:[我本](?:局|机关|支队|大队|中队|所|委|厅|办|分局)|经查|现查明|当事人|你单位|你公司|(?:19|20)\d{2}年)"
)
# Words opening a sentence before the party's name: 当事人温州某某有限公司经营的…
LEAD_WORDS = (
    r"当事人|被处罚人|被检查(?:人|单位)|经查明?[，,：:]?|现查明[，,：:]?|关于"  # 关于某公司…案的调查报告
    r"|(?:讨论|研究|审议|审查)(?:了)?"  # 讨论某公司…一案 (a meeting's record)
)
# The legal form a registered name goes on with after a shop word: 某某超市(连锁)有限公司
LEGAL_FORM_TAIL = re.compile(
    r"[^\W\d_自在于从向对与和及经是为被将把]{0,6}?(?:有限责任公司|股份有限公司|有限公司)"
)
# a branch's name after its company's (…有限公司鹿城五马分店), up to a note, a stop or the line's end
# (words of a sentence, not a name: 擅自设立分店, 下属门店, 在其门店)
BRANCH_TAIL = re.compile(
    r"[^\W\d_在其的和与及擅设立属开办营销售购下于对从向为将楼层]{1,10}?"
    r"(?:分店|分公司|分厂|门店|营业部|分部|分行|支行|营业所|经营部)(?=[（(\s]|$)"
)
TABLE_KEYS = (
    "被处罚人", "当事人", "行政相对人名称", "行政相对人", "被处罚单位", "当事人名称", "受送达人",
    "违法企业名称或违法自然人姓名",  # 违法企业名称或违法自然人姓名: the 公开表 column of 土地 and 环保 cases
    "被处罚对象名称", "被处罚对象", "处罚对象", "被处罚当事人姓名或名称", "被处罚当事人",
)  # fmt: skip
# 单位：某银行 / 个人：陈某某 — a 公开表's cell naming the kind before the name
_KIND_LEAD = re.compile(r"^(?:单位|个人|机构|企业|自然人)\s*[:：]\s*")


# A bracketed note closing a name: 字号, role, credit code (not part of the name) …
TRAILING_NOTE = re.compile(r"[(（]([^()（）]{1,40})[)）]$")
# … unless it is the legal form a registered name ends in: 某会计师事务所（特殊普通合伙）
LEGAL_FORM_NOTE = re.compile(
    r"特殊普通合伙|普通合伙|有限合伙|个人独资|筹|集团|分公司|分店|[\u4e00-\u9fa5]{1,6}(?:省|市|区|县|镇)"
)
DATE_TAIL = re.compile(r"\s+(?=(?:19|20)\d{2}\s*[.年/\-]\s*\d)")
# The next field of the party block on the same line, after a space (or, for the unmistakable
# labels, right after the name): 某公司　统一社会信用代码…, 张三 身份证号…, 张三　性别：男…,
# 某公司法定代表人王某
FIELD_TAIL = re.compile(
    r"\s+(?=(?:统一)?社会信用代码|注册号|法定代表人|负责人|经营者|身份证|公民身份号码|住\s*[所址]|地\s*址|联系电话|电话"
    r"|性\s*别|年\s*龄|民\s*族|出生|职\s*业|工作单位)"
    r"|(?=(?:统一)?社会信用代码|法定代表人|身份证号|公民身份号码)"
    r"|\s+(?=[男女](?:\s|$|[，,、]|\d))"  # 张三 男 1985年生: a form cell's name, then the sex
)
# a person's next label and its colon right after the name, the gap lost in OCR: 罗某某性别：男
_GLUED_LABEL = re.compile(r"(?=(?:性\s*别|民\s*族|年\s*龄|出生(?:日期|年月)?|住\s*[址所]|联系电话)\s*[:：])")
# 周某某 驾驶证/居民身份证号码：…: any labelled next field after a space
NEXT_LABEL = re.compile(r"\s+(?=[^\s:：，,。；;（()）]{2,14}[:：])")  # 李 明（公民身份号码：…）: no label


_NAME_END = fast_compile(r"[，,；;。:：\n]|\s{2,}|[(（](?:以下简称|经营者|负责人|法定代表人|下称)")
# 刘某（法定代理人唐某代收） 王某: a receipt's note on who took it for the party, then a second recipient
_PROXY_NOTE_THEN = re.compile(r"^([^()（）]{2,40}[(（][^()（）]{0,16}(?:代收|代领|代签|代理)[)）])\s+\S")
_ANY_SPACE = re.compile(r"\s+")
_ROLE_LEAD = re.compile(r"^(?:本案|该)?当事人(?:为|是)?")
_LATIN_GAP = re.compile(r"(?<=[A-Za-z0-9.,&'])\s+(?=[A-Za-z0-9(&])")


def _squeezed(v: str) -> str:
    """``v`` without spaces (张 三, 某某 有限公司), but one space kept between the words of a name
    in Latin letters (ORIENT BRIDGE TRADING PTE. LTD.)."""
    if not _LATIN_GAP.search(v):
        return _ANY_SPACE.sub("", v)
    return _ANY_SPACE.sub("", _LATIN_GAP.sub("\x00", v)).replace("\x00", " ")


_SIGN_NOTE = re.compile(r"^[(（](?:签名|签字|签章|盖章|捺印|手印)[)）]")
_OPEN_NOTE = re.compile(r"[(（][^)）]*$")


def _span_of(name: str, cell: tuple[str, int, int]) -> tuple[int, int]:
    """The span of ``name`` inside the value ``cell`` it was cleaned from (past ＿＿ or spaces before it)."""
    at = cell[1] + max(0, cell[0].find(name))
    return at, at + len(name)


def clean_name(raw: str) -> str | None:
    """Trim a name value: cut at punctuation, 以下简称/经营者 notes, a trailing bracketed note
    (字号, role, credit code) and a signature date; ``None`` when blank."""
    v = _GLUED_LABEL.split(NEXT_LABEL.split(raw, maxsplit=1)[0], maxsplit=1)[0]
    v = _NAME_END.split(v, maxsplit=1)[0]
    if m := _PROXY_NOTE_THEN.match(v):
        v = m.group(1)
    v = DATE_TAIL.split(v, maxsplit=1)[0]  # 被检查人：赵永刚 2024.4.9 — a signature's date
    v = FIELD_TAIL.split(v, maxsplit=1)[0]  # 某公司　统一社会信用代码91…　法定代表人… on one line
    v = _SIGN_NOTE.sub("", _squeezed(v)).strip("“”\"'")  # 被告知人：（签名）某某
    if v[:1] in "_＿" and v[-1:] in "_＿":
        v = v.strip("_＿")  # ＿＿某公司＿＿: a 范本's blank filled in, its underlines round the name
    v = _OPEN_NOTE.sub("", v)  # 某公司（统一社会信用代码 — an unclosed note cut at a colon
    note = TRAILING_NOTE.search(v)
    if note and not LEGAL_FORM_NOTE.fullmatch(note.group(1)) and note.start() >= 2:
        v = v[: note.start()]  # 某公司（星悦KTV）/ 王某（摊位经营者）/（统一社会信用代码…）: a note
    if is_blank_value(v) or "_" in v or "＿" in v or len(v) < 2 or len(v) > 60 or PLACEHOLDER_NAME.match(v):
        return None
    return v


# A 范本's blank: a name that opens with a run of placeholders (××××有限公司, XX公司, ○○○); a
# masked person keeps a real surname before the mask (张××, 李**), so it does not open with one
PLACEHOLDER_NAME = fast_compile(r"[×✕╳Ｘ○〇]{2}|X{2}")
# An addressee line is a name and a colon; a sentence before a colon (综上，依据…决定如下：) is none
SENTENCE_LINE = re.compile(r"[，,；;。]")


# A cell that only names the value in the next cell: 当事人（个人）\t姓名\t张三
SUB_LABEL = fast_compile(r"(?:单位)?(?:名称|姓名)")
# A cell that is the next field's label, not a value.
FIELD_CELL = fast_compile(
    r"性别|年龄|民族|出生日期|(?:联系)?电话|手机|邮编|职务|(?:住|地)址|住所|身份证(?:件)?(?:号码|号)?"
    r"|(?:统一)?社会信用代码|法定代表人|负责人|证件(?:类型|号码)"
)


def _cell_value(row: str, start: int) -> tuple[str, int]:
    """The first value cell of a tab-separated row remainder, and its offset."""
    pos = 0
    cells = []
    for cell in row.split("\t"):
        lead = len(cell) - len(cell.lstrip(" \u3000"))
        if cell.strip(" \u3000"):
            cells.append((cell.strip(" \u3000"), start + pos + lead))
        pos += len(cell) + 1
    if len(cells) >= 2 and SUB_LABEL.fullmatch(cells[0][0]):
        cells = cells[1:]
    if not cells or FIELD_CELL.fullmatch(cells[0][0]):
        return "", start  # 当事人\t\t性别\t男 — the value cell is empty (DOCX drops empty cells)
    return cells[0]


@functools.lru_cache(maxsize=256)
def _label_rx(lab: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ``label：value`` regex of ``lab``, and ``lab`` alone (a cheap test that it can match)."""
    # a section's number may open the line (一、当事人：… in a report's numbered sections)
    full = fast_compile(
        rf"(?:^|\n|[ \t\u3000;；])[ \t\u3000]*(?:[一二三四五六七八九十]{{1,2}}[、.．][ \u3000]*)?(?:{lab})"
        rf"(?:[一二三四五六七八九十]|[1-9])?"  # 当事人一：… / 当事人2：… (several parties)
        rf"(?:[ \t\u3000]*[(（][^)）\n]{{1,8}}[)）])?"
        rf"[ \u3000]*(?:[:：][ \t\u3000]*|\t+)([^\n]*)"
    )
    return full, fast_compile(lab)


@functools.lru_cache(maxsize=256)
def _spaced_rx(lab: str) -> re.Pattern[str]:
    """``lab`` opening a line or a cell and its value set off by spaces alone, a cell without a
    colon: a two-column form printed from a case system or read off a ruled PDF table (住所 某市某路8号;
    法定代表人 某某 住所 某市某路8号: the label of the row's second column)."""
    return fast_compile(
        rf"(?:^|\n|(?<=[ \u3000]))[ \u3000]*(?:{lab})[ \u3000]+(?=[^\s:：(（|│┃][^\s:：|│┃]*(?:\s|$))([^\n]*)"
    )


_COLON = re.compile("[:：]")
# a second column's label after a value (normalising squeezed the gap to one space)
_COLUMN_GAP = re.compile(
    r"[ \t\u3000]+(?=[\u4e00-\u9fa5（）()]{0,4}"
    r"(?:代表人|负责人|地址|住[所址]|电话|代码|经营者|身份证|注册号))"
)
_CELL = re.compile(r"\S+")
_NEXT_LINE_VALUE = re.compile(r"\n[ \t\u3000]*([^\n:：]{2,60})(?=\n|$)")
# what no spaced value is: a sentence, a title, a signature box, a kind, a placeholder
_NOT_SPACED_VALUE = re.compile(
    r"[，,。；;、]|^[于对在从与向将把被为因由经如]|(?:书|笔录|表|回证|清单|记录|通知)$"
    r"|签名|签字|签章|盖章|^(?:个人|单位|法人|自然人|其他组织|邮政编码|同上|见附件|不详|无)$"
)
# a cell that ends a name or an address (有限公司, 某区某路12号); on a line of its own under a spaced
# row, the rest of a cell wrapped in a ruled table (某某机械制造有⏎限公司, 某区石⏎塘街道77号)
_TAIL_CELL = re.compile(rf"[^\s:：（(]{{0,12}}?(?:{ORG_SUFFIX}|[号室楼栋层路街巷村组镇乡])")
_WRAPPED_TAIL = re.compile(rf"\n(?:{_TAIL_CELL.pattern})(?:\n|$)")


@functools.lru_cache(maxsize=64)
def _label_set(labels: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """``_label_rx`` of each label with the run its matches hold (``literal_of``), made once."""
    return tuple((*_label_rx(lab), literal_of(_label_rx(lab)[1])) for lab in labels)


def labelled(text: str, labels: tuple[str, ...], limit: int | None = None) -> Span | None:
    """First ``label：value`` on a line (value to the end of the line) within ``limit`` chars; a
    ``label 值`` row without a colon (``spaced``) only when no label has a colon or tab."""
    head = text if limit is None else text[:limit]
    present = [
        (full, lab)
        for (full, alone, literal), lab in zip(_label_set(labels), labels, strict=True)
        if not (literal and literal not in head) and alone.search(head)
    ]  # a label not in the text: its patterns cannot match
    for full, _lab in present:
        for m in full.finditer(head):
            val = NEXT_FIELD.split(m.group(1), maxsplit=1)[0]
            start = m.start(1)
            sep = text[m.start() : m.start(1)]
            if "\t" in val.strip(" \t\u3000") or ("\t" in sep and not _COLON.search(sep)):
                # a form row (DOCX table): the value is the next cell, after a sub-label cell
                val, start = _cell_value(val, start)
            if clean_name(val) or val.strip():
                cell = _COLUMN_GAP.split(val.strip(), maxsplit=1)[0]  # a second column's cells may follow
                if start == m.start(1) and (joined := _wrapped_name(head, m, cell)):
                    return joined  # 单位名称：某商贸有限公    法定代表人：…⏎司    联系电话：…
                return val.rstrip(), start, start + len(val.rstrip())
            nxt = _NEXT_LINE_VALUE.match(head[m.end() :])
            if nxt and clean_name(nxt.group(1)):
                # 当事人：\n某某有限公司 — the value on the next line
                s = m.end() + nxt.start(1)
                return nxt.group(1).rstrip(), s, s + len(nxt.group(1).rstrip())
    for _full, lab in present:
        for m in _spaced_rx(lab).finditer(head):
            if hit := _spaced_value(head, m):
                return hit
    return None


def _spaced_value(head: str, m: re.Match[str]) -> Span | None:
    """The value of a ``label 值`` row: its first cell (a row may hold more: 当事人 某公司 统一社会
    信用代码 …) with the cells after it that end a name or an address (湖南省长沙市 某区某路12号), unless
    it is no value (``_NOT_SPACED_VALUE``; a field's name: the cell is empty) or the line under it
    may hold the rest of a wrapped cell (then the value is unsure)."""
    row = m.group(1)
    at = m.start() + (head[m.start() : m.start() + 1] == "\n")  # where the label's line or cell begins
    before = head[head.rfind("\n", 0, at) + 1 : at].split()  # the row's cells before the label
    if before and (FIELD_CELL.fullmatch(before[-1]) or LABEL_WORD.search(before[-1])):
        return None  # a sub-label (当事人 单位名称 …): the form's row is read from its first label
    cells = _CELL.findall(row)
    val = cells[0] if cells else ""
    if not val or _NOT_SPACED_VALUE.search(val) or is_blank_value(val):
        return None
    if FIELD_CELL.fullmatch(val) or HEADING_CELL.match(val) or (len(val) <= 6 and LABEL_WORD.search(val)):
        return None  # an empty cell: the next field's name follows (住所 联系电话 …, 当事人 单位名称 …)
    for more in cells[1:]:
        if more == cells[0] or not _TAIL_CELL.fullmatch(more) or LABEL_WORD.search(more):
            break  # a two-column form repeats the value (受送达人 某某 某某)
        val = row[: row.index(more, len(val)) + len(more)]
    if _NOT_SPACED_VALUE.search(val):
        return None
    if val == row.rstrip():  # the value fills the row: its cell may have wrapped onto the next line
        if joined := _wrapped_name(head, m, val):
            return joined
        if _WRAPPED_TAIL.match(head, m.end()):
            return None
    return val, m.start(1), m.start(1) + len(val)


_ORG_NAME_END = re.compile(rf"(?:{ORG_SUFFIX})$")
_CJK_END = re.compile(r"[\u4e00-\u9fa5]$")
_FIRST_CELL_OF_LINE = re.compile(r"\n[ \u3000]*([^\s:：]{1,6})(?=[ \u3000\n]|$)")
_WHOLE_LINE_CELL = re.compile(r"\n[ \u3000]*([^\s:：]{7,12})(?=\n)")  # a narrow column's middle piece
_WRAP_LINES = 3
_UNIT_LABEL = re.compile(r"单位|名称|企业|公司")
_FIELD_NAME = re.compile(r"(?:场所|地点|地址|处所|时间|日期|方式|情况|人员?)$|^(?:检查|经营|营业|注册|联系)")


def _wrapped_name(head: str, m: re.Match[str], val: str) -> Span | None:
    """A name cut by a ruled table's cell wrap, whose tail opens the next line before that line's
    own cells (当事人 某某五金制品有⏎限公司 法定代表人 梁某), or runs over whole lines of a narrow
    column (被处罚单位：昆山⏎博远电子科技有限公⏎司): the name with its tail."""
    if _ORG_NAME_END.search(val) or not _CJK_END.search(val):
        return None  # a whole name, or one closed by a note (某公司（91…）): nothing was cut
    if is_person_name(val) and not _UNIT_LABEL.search(head, m.start(), m.start(1)):
        return None  # 当事人：王建国 is whole; 被处罚单位：苏州 (a place, like a name) goes on
    name, end = val, m.end()
    for _ in range(_WRAP_LINES):
        nxt = _FIRST_CELL_OF_LINE.match(head, end)
        whole = nxt is None and _WHOLE_LINE_CELL.match(head, end)
        nxt = nxt or whole
        if not nxt:
            return None
        tail = nxt.group(1)
        if LABEL_WORD.search(tail) or FIELD_CELL.fullmatch(tail) or _FIELD_NAME.search(tail):
            return None  # the next row's label (住所, 经营场所, 检查地点 …), not the rest of the name
        name += tail
        if _ORG_NAME_END.search(name):  # the suffix itself may be cut (某商贸有限公⏎司)
            return (name, m.start(1), nxt.end(1)) if _TAIL_CELL.fullmatch(name[-len(tail) - 4 :]) else None
        if not whole:
            return None  # only a long piece filling its line (a narrow column's) goes on to the next
        end = nxt.end(1)
    return None


# 某修理店（经营者：黄某某）（纳税人识别号：92…）：: a tax notice's salutation carries its notes
_ADDRESSEE = re.compile(r"\s*([^:：\n]{2,60}?)\s*(?:[(（][^)）]*[)）]\s*){0,3}[:：]\s*")
# A name opening a line, after 对, or after 当事人 mid-sentence (本局认为，当事人某公司在…); after
# 经查 a time may come first (经查，2016年3月上旬，某公司在…)
_LEAD_ORG = re.compile(
    rf"(?:^|\n|对|[，,。；;](?=当事人)|\n行政处罚\s*[|｜](?=[ \u3000]*[^|｜\n]{{2,40}}(?:\n|$)))\s*"
    rf"(?:经查明?[，,：:]?\s*(?:19|20)\d{{2}}年[^，,。；;\n]{{0,12}}[，,]|{LEAD_WORDS})?\s*(?P<n>{STRONG_ORG.pattern})"
)
# Past the text's start ``^`` cannot match: a match there opens with a newline, 对 or a stop, which
# the engine skips to (the plain pattern is entered at every position: its name run spans all CJK)
_LEAD_ORG_INSIDE = skipping_compile(rf"(?=[\n对，,。；;])(?:{_LEAD_ORG.pattern})")
_AGENCY_WORD = re.compile(r"(局|政府|法院|支队|大队)")
# 当事人从某某贸易有限公司购进… / 与某公司签订… / 张某在某公司承包的工地: a counterparty or a place,
# not the party (a preposition opens the name, or a verb's subject stands before it)
_NOT_LEAD_NAME = re.compile(r"^[从与向在对和为将把由于跟同给替]|[在从与向]")
# a heading over the party's block, the name opening the next line: 一、当事人基本情况⏎戴某某，男，…
_PARTY_HEADING = re.compile(
    r"(?:^|\n)[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．][ \u3000]*)?(?:当事人|被处罚人|违法行为人)的?"
    r"(?:基本)?(?:情况|信息)[:：]?[ \u3000]*\n[ \u3000]*(?P<n>[^\s,，、:：;；。(（]{2,40})(?=[,，(（])"
)
# 一、当事人基本情况：覃某，男，…: on the heading's own line, a person (男/女 next) or a unit (its note next)
_PARTY_HEADING_INLINE = re.compile(
    r"(?:^|\n)[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．][ \u3000]*)?(?:当事人|被处罚人|违法行为人)的?"
    r"(?:基本)?(?:情况|信息)[:：][ \u3000]*(?P<n>[^\s,，、:：;；。(（]{2,40})"
    r"(?:(?=[,，](?:男|女|性别))|(?<=[司厂店部社院所站场行馆会队户园室])(?=[(（]))"
)
# a bare 名称 row that a unit's block goes on under (名称：某公司⏎统一社会信用代码：…); a bare 姓名
# row is no party (被询问人⏎姓名：… names whoever a record is of)
_BARE_NAME_ROW = re.compile(
    r"(?:^|\n)[ \u3000]*名[ \u3000]*称[ \u3000]*[:：][ \u3000]*(?P<n>[^\n:：]{2,60})\n"
    r"[ \u3000]*(?:统一社会信用代码|社会信用代码|法定代表人|负责人|经营者|住所)"
)
_PERSON_LEAD = re.compile(
    r"(?:^|\n)\s*(?:违法行为人|违法嫌疑人|被处罚人|被处理人|当事人|被检查人)(?:姓名)?\s*"
    r"(?P<n>[\u4e00-\u9fa5][\u4e00-\u9fa5·*＊×]{1,5}?)"
    r"(?:\s*[，,（(]|[ \t\u3000]+)\s*(?:性别\s*[:：]?\s*)?[男女]"
)

# a run-on party sentence whose name no suffix marks: 当事人某某足浴店（个体工商户），统一社会信用代码… /
# 当事人某某炒粉店为个体工商户，经营者…
_RUN_ON_PARTY = re.compile(
    r"(?:^|\n)[ \u3000]*(?:当事人|被处罚人|违法行为人)[ \u3000]*(?P<n>[^\s，,。；;:：()（）]{2,40}?)"
    r"(?:[（(]个体(?:工商)?户[)）]|(?:为|系|是)个体(?:工商)?户"
    # …，统一社会信用代码: only after a name that ends like a business (not 当事人积极配合调查，法定代表人…)
    r"|(?<=[店馆部厂场院所社室坊行站园厅吧铺心司])[，,][ \u3000]*"
    r"(?:统一社会信用代码|社会信用代码|注册号|法定代表人|经营者|负责人))"
)

_REP_LABEL = re.compile(_spaced("法定代表人"))


def party_name(text: str, table: dict[str, tuple[str, int, int]]) -> Span | None:
    """The party's name with its span, or ``None``."""
    hit = labelled(text, NAME_LABELS, 3000)
    if hit and CHECKBOX.search(hit[0]):
        hit = _chosen_name(text, hit[2])  # 被处罚人：☑个人 □单位, then 姓名：… / 单位名称：…
    if hit and (HEADER_CELL.search(hit[0].strip()) or HEADING_CELL.match(hit[0].strip())):
        hit = None  # a header row's next cell (行政相对人名称<TAB>行政相对人类别), not its value
    if hit and (name := clean_name(hit[0])) and not BAD_NAME.search(name):
        return name, *_span_of(name, hit)
    for key in TABLE_KEYS:
        # 受送达人<TAB>送达方式<TAB>收件人签名: a header row's next heading is no name
        if key not in table:
            continue
        val, start, end = table[key]
        lead = _KIND_LEAD.match(val)
        cell = (val[lead.end() :], start + lead.end(), end) if lead else table[key]
        if (name := clean_name(cell[0])) and not HEADING_CELL.match(name):
            return name, *_span_of(name, cell)
    body = text.find("。")  # a salutation comes before the body's first sentence (运费明细： is no addressee)
    rows = list(islice(lines(text), 14))  # the salutation is among the first lines
    for i, (s, _e, line) in enumerate(rows):
        if i > 12 or -1 < body < s:
            break
        if open_bracket(line) and i + 1 < len(rows):
            line = line + rows[i + 1][2]  # 某排档（经营者某，统一社会信用代码…，⏎经营地址…）：
        m = _ADDRESSEE.fullmatch(line) if ":" in line or "：" in line else None
        if (
            m
            and (name := clean_name(m.group(1)))
            and not BAD_NAME.search(name)
            and not (SENTENCE_LINE.search(m.group(1)) and BAD_NAME.search(m.group(1)))
            and not LABEL_WORD.search(name)
        ):
            return name, s + m.start(1), s + m.start(1) + len(name)
    for rx in (_PARTY_HEADING, _PARTY_HEADING_INLINE, _BARE_NAME_ROW):
        # 一、当事人基本情况⏎戴某某，男，…  /  名称：某某公司⏎统一社会信用代码：…
        m = rx.search(text, 0, 3000)
        if (
            m
            and (name := clean_name(m.group("n")))
            and not BAD_NAME.search(name)
            and not LABEL_WORD.search(name)
        ):
            return name, m.start("n"), m.start("n") + len(name)
    m = _PERSON_LEAD.search(text, 0, 3000)  # 违法行为人苏少华，男，1991年…: a police decision's party
    if m and is_person_name(m.group("n")) and not LABEL_WORD.search(m.group("n")):
        return m.group("n"), m.start("n"), m.end("n")
    for m in _lead_orgs(text[:3000]):
        name = m.group("n")
        # the lazy match stops at the first suffix (某某超市|有限公司): take the legal form too
        legal = LEGAL_FORM_TAIL.match(text, m.end("n"))
        if legal and not BAD_NAME.search(legal.group(0)):
            name += legal.group(0)
        # 某连锁有限公司鹿城五马分店（负责人：…）: a branch of the company is the party
        branch = BRANCH_TAIL.match(text, m.start("n") + len(name)) if name.endswith("公司") else None
        if branch:
            name += branch.group(0)
        # 当事人 胡建新（某某电料经营部经营者）: the shop is in the person's note, the name before it
        name = _OPEN_NOTE.sub("", name)
        if _PLACE_ONLY.match(name):
            continue  # 当事人东侧厂界外1米: a side of the works (东侧厂|界), no name
        at = m.start("n")
        if lead := _ROLE_LEAD.match(name):  # 本案当事人某公司已于…: the role before the name
            name, at = name[lead.end() :], at + lead.end()
        if len(name) < 2:
            continue
        if (
            not BAD_NAME.search(name)
            and not _AGENCY_WORD.search(name)
            and not _FORM_ONLY.fullmatch(name)
            and not _NOT_LEAD_NAME.search(name)
        ):
            return name, at, at + len(name)
    m = _RUN_ON_PARTY.search(text, 0, 3000)
    if m and (name := clean_name(m.group("n"))) and not BAD_NAME.search(name) and not LABEL_WORD.search(name):
        return name, m.start("n"), m.start("n") + len(name)
    return None


# a kind's check box (☑个人 □单位); □ alone also masks a name (张□□) or stands for what OCR lost
CHECKBOX = re.compile(r"[☑☐□■▢☒√✓✔]\s*(?:个人|单位|法人|自然人|个体|其他|组织)")
HEADER_CELL = re.compile(r"^[^\t]{0,10}(?:名称|类别|类型|代码|文号|姓名)$")
# a form's column heading in a table cell (送达方式, 收件人签名, 送达日期): never a name
HEADING_CELL = re.compile(
    r"^[\u4e00-\u9fa5]{0,6}(?:方式|签名|签字|签章|日期|地点|编号|备注)$|^(?:送达|签收|收件|检查|询问|缴款|处罚)时间$"
)
_CHOICE_LABELS = ((r"姓\s*名",), (r"(?:单位|企业)?名\s*称",))
_CHOICE_SPAN = 400  # the name fields follow the kind's check boxes within a few lines


def _chosen_name(text: str, after: int) -> Span | None:
    """The filled name field after a party label whose value is a kind's check boxes: the first of
    姓名 / 名称 within ``_CHOICE_SPAN`` characters that holds a name (the other is ``/`` or blank)."""
    window = text[after : after + _CHOICE_SPAN]
    for labels in _CHOICE_LABELS:
        hit = labelled(window, labels)
        if hit and (name := clean_name(hit[0])) and not BAD_NAME.search(name) and not CHECKBOX.search(name):
            return name, after + hit[1], after + hit[1] + len(name)
    return None


# 有限公司 alone on a line: the tail of a name a form's cell wrapped (…家具制造⏎有限公司), no name
_FORM_ONLY = re.compile(r"(?:股份|集团)?有限(?:责任)?公司|(?:分)?公司|合伙企业|个人独资企业")


def _lead_orgs(head: str) -> list[re.Match[str]]:
    """``_LEAD_ORG.finditer(head)``: the match at the start (``^``), then the scan for the others
    from where ``finditer`` goes on (after that match, else the next position)."""
    first = _LEAD_ORG.match(head)
    rest = _LEAD_ORG_INSIDE.finditer(head, first.end() if first else 1)
    return [first, *rest] if first else list(rest)


# 个体工商户 are natural persons whatever their 字号 (某某副食店): the party block says so in words,
# by a GB 32100 code of registry 9 / kind 2 (92…), or by naming the 经营者 where a unit has a 法定代表人.
SELF_EMPLOYED_WORD = re.compile(r"个体(?:工商)?户(?!条例|登记)|个体经营者")
OPERATOR_LABEL = fast_compile(r"(?:^|[\s（(，,])经营者(?:姓名)?(?:[：:\t]|\s{2,})")
UNIT_REP_LABEL = re.compile(r"法定代表人|单位负责人|主要负责人")
_BLOCK_BEFORE, _BLOCK_AFTER = 40, 400  # the party block around the name


# 某某商行（纳税人识别号：…，经营者：李某）: the operator named in the note after the 字号
OPERATOR_NOTE = re.compile(
    r"[（(][^（）()\n]{0,40}?经营者(?:姓名)?\s*[：:]?\s*(?P<n>[\u4e00-\u9fa5]{2,4})(?=[，,；;）)\s])"
)


def operator_note(text: str, limit: int = 1500) -> Span | None:
    """The 经营者 a note after the party's name gives (a 个体工商户's operator)."""
    m = OPERATOR_NOTE.search(text, 0, limit)
    return (m.group("n"), m.start("n"), m.end("n")) if m else None


# legal forms a 个体工商户 cannot take (a 字号 never ends in 公司)
NEVER_SELF_EMPLOYED = re.compile(r"(?:公司|合作社|集团|协会|学校|医院)$")


def self_employed(name: str, text: str) -> bool:
    """True when the party block around ``name`` marks the party as a 个体工商户."""
    if NEVER_SELF_EMPLOYED.search(name):
        return False  # 某某有限公司…向个体户销售: the word is about someone else
    at = text.find(name)
    block = text[max(0, at - _BLOCK_BEFORE) : (at if at >= 0 else 0) + len(name) + _BLOCK_AFTER]
    if SELF_EMPLOYED_WORD.search(block):
        return True
    if any(code[0].startswith("92") for code in find_credit_codes(block)):
        return True
    return bool(OPERATOR_LABEL.search(block)) and not UNIT_REP_LABEL.search(block)


_PLACE_ONLY = re.compile(r"^[东西南北][东西南北]?[侧面边部]?[厂店场]$")
# a company registered abroad: ORIENT BRIDGE TRADING PTE. LTD. / ABC GmbH / XYZ Inc.
_LATIN_ORG = re.compile(r"(?i)\b(?:LTD|LIMITED|CO|INC|CORP|CORPORATION|GMBH|LLC|PLC|AG|S\.?A)\.?\s*$")


def party_kind(name: str, text: str) -> str:
    """``单位`` for organisations (credit code, 法定代表人, an organisation suffix), else ``个人``;
    a 个体工商户 is a ``个人`` even under a shop's 字号."""
    head = text[:3000]
    if self_employed(name, text):
        return "个人"
    if UNIT_HINT.search(name) or _LATIN_ORG.search(name):
        return "单位"
    if PERSON_NAME.fullmatch(name):
        # 个体工商户: a person (with a 字号 and a 92… credit code) is still a 个人
        return "个人"
    if CREDIT_LABEL.search(head) or _REP_LABEL.search(head):
        return "单位"
    return "个人"


# An address given in the party's prose sentence without a colon: 当事人：徐某，男，…，住宁波市江北区…
# or in the note after the addressee's name: 某商行（经营者：李某，经营地址：某市某区…）：
PROSE_ADDRESS = re.compile(
    # …，户籍所在地及现住址：… (a police form's one field for both)
    r"[，,（(]\s*(?:户籍(?:所在地|地址)?(?:及|和|、)?)?"
    r"(?:(?:经营|营业|注册|办公|现|家庭)?(?:住\s*址|住\s*所|地\s*址)|(?:生产)?经营场所|营业场所|现?住)"
    r"(?:[：:]|为|在|于)?\s*"
    r"(?P<a>[\u4e00-\u9fa5]{2,12}?(?:省|自治区|市|州|盟|区|县|旗)[^，,。；;\n]{2,60})"
)


def address(text: str, limit: int = 1500) -> Span | None:
    """The party's address: a labelled value, else one named in the party's prose sentence."""
    hit = first_labelled_value(text, ADDRESS_LABELS)
    if hit:
        return hit
    m = PROSE_ADDRESS.search(text[:limit])
    if not m or is_blank_value(m.group("a")):
        return None
    a = m.group("a").rstrip("：: \u3000")
    if a[-1] in "）)" and a.count("（") + a.count("(") < a.count("）") + a.count(")"):
        a = a[:-1]  # the close of the note that holds the address: 某商行（…，经营地址：…）：
    return a, m.start("a"), m.start("a") + len(a)


_CLAUSE_END = fast_compile(r"[；;。]|\s{2,}")


def first_labelled_value(text: str, labels: tuple[str, ...], limit: int = 3000) -> Span | None:
    """A labelled value trimmed to its first clause (addresses, representatives)."""
    hit = labelled(text, labels, limit)
    if not hit:
        return None
    v = _CLAUSE_END.split(hit[0], maxsplit=1)[0].strip()
    # a wrapped line joined onto the next sentence: 住所：…2104室我局于2024年…
    v = SENTENCE_START.split(v, maxsplit=1)[0].strip()
    if is_blank_value(v):
        return None
    return v, hit[1], hit[1] + len(v)


def credit_code(text: str) -> tuple[str, int, int, bool | None] | None:
    """The party's 统一社会信用代码 (the first one near a label, else the first in the head)."""
    codes = [
        c
        for c in find_credit_codes(text[:3000])
        if not AGENCY_CREDIT_LABEL.search(text[max(0, c[1] - 20) : c[1]])
    ]
    for code in codes:
        if CREDIT_LABEL.search(text[max(0, code[1] - 20) : code[1]]):
            return code
        if code[3] and code[0][0] == "9" and TAX_ID_LABEL.search(text[max(0, code[1] - 10) : code[1]]):
            return code  # an individual's 纳税人识别号 is the ID number: a unit's (9…) only
    for code in codes:
        # 证照号码：91…（a letter-bearing 18-character code after a licence label is the credit
        # code, even when its check character fails: that failure is what DOC-06 reports)
        if not code[0].isdigit() and LICENCE_LABEL.search(text[max(0, code[1] - 10) : code[1]]):
            return code
    # unlabelled: not a number an ID label names, and not all digits (those are usually IDs)
    rest = [
        c
        for c in codes
        if not ID_LABEL.search(text[max(0, c[1] - 16) : c[1]]) and not c[0].isdigit() and c[3] is not False
    ]
    return rest[0] if rest else None


# a table column naming the party's code, not the agency's (处罚机关统一社会信用代码, 数据来源单位…)
_AGENCY_CODE_KEY = re.compile(r"机关|来源|执法|作出")


def table_credit_code(table: dict[str, tuple[str, int, int]]) -> tuple[str, int, int, bool | None] | None:
    """The party's code from a table column (统一社会信用代码 | 91…): a code far from its header."""
    for key, (val, start, _end) in table.items():
        if "信用代码" in key and not _AGENCY_CODE_KEY.search(key):
            codes = find_credit_codes(val)
            if codes:
                code, s, e, valid = codes[0]
                return code, start + s, start + e, valid
    return None


OTHER_NUMBER_LABEL = re.compile(
    r"(?:凭证|票据|单据|流水|交易|订单|账|帐|缴款|编|序列|批)号(?:码)?[^\n\d]{0,3}$|编码[^\n\d]{0,3}$|No\.?\s*$"
)


def id_number(text: str) -> tuple[str, int, int, bool | None] | None:
    """The 身份证号 in the party block (labelled first)."""
    ids = [
        i
        for i in find_id_numbers(text[:3000])
        if not CREDIT_LABEL.search(text[max(0, i[1] - 14) : i[1]])
        # an all-digit 统一社会信用代码 (纳税人识别号：92…) that fails GB 11643 but passes GB 32100
        and not (i[3] is False and credit_code_valid(i[0]))
        # 电子凭证号 / 票据号码 / 交易流水号 …: an 18-digit serial of a voucher is no person's number
        and not (
            i[3] is False
            and OTHER_NUMBER_LABEL.search(text[max(0, i[1] - 10) : i[1]])
            and not ID_LABEL.search(text[max(0, i[1] - 14) : i[1]])
        )
    ]
    for i in ids:
        if ID_LABEL.search(text[max(0, i[1] - 14) : i[1]]):
            return i
    return ids[0] if ids else None
