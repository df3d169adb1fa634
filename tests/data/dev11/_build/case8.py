"""Case 8 — 福建 漳州 龙海 税务 (个人未按期办理纳税申报), 2017, 个人, 简易程序/当场处罚, UTF-8 text with box-drawn tables.
Planted: PROC-10 (当场 decision fines a natural person 500 元; the 简易程序 ceiling was 50 元 under 行政处罚法(2017) 第三十三条, 200 元 today)."""
from lib import Doc, fd, id_number, daxie
from common import songda, beikao

CASE_ID = "dev11_08_fj_tax_boxtxt"
AG = "龙海市地方税务局"
PARTY = "郑秀琴"
IDN = id_number("350681", "19690413", "062")
ADDR = "福建省龙海市石码街道解放西路47号"
O1, C1 = "陈志斌", "闽地税检3506811700023"
O2, C2 = "林雅琳", "闽地税检3506811700041"
NO = "龙地税简罚〔2017〕0316号"
NO_Z = "龙地税限改〔2017〕0512号"
FINE = 500
DT = dict(order="2017-05-08", order_served="2017-05-08", decision="2017-05-12", decision_served="2017-05-12",
          payment="2017-05-12", record="2017-05-15")
DS = "ar"


def build():
    docs = []
    d = Doc("责令限期改正通知书", number=NO_Z, date=fd(DT["order"], DS))
    d.h(AG).h("责令限期改正通知书").r(NO_Z)
    d.p(f"{PARTY}（纳税人识别号：{IDN}）：")
    d.p("你出租位于龙海市石码街道解放西路47号的店面，未按照规定期限办理2017年1月至3月房产税、城镇土地使用税的纳税申报。根据《中华人民共和国税收征收管理法》第六十二条规定，限你于2017年5月15日前到龙海市地方税务局办税服务厅办理纳税申报。")
    d.r(AG).seal().r(fd(DT["order"], DS))
    docs.append(d)
    docs.append(songda(AG, "责令限期改正通知书", NO_Z, PARTY, ADDR, "直接送达", PARTY, DT["order_served"], [O1, O2], ds=DS,
                       title="税务文书送达回证"))

    d = Doc("税务行政处罚决定书（简易）", kind="当场行政处罚决定书", number=NO, date=fd(DT["decision"], DS))
    d.h(AG).h("税务行政处罚决定书（简易）").r(NO)
    d.t([["被处罚人", PARTY, "纳税人识别号", IDN],
         ["地址", ADDR, "联系电话", "138****5097"],
         ["违法事实", "未按照规定期限办理2017年1月至3月房产税、城镇土地使用税纳税申报，于2017年5月12日补办申报。"],
         ["处罚依据", "《中华人民共和国税收征收管理法》第二十五条第一款、第六十二条"],
         ["处罚决定", f"罚款人民币{daxie(FINE)}（¥{FINE}.00）。纳税人系首次逾期申报、已在限期内补办，按一般情形处理。"],
         ["告知事项", "执法人员已出示税务检查证，告知违法事实、处罚理由和依据，告知当事人享有陈述、申辩的权利。当事人表示无异议，不陈述申辩。"],
         ["缴纳方式", "当场开具税收缴款书，于2017年5月12日前到办税服务厅POS机或指定银行缴纳。"],
         ["救济途径", "如对本决定不服，可自收到本决定书之日起六十日内依法向漳州市地方税务局申请行政复议，或者自收到本决定书之日起六个月内依法向龙海市人民法院起诉。"],
         ["执法人员", f"{O1}（{C1}）　{O2}（{C2}）"],
         ["处罚时间、地点", "2017年5月12日10时20分　龙海市地方税务局办税服务厅"],
         ["被处罚人签收", f"{PARTY}　2017年5月12日"]])
    d.r(AG).seal().r(fd(DT["decision"], DS))
    docs.append(d)

    d = Doc("中华人民共和国税收缴款书", kind="缴款凭证", date=fd(DT["payment"], DS))
    d.h("中华人民共和国税收缴款书（税务收现专用）")
    d.t([["纳税人识别号", IDN, "纳税人名称", PARTY],
         ["税种/品目", "罚没收入——税务罚款", "实缴金额", f"¥{FINE}.00"],
         ["金额合计（大写）", daxie(FINE), "填发日期", "2017.5.12"],
         ["票证字号", "（171）闽地现 03527164", "征收机关", "龙海市地方税务局办税服务厅"]])
    docs.append(d)

    d = Doc("当场处罚决定备案登记表", kind="结案审批表", date=fd(DT["record"], DS))
    d.h("简易程序行政处罚备案登记表")
    d.t([["决定书文号", NO, "当事人", PARTY],
         ["处罚内容", f"罚款{FINE}元", "执行情况", "2017年5月12日当场开票、缴清"],
         ["执法人员", f"{O1}　{O2}", "备案日期", fd(DT["record"], DS)],
         ["法制部门意见", "已备案。　黄振东　2017年5月15日"]])
    docs.append(d)
    docs.append(beikao(["本卷为简易程序案件，当场处罚决定书已当场交付当事人。纳税申报表（2017年5月12日）见征管系统。"], O2, "2017-05-16", "黄振东", ds=DS))

    label = dict(
        codes=["PROC-10"], encoding="utf-8",
        notes=("PROC-10: a 当场 (简易程序) 税务行政处罚决定书 fines a natural person 500 元. 行政处罚法(2017) 第三十三条 allowed 当场处罚 on a citizen only up to 50 元 "
               "(200 元 under the 2021 law); a 500 元 fine on an individual needed 普通程序 (告知书, 调查终结, etc.). The fine itself is inside "
               "税收征收管理法 第六十二条 (二千元以下), so no LAW-05. "
               "Not defects: 复议 to the 上一级 tax authority (漳州市地方税务局) is right — tax authorities are vertically led; 2017 agency name 地方税务局 (before the 2018 merger); "
               "the decision was handed over on the spot and signed for, so no 送达回证 is needed for it."),
        fields=dict(agency=AG, party=dict(name=PARTY, kind="个人", credit_code=None, id_number=IDN),
                    penalty=dict(fine_yuan=FINE, procedure="简易"),
                    dates=dict(filing=None, notice=None, decision=DT["decision"], decision_served=DT["decision_served"]),
                    citations=[dict(law="《中华人民共和国税收征收管理法》", article=25, paragraph=1, item=None, role="violated"),
                               dict(law="《中华人民共和国税收征收管理法》", article=62, paragraph=None, item=None, role="penalty")]))
    facts = dict(dates=DT, credit_codes=[], id_numbers=[IDN], simple=True)
    return dict(case_id=CASE_ID, fmt="txt", encoding="utf-8", style="box", docs=docs, label=label, facts=facts,
                footer="－第{n}页－", toc_title="卷内文件目录")
