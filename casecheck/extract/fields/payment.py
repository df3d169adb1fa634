"""Payment terms a decision states (履行方式和期限): ``自收到本决定书之日起十五日内到XX银行缴纳``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casecheck.extract.fields.numerals import NUM_CLASS, to_int

PERIOD = re.compile(
    rf"(?:收到|接到|送达|签收)[^，,。；]{{0,14}}?(?P<n>{NUM_CLASS}{{1,3}})\s*个?\s*(?P<unit>工作日|日|天)\s*(?:内|以内)"
    r"(?P<rest>[^。；]{0,60})"
)
PAY_WORD = re.compile(r"缴纳|缴至|缴入|缴到|缴款|交纳|交至|交到|缴清|履行|缴付|汇入|转入|上缴")
BANK = re.compile(
    r"(?:到|至|向|在|通过|前往)(?P<bank>[^，,。；到至向在]{2,40}(?:银行|信用社|支行|分行|代收机构|指定账户|支付平台|缴费平台))"
)


@dataclass(frozen=True)
class PaymentTerms:
    """Days allowed to pay (with ``working``/``calendar``), where to pay, and the span."""

    days: int | None
    form: str | None
    bank: str | None
    start: int
    end: int


def payment_terms(text: str) -> PaymentTerms | None:
    """The payment period and place, or ``None`` when the text states no payment terms."""
    for m in PERIOD.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        sentence = text[lo : m.end()]
        if not PAY_WORD.search(sentence) or re.search(r"复议|诉讼|陈述|申辩|听证", sentence):
            continue
        bank = BANK.search(text, lo, min(len(text), m.end() + 40))
        unit = "working" if m.group("unit") == "工作日" else "calendar"
        end = max(m.end(), bank.end() if bank else 0)
        return PaymentTerms(to_int(m.group("n")), unit, bank.group("bank") if bank else None, m.start(), end)
    return None
