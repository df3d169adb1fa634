"""Cases drawn from the retired held-out sets 48 (东北/内蒙古 农业 files) and 49 (广东/福建 公安 and 税务),
each in new wording (each failed before its fix)."""

from __future__ import annotations

import re

from casecheck.extract.fields.party import party_name
from casecheck.extract.text import SPOT_ACK_SIGNED


def test_a_police_decisions_party_without_a_colon() -> None:
    text = (
        "某市公安局某分局\n行政处罚决定书\n某公(某)行罚决字〔2020〕00012号\n"
        "违法行为人黄某明，男，1990年1月2日出生。\n现查明，某某。"
    )
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "黄某明"


def test_a_traffic_slips_party_before_a_gender_cell() -> None:
    text = "某市公安局交通警察支队\n简易程序处罚决定书\n被处罚人 林志强 性别：男\n身份证号 略\n"
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "林志强"


def test_an_addressee_whose_note_wraps_onto_the_next_line() -> None:
    text = (
        "国家税务总局某某县税务局\n税务行政处罚决定书\n某税罚〔2023〕7号\n"
        "某某县老李小吃店（经营者李某，统一社会信用代码92350503MA31QW8L0W，\n经营地址某某县某路1号）：\n"
        "经我局检查，你存在以下违法事实。"
    )
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "某某县老李小吃店"


def test_a_police_acknowledgement_signed_with_a_fingerprint_note() -> None:
    text = "本决定书已向我宣告并送达。\n被处罚人：（签名）王某某（按指印）　2022年3月4日\n"
    assert re.search(SPOT_ACK_SIGNED, text)
