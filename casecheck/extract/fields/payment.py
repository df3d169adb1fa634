"""Payment terms a decision states (履行方式和期限): ``自收到本决定书之日起十五日内到XX银行缴纳``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casecheck.extract.fields.dates import find_dates
from casecheck.extract.fields.numerals import NUM_CLASS, to_int
from casecheck.extract.text import sentence_bounds

PERIOD = re.compile(
    rf"(?:收到|接到|送达|签收)[^，,。；]{{0,14}}?(?P<n>{NUM_CLASS}{{1,3}})\s*个?\s*(?P<unit>工作日|日|天)\s*(?:内|以内)"
    r"(?P<rest>[^。；]{0,60})"
)
_SEPS = "。；\n"  # what ends the sentence a period or a due date is read in
PAY_WORD = re.compile(r"缴纳|缴至|缴入|缴到|缴款|交纳|交至|交到|缴清|履行|缴付|汇入|转入|上缴")
BANK = re.compile(
    r"(?:到|至|向|在|通过|前往)(?P<bank>[^，,。；到至向在]{2,40}(?:银行|信用社|支行|分行|代收机构|指定账户|支付平台|缴费平台|缴款平台))"
)


@dataclass(frozen=True)
class PaymentTerms:
    """Days allowed to pay (with ``working``/``calendar``) or the first due date (``date``, ISO), where
    to pay, and the span."""

    days: int | None
    form: str | None
    bank: str | None
    start: int
    end: int
    due: str | None = None


# 第一期罚款…于2023年10月24日前缴纳 (an approved 分期缴纳): a due date instead of a period
DUE_DATE = re.compile(
    r"(?:于|在)\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^。；，,]{1,12}?日\s*(?:前|之前|以前)\s*"
    r"(?:一次性?|全额|足额)?\s*(?:缴纳|缴清|缴至|缴入|交纳|缴付)"
)


def payment_terms(text: str) -> PaymentTerms | None:
    """The payment period and place, or ``None`` when the text states no payment terms.

    A decision that sets due dates (an approved 分期缴纳: 于2023年10月24日前缴纳) states its terms
    as dates: ``days`` is ``None`` and ``form`` is ``date``.
    """
    found = _period(text)
    m = DUE_DATE.search(text) if found is None and "前" in text else None
    while m and "罚" not in text[sentence_bounds(text, m.start(), _SEPS)[0] : m.end() + 8]:
        m = DUE_DATE.search(text, m.end())  # 责令…于6月30日前缴纳社保费: a deadline, not a fine's
    if m:
        bank = BANK.search(text, m.start(), min(len(text), m.end() + 60))
        end = max(m.end(), bank.end() if bank else 0)
        due = next((h.iso for h in find_dates(m.group(0))), None)
        return PaymentTerms(None, "date", bank.group("bank") if bank else None, m.start(), end, due)
    return found


def _period(text: str) -> PaymentTerms | None:
    """The payment period (自收到本决定书之日起十五日内…缴纳) and place."""
    for m in PERIOD.finditer(text):
        lo = sentence_bounds(text, m.start(), _SEPS)[0]
        sentence = text[lo : m.end()]
        if not PAY_WORD.search(sentence) or re.search(r"复议|诉讼|陈述|申辩|听证", sentence):
            continue
        bank = BANK.search(text, lo, min(len(text), m.end() + 40))
        unit = "working" if m.group("unit") == "工作日" else "calendar"
        end = max(m.end(), bank.end() if bank else 0)
        return PaymentTerms(to_int(m.group("n")), unit, bank.group("bank") if bank else None, m.start(), end)
    return None
