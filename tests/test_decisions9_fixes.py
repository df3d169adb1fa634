"""Layouts drawn from the development set decisions9 (published copies of decisions by 19 agency
types), each in new wording; each failed before its fix."""

from __future__ import annotations

from casecheck.extract.fields.closing import closing_date, issuer
from casecheck.extract.fields.events import event_dates


def test_a_closing_run_onto_the_bodys_last_line() -> None:
    text = (
        "某市某区城市管理局\n行政处罚决定书\n当事人：某某建材有限公司\n经查，当事人于2022年3月4日擅自倾倒建筑垃圾。"
        "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议。 某市某区城市管理局 2022年4月18日\n"
        "（来源：某网站转载）"
    )
    found = closing_date(text, "行政处罚决定书")
    assert found is not None and found[0].iso == "2022-04-18"
    who = issuer(text, found[1], found[0].start)
    assert who is not None and who[0] == "某市某区城市管理局"
    # a date in the body's last sentence is no 落款
    prose = text.replace(" 某市某区城市管理局 2022年4月18日", "本局于2022年4月18日作出决定。")
    assert closing_date(prose, "行政处罚决定书") is None


def test_a_customs_notice_is_a_gaozhidan() -> None:
    text = "本关于2021年3月2日向当事人送达了《行政处罚告知单》（某关缉告字〔2021〕0012号），当事人未申辩。"
    assert event_dates(text)["notice"].iso == "2021-03-02"
    # a compliance notice handed over is no notice of a penalty
    assert "notice" not in event_dates("2021年3月2日再次劝导并发放《规范经营告知单》，当事人当场撤离。")
