"""w113-01: OFD, 2026, 广西 百色市田阳区农业农村局, 农产品质量安全法 未建立农产品生产记录."""
from common import D, d_cn, d_ymd, d_ymd0, daxie, idno, nth_workday_after, uscc
from layout import Doc, Style, doc_page_ranges, paginate
from ofd import write_ofd

CASE_ID = "w113-01"
AG = "百色市田阳区农业农村局"
PARTY = "百色市田阳区禾丰源果蔬种植农民专业合作社"
CODE = uscc("9", "3", "451003", "MA5N2H7C")
ADDR = "百色市田阳区那满镇新立村那坡屯"
REP = "黄建明"
REP_ID = idno("452621", D("1975-02-19"), "031")
TECH = "陆小勇"
TECH_ID = idno("452621", D("1991-09-30"), "057")
O1, C1 = "黄海宁", "45100326011"
O2, C2 = "农丽萍", "45100326024"
FINE = 8500
FINE_SMALL_WRONG = "¥8,050.00"
T = dict(check=D("2026-03-18"), deadline=D("2026-04-02"), recheck=D("2026-04-08"), filing=D("2026-04-09"),
         inq1=D("2026-04-14"), inq2=D("2026-04-15"), report=D("2026-04-24"), legal=D("2026-04-28"),
         collective=D("2026-04-29"), notice=D("2026-05-11"), notice_served=D("2026-05-12"), decision=D("2026-05-15"),
         served=D("2026-05-18"), publish=D("2026-05-21"), paid=D("2026-05-29"), closing=D("2026-06-05"))
NO_ZG = "田阳农责改〔2026〕12号"
NO_GZ = "田阳农罚告〔2026〕9号"
NO_JD = "田阳农罚〔2026〕9号"
STALE_REMEDY = "向百色市农业农村局或者百色市田阳区人民政府申请行政复议"

FACT = ("你社在" + ADDR + "种植芒果（台农一号）约320亩、番茄约80亩，为农产品生产企业以外的农民专业合作社。2026年3月18日，本局执法人员检查发现，"
        "你社未建立2025年11月至2026年3月期间的农产品生产记录，未记载使用农药的名称、来源、用法、用量和使用、停用日期，病虫害发生和防治情况以及收获日期。"
        "本局当场向你社送达了《责令限期改正通知书》（" + NO_ZG + "），责令你社于2026年4月2日前建立并如实填写农产品生产记录。"
        "2026年4月8日复查时，你社仍未建立农产品生产记录，逾期未改正。")


def h(s):
    return "{h:" + s + "}"


def docs():
    ds = []
    cv = Doc("cover", "封面", numbered=False)
    cv.add(("space", 24), ("title", AG, {"pt": 24}), ("title", "行政处罚案卷", {"pt": 32, "spacing": 3, "sa": 18}),
           ("para", "案    由：未依照规定建立农产品生产记录", {"indent": 0, "li": 14, "pt": 14}),
           ("para", "当 事 人：" + PARTY, {"indent": 0, "li": 14, "pt": 14, "sb": 3}),
           ("para", "处罚文号：" + NO_JD, {"indent": 0, "li": 14, "pt": 14, "sb": 3}),
           ("para", "立案日期：" + d_ymd0(T["filing"]), {"indent": 0, "li": 14, "pt": 14, "sb": 3}),
           ("para", "结案日期：" + d_ymd0(T["closing"]), {"indent": 0, "li": 14, "pt": 14, "sb": 3}),
           ("para", "承办机构：百色市田阳区农业综合行政执法大队", {"indent": 0, "li": 14, "pt": 14, "sb": 3}),
           ("para", "保管期限：永久        卷号：2026-农执-009", {"indent": 0, "li": 14, "pt": 14, "sb": 3}))
    ds.append(cv)

    la = Doc("filing", "立案审批表", date=d_ymd(T["filing"]))
    la.add(("title", AG, {"pt": 15, "sa": 0}), ("title", "立案审批表", {"pt": 19}),
           ("table", [["案由", {"t": "涉嫌未依照规定建立农产品生产记录", "span": 3}],
                      ["案件来源", {"t": "监督检查（2026年春季农产品质量安全专项检查）", "span": 3}],
                      ["当事人", {"t": PARTY, "span": 3}],
                      ["统一社会信用代码", CODE, "法定代表人", REP + "（理事长）"],
                      ["住所", {"t": ADDR, "span": 3}],
                      [{"t": "简要案情", "minh": 36}, {"t": "当事人未建立农产品生产记录，经2026年3月18日责令限期改正（" + NO_ZG + "），2026年4月8日复查仍未改正。"
                                                          "涉嫌违反《中华人民共和国农产品质量安全法》第二十七条第一款的规定。", "span": 3}],
                      ["承办人", {"t": O1 + "（" + C1 + "）、" + O2 + "（" + C2 + "）", "span": 3}],
                      [{"t": "执法机构意见", "minh": 16}, {"t": "建议立案。" + h("梁国辉 2026.4.9"), "span": 3}],
                      [{"t": "负责人审批意见", "minh": 16}, {"t": h("同意立案。陆志坚 2026年4月9日"), "span": 3}]],
            [0.2, 0.32, 0.18, 0.30], {"pt": 10.5}))
    ds.append(la)

    def hz(kind, name, wenshu, date):
        d = Doc(kind, name, date=d_ymd(date))
        d.add(("title", AG, {"pt": 15, "sa": 0}), ("title", "送达回证", {"pt": 20, "spacing": 3}),
              ("table", [["送达文书名称", wenshu], ["受送达人", PARTY], ["送达地点", ADDR], ["送达方式", "直接送达"],
                         [{"t": "受送达人签名或盖章", "minh": 28}, {"t": h(REP), "seal": PARTY}], ["送达日期", h(d_ymd(date))],
                         ["送达人", h(O1 + "  " + O2)], [{"t": "备注", "minh": 14}, "执法记录仪记录送达过程"]], [0.3, 0.7], {"pt": 11.5, "minh": 13}))
        return d

    def site(kind, name, date, time, body):
        d = Doc(kind, name, date=d_ymd(date))
        d.add(("title", "现场检查（勘验）笔录", {"pt": 19}),
              ("para", "检查时间：" + d_ymd(date) + time, {"indent": 0}),
              ("para", "检查地点：" + ADDR + "（当事人种植基地及农资仓库）", {"indent": 0}),
              ("para", "当事人：" + PARTY + "    法定代表人：" + REP, {"indent": 0}),
              ("para", "执法人员：" + O1 + "（执法证号：" + C1 + "）、" + O2 + "（执法证号：" + C2 + "）    记录人：" + O2, {"indent": 0}),
              ("para", "执法人员向当事人出示执法证件，告知当事人有申请回避的权利，当事人不申请回避。检查过程使用执法记录仪记录。", {"sb": 1}),
              ("para", body),
              ("para", "（以下空白）", {"align": "c"}),
              ("para", "当事人意见及签名：" + h("属实。黄建明") + "   " + h(date.strftime("%Y.%-m.%-d")), {"indent": 0, "sb": 3}),
              ("para", "执法人员签名：" + h(O1 + "  " + O2), {"indent": 0}))
        return d

    ds.append(site("site", "现场检查（勘验）笔录", T["check"], "9时20分至11时05分",
                   "检查情况：当事人种植芒果约320亩、番茄约80亩，农资仓库存放有吡虫啉、苯醚甲环唑、代森锰锌等农药。执法人员要求当事人出示农产品生产记录，"
                   "当事人未能提供2025年11月至2026年3月期间的农药使用记录、病虫害防治记录和收获记录，仅有一本2025年上半年的农资进货台账。"
                   "执法人员当场送达《责令限期改正通知书》（" + NO_ZG + "）。"))

    zg = Doc("order", "责令限期改正通知书", docno=NO_ZG, date=d_ymd(T["check"]))
    zg.add(("title", AG, {"pt": 18}), ("title", "责令限期改正通知书", {"pt": 19}), ("para", NO_ZG, {"align": "c"}),
           ("para", PARTY + "：", {"indent": 0}),
           ("para", "经查，你社未依照规定建立农产品生产记录，违反了《中华人民共和国农产品质量安全法》第二十七条第一款的规定。依据《中华人民共和国农产品质量安全法》"
                    "第六十九条的规定，责令你社于2026年4月2日前改正：建立农产品生产记录，如实记载使用农业投入品的名称、来源、用法、用量和使用、停用的日期，"
                    "动物疫病、农作物病虫害的发生和防治情况，收获的日期。逾期不改正的，本局将依法给予行政处罚。"),
           ("para", "如不服本通知，可以在收到本通知书之日起六十日内" + STALE_REMEDY + "，也可以在六个月内依法向人民法院提起行政诉讼。"),
           ("space", 6), ("para", AG, {"align": "r", "rpad": 8}), ("para", d_cn(T["check"]), {"align": "r", "rpad": 12}),
           ("seal", AG, {"dy": -2}),
           ("para", "（本通知书一式两份，一份送达当事人，一份归档）", {"indent": 0, "sb": 6, "pt": 10}))
    ds.append(zg)
    ds.append(hz("order_receipt", "送达回证（责令限期改正通知书）", "责令限期改正通知书（" + NO_ZG + "）", T["check"]))

    ds.append(site("recheck", "现场检查（勘验）笔录（复查）", T["recheck"], "9时40分至10时30分",
                   "复查情况：执法人员对当事人落实《责令限期改正通知书》（" + NO_ZG + "）情况进行复查。当事人仍未建立农产品生产记录，"
                   "不能提供2025年11月以来的农药使用、病虫害防治和收获记录。理事长黄建明称因人手不足尚未整理。当事人逾期未改正。"))

    def inquiry(kind, name, date, time, who, info, qa, split=None):
        d = Doc(kind, name, date=d_ymd(date))
        d.add(("title", "询 问 笔 录", {"pt": 19}),
              ("para", "询问时间：" + d_ymd(date) + time + "    询问地点：田阳区农业综合行政执法大队询问室", {"indent": 0, "pt": 11}),
              ("para", "询问人：" + O1 + "（" + C1 + "）    记录人：" + O2 + "（" + C2 + "）", {"indent": 0, "pt": 11}),
              ("para", "被询问人：" + who + "    " + info, {"indent": 0, "pt": 11}))
        for i, (q, a) in enumerate(qa):
            d.add(("para", q, {"indent": 0}), ("para", a, {"indent": 0}))
            if split is not None and i == split:
                d.add(("para", "被询问人签名：" + h(who), {"align": "r", "rpad": 8, "sb": 2}), ("break",))
        d.add(("para", "（以下空白）", {"align": "c"}),
              ("para", "被询问人：" + h("以上笔录已阅，与我所说一致。" + who + " " + date.strftime("%Y.%-m.%-d")), {"indent": 0, "sb": 3}),
              ("para", "询问人：" + h(O1) + "    记录人：" + h(O2), {"indent": 0}))
        return d

    intro = ("问：我们是百色市田阳区农业农村局执法人员，这是我们的执法证件，请你确认。你有申请执法人员回避的权利，是否申请回避？", "答：看清楚了，不申请回避。")
    ds.append(inquiry("inquiry1", "询问笔录（黄建明）", T["inq1"], "9时00分至10时05分", REP,
                      "性别：男  身份证号：" + REP_ID + "  职务：理事长（法定代表人）  电话：13977623581",
                      [intro,
                       ("问：请介绍合作社的基本情况。", "答：合作社2019年成立，有社员46户，统一种植芒果约320亩、番茄约80亩，统一打药、统一销售，我是理事长。"),
                       ("问：合作社是否建立了农产品生产记录？", "答：2025年上半年有一本农资进货台账，11月以后打药都是技术员陆小勇安排，没有记录。"),
                       ("问：3月18日我局责令你社4月2日前建立生产记录，你社是否改正？", "答：没有，清明前后忙着保花保果，人手不够，一直没整理。"),
                       ("问：2025年11月以来使用过哪些农药？", "答：吡虫啉、苯醚甲环唑、代森锰锌，具体用量要问陆小勇。"),
                       ("问：合作社以前是否因农产品质量安全问题被处罚过？", "答：没有。"),
                       ("问：你还有什么补充？", "答：我们马上把记录补起来。")], split=2))
    ds.append(inquiry("inquiry2", "询问笔录（陆小勇）", T["inq2"], "15时10分至15时55分", TECH,
                      "性别：男  身份证号：" + TECH_ID + "  职务：合作社技术员  电话：18277691406",
                      [intro,
                       ("问：你在合作社负责什么工作？", "答：负责芒果和番茄的病虫害防治，安排打药。"),
                       ("问：2025年11月以来用药是否有记录？", "答：只在手机微信里跟社员说过打什么药，没有专门的本子记录，收获日期也没有记。"),
                       ("问：是否使用过国家禁用的农药？", "答：没有，用的都是在农资店买的登记农药，进货小票还在。")]))

    ev = Doc("evidence", "证据材料（营业执照、身份证复印件，现场照片）")
    ev.add(("title", "证 据 材 料", {"pt": 19}),
           ("photos", [("营业执照复印件（与原件核对无误，黄建明2026.4.14）", "paper"), ("法定代表人身份证复印件", "paper"),
                       ("照片1：芒果种植基地（2026.3.18 黄海宁摄）", "field"), ("照片2：农资仓库存放的农药（2026.3.18 黄海宁摄）", "shelf")],
            {"cols": 2, "h": 66}))
    ds.append(ev)

    bg = Doc("report", "案件调查终结报告", date=d_ymd(T["report"]))
    bg.add(("title", "案件调查终结报告", {"pt": 19}),
           ("para", "当事人：" + PARTY + "，统一社会信用代码" + CODE + "，法定代表人" + REP + "，住所" + ADDR + "。", {"indent": 0}),
           ("para", "一、案件来源及调查经过", {"indent": 0, "font": "hei"}),
           ("para", "2026年3月18日监督检查发现当事人未建立农产品生产记录，当场责令限期改正；4月8日复查逾期未改正，4月9日立案。"
                    "执法人员于4月14日、15日分别询问了当事人法定代表人和技术员，调取了营业执照、身份证复印件，拍摄了现场照片。"),
           ("para", "二、违法事实", {"indent": 0, "font": "hei"}),
           ("para", FACT.replace("你社", "当事人").replace("本局", "执法机关")),
           ("para", "三、证据：现场检查（勘验）笔录2份、责令限期改正通知书、询问笔录2份、营业执照及身份证复印件、现场照片、执法记录仪视频。"),
           ("para", "四、定性及依据", {"indent": 0, "font": "hei"}),
           ("para", "当事人违反了《中华人民共和国农产品质量安全法》第二十七条第一款的规定，依据该法第六十九条，逾期不改正的，处二千元以上二万元以下罚款。"),
           ("para", "五、处理意见", {"indent": 0, "font": "hei"}),
           ("para", "当事人经责令限期改正逾期仍未改正，情节一般；系首次被查处，检查中未发现使用禁用农药，能配合调查。建议按一般情形处罚款8500元。"),
           ("para", "承办人：" + h(O1 + "  " + O2) + "    " + h("2026年4月24日"), {"align": "r", "sb": 3}))
    ds.append(bg)

    fz = Doc("legal", "法制审核意见书", date=d_ymd(T["legal"]))
    fz.add(("title", "法制审核意见书", {"pt": 19}),
           ("table", [["案件名称", PARTY + "未依照规定建立农产品生产记录案"], ["送审机构", "百色市田阳区农业综合行政执法大队"],
                      [{"t": "审核意见", "minh": 60}, "执法主体合法，执法人员具备执法资格；事实清楚，证据充分；适用《中华人民共和国农产品质量安全法》第二十七条第一款、"
                                                      "第六十九条准确；程序合法；拟罚款8500元在法定幅度内，裁量适当。同意。"],
                      ["审核人", h("罗美玲") + "（法规股，法律职业资格证书A20194510030007）"], ["审核日期", h("2026年4月28日")]],
            [0.22, 0.78], {"pt": 11, "minh": 12}))
    ds.append(fz)

    jt = Doc("collective", "集体讨论记录", date=d_ymd(T["collective"]))
    jt.add(("title", "行政处罚案件集体讨论记录", {"pt": 18}),
           ("para", "时间：2026年4月29日15时00分  地点：局二楼会议室  主持人：韦建勋（局长）  记录人：罗美玲", {"indent": 0}),
           ("para", "参加人员：韦建勋、陆志坚、覃春燕（局领导），梁国辉（执法大队），罗美玲（法规股）；列席：黄海宁", {"indent": 0}),
           ("para", "黄海宁汇报案情和处理意见；罗美玲汇报法制审核意见。陆志坚：同意。覃春燕：同意。梁国辉：同意。韦建勋：同意罚款8500元。"),
           ("para", "结论：拟对当事人罚款人民币8500元，送达事先告知书。", {"indent": 0, "font": "hei"}),
           ("para", "签名：" + h("韦建勋 陆志坚 覃春燕 梁国辉 罗美玲"), {"indent": 0, "sb": 3}))
    ds.append(jt)

    gz = Doc("notice", "行政处罚事先告知书", docno=NO_GZ, date=d_ymd(T["notice"]))
    gz.add(("title", AG, {"pt": 19, "color": (200, 20, 20)}), ("title", "行政处罚事先告知书", {"pt": 19}), ("para", NO_GZ, {"align": "c"}),
           ("para", PARTY + "：", {"indent": 0}),
           ("para", "经查，" + FACT),
           ("para", "你社的上述行为违反了《中华人民共和国农产品质量安全法》第二十七条第一款的规定。依据《中华人民共和国农产品质量安全法》第六十九条的规定，"
                    "本局拟对你社作出罚款人民币捌仟伍佰元整（8500元）的行政处罚。"),
           ("para", "根据《中华人民共和国行政处罚法》第四十四条、第四十五条第一款、第六十四条第（一）项的规定，你社可在收到本告知书之日起五个工作日内向本局提出陈述、申辩，"
                    "或者要求举行听证。逾期未提出的，视为放弃上述权利。"),
           ("para", "联系人：黄海宁  联系电话：0776-3212506  地址：百色市田阳区田州镇人民路62号"),
           ("space", 6), ("para", AG, {"align": "r", "rpad": 8}), ("para", d_cn(T["notice"]), {"align": "r", "rpad": 12}),
           ("seal", AG, {"dy": -2}))
    ds.append(gz)

    ds.append(hz("notice_receipt", "送达回证（事先告知书）", "行政处罚事先告知书（" + NO_GZ + "）", T["notice_served"]))

    jd = Doc("decision", "行政处罚决定书", docno=NO_JD, date=d_ymd(T["decision"]))
    jd.add(("title", AG, {"pt": 19, "color": (200, 20, 20)}), ("title", "行政处罚决定书", {"pt": 19}), ("para", NO_JD, {"align": "c"}),
           ("para", "当事人：" + PARTY, {"indent": 0}),
           ("para", "统一社会信用代码：" + CODE + "    法定代表人：" + REP, {"indent": 0}),
           ("para", "住所：" + ADDR, {"indent": 0}),
           ("para", "经查，" + FACT),
           ("para", "上述事实有现场检查（勘验）笔录、责令限期改正通知书、询问笔录、现场照片、执法记录仪视频等证据证实。"),
           ("para", "本局于2026年5月12日向你社送达了《行政处罚事先告知书》（" + NO_GZ + "），你社在规定期限内未提出陈述、申辩，也未要求听证。"),
           ("para", "本局认为，你社的行为违反了《中华人民共和国农产品质量安全法》第二十七条第一款的规定。鉴于你社经责令限期改正逾期仍未改正，情节一般，系首次被查处，"
                    "检查中未发现使用禁用农药，依据《中华人民共和国农产品质量安全法》第六十九条的规定，决定对你社处以罚款人民币捌仟伍佰元整（" + FINE_SMALL_WRONG + "），"
                    "并责令你社立即建立农产品生产记录。"),
           ("para", "你社应当自收到本决定书之日起十五日内，通过广西非税收入缴费平台（“广西数字政务一体化平台”或代收银行网点）缴纳罚款。"
                    "逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。"),
           ("para", "如不服本处罚决定，可以在收到本决定书之日起六十日内" + STALE_REMEDY + "，也可以在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。"),
           ("space", 6), ("para", AG, {"align": "r", "rpad": 8}), ("para", d_cn(T["decision"]), {"align": "r", "rpad": 12}),
           ("seal", AG, {"dy": -2}))
    ds.append(jd)
    ds.append(hz("decision_receipt", "送达回证（行政处罚决定书）", "行政处罚决定书（" + NO_JD + "）", T["served"]))

    jk = Doc("payment", "广西壮族自治区非税收入一般缴款书", date=d_ymd(T["paid"]))
    jk.add(("title", "广西壮族自治区非税收入一般缴款书（电子）", {"pt": 16, "sb": 6}),
           ("table", [["缴款码", "4510032605290031", "填制日期", "2026-05-29"],
                      ["缴款人", PARTY, "执收单位", AG],
                      ["项目名称", "罚没收入—农业罚款", "决定书号", NO_JD],
                      ["金额（大写）", "捌仟伍佰元整", "金额（小写）", "8500.00"],
                      ["收款银行", "广西农村信用社田阳支行", "状态", "已缴款"]], [0.18, 0.34, 0.16, 0.32], {"pt": 10.5, "minh": 12}))
    ds.append(jk)

    ja = Doc("closing", "结案审批表", date=d_ymd(T["closing"]))
    ja.add(("title", AG, {"pt": 15, "sa": 0}), ("title", "结案审批表", {"pt": 19}),
           ("table", [["案件名称", {"t": PARTY + "未依照规定建立农产品生产记录案", "span": 3}],
                      ["决定书文号", NO_JD, "决定日期", d_ymd(T["decision"])],
                      ["处罚内容", {"t": "罚款8500元", "span": 3}],
                      [{"t": "执行情况", "minh": 28}, {"t": "当事人于2026年5月29日缴纳罚款8500元；已于2026年5月26日建立农产品生产记录；处罚信息已于2026年5月21日在田阳区人民政府门户网站公示。", "span": 3}],
                      [{"t": "承办人意见", "minh": 14}, {"t": "建议结案。" + h(O1 + " " + O2 + " 2026.6.3"), "span": 3}],
                      [{"t": "执法机构意见", "minh": 14}, {"t": h("同意。梁国辉 6.3"), "span": 3}],
                      [{"t": "负责人审批意见", "minh": 14}, {"t": h("同意结案。陆志坚 2026.6.5"), "span": 3}]],
            [0.2, 0.3, 0.2, 0.3], {"pt": 10.5}))
    ds.append(ja)

    bk = Doc("backup", "备考表", numbered=False)
    bk.add(("title", "卷内备考表", {"pt": 19}),
           ("table", [[{"t": "本卷共{N}页。执法记录仪视频3段刻录光盘另存。", "minh": 90}]], [1.0], {"pt": 12}),
           ("para", "立卷人：" + h(O2) + "    检查人：" + h("梁国辉") + "    " + h("2026年6月8日"), {"indent": 0, "sb": 4}))
    ds.append(bk)
    return ds


STYLE = Style(body="song", body_pt=11.5, lead=1.68, title="hei", hand="kai", cell_pt=10.5, left=26, right=24,
              pagenum=lambda n: f"- {n} -", pagenum_pos="bc")


def toc(ds, ranges, skip_kind):
    rows = [[{"t": c, "align": "c"} for c in ("序号", "文件材料名称", "文号", "日期", "页码")]]
    k = 0
    for i, d in enumerate(ds):
        if d.numbered and d.kind != skip_kind:
            k += 1
            a, b = ranges[i]
            rows.append([{"t": str(k), "align": "c"}, d.name, d.docno, d.date, {"t": f"{a}-{b}" if a != b else str(a), "align": "c"}])
    t = Doc("toc", "卷内目录", numbered=False)
    t.add(("title", "卷 内 目 录", {"pt": 20}), ("table", rows, [0.08, 0.4, 0.22, 0.18, 0.12], {"pt": 10, "minh": 9}))
    return t


def build(outdir):
    ds = docs()
    # the 目录 was compiled before the technician's 询问笔录 was added to the file and never updated
    early = [d for d in ds if d.kind != "inquiry2"]
    pe = paginate(early, STYLE, seed=1)
    re_ = doc_page_ranges(pe)
    stale = {}
    for i, d in enumerate(early):
        if i in re_:
            stale[d.kind] = re_[i]
    pages = paginate(ds, STYLE, seed=1)
    ranges = doc_page_ranges(pages)
    n = max(b for a, b in ranges.values())
    ds[-1].blocks[1] = ("table", [[{"t": "本卷共" + str(n) + "页。执法记录仪视频3段刻录光盘另存。", "minh": 90}]], [1.0], {"pt": 12})
    stale_rows = {i: stale[d.kind] for i, d in enumerate(ds) if d.kind in stale}
    ds.insert(1, toc(ds, stale_rows, "inquiry2"))
    pages = paginate(ds, STYLE, seed=1)
    ranges = doc_page_ranges(pages)
    actual = {d.kind: ranges.get(i) for i, d in enumerate(ds)}
    write_ofd(pages, STYLE, outdir / (CASE_ID + ".ofd"), "行政处罚案卷 " + NO_JD, "2026-06-08", "b7e1c0a4d3f24c5e9a6b113a0f2c0001")
    end = nth_workday_after(T["notice_served"], 5)
    return {
        "case_id": CASE_ID,
        "codes": ["ARCH-01", "DOC-02", "DOC-07", "PROC-05"],
        "encoding": None,
        "notes": (f"ARCH-01: 卷内目录漏列2026-04-15《询问笔录（陆小勇）》（实际第{actual['inquiry2'][0]}-{actual['inquiry2'][1]}页），"
                  f"其后各文件页码均比实际少{actual['inquiry2'][1] - actual['inquiry2'][0] + 1}页（如目录列决定书为第{stale['decision'][0]}-{stale['decision'][1]}页，"
                  f"实际为第{actual['decision'][0]}-{actual['decision'][1]}页）；DOC-02: 2026年的决定书救济条款写“向百色市农业农村局或者百色市田阳区人民政府申请行政复议”，"
                  "2024-01-01后县级农业农村部门的复议机关只能是本级人民政府，不应再列上一级主管部门（同一旧模板也出现在责令限期改正通知书中）；"
                  "DOC-07: 决定书罚款大写“捌仟伍佰元整”与小写“¥8,050.00”不一致（告知书、缴款书、结案审批表均为8500元）；"
                  f"PROC-05: 事先告知书2026-05-12送达，载明五个工作日内陈述申辩/要求听证，期限至{end.isoformat()}届满，决定书却于2026-05-15作出，"
                  "卷内无当事人书面放弃，决定书仍称“在规定期限内未提出”。其他：逾期不改正后才立案处罚，符合第六十九条“逾期不改正的”前提；罚款在二千元至二万元幅度内并说明了情节。"),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": CODE, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": T["filing"].isoformat(), "notice": T["notice"].isoformat(),
                      "decision": T["decision"].isoformat(), "decision_served": T["served"].isoformat()},
            "citations": [
                {"law": "《中华人民共和国农产品质量安全法》", "article": 27, "paragraph": 1, "item": None, "role": "violated"},
                {"law": "《中华人民共和国农产品质量安全法》", "article": 69, "paragraph": None, "item": None, "role": "penalty"},
            ],
        },
        "_meta": {"format": "OFD (GB/T 33190 package, text objects, seal images)", "pages": len(pages), "ranges": actual,
                  "stale_toc": stale, "sector": "农业农村 / 农产品质量安全法(2022)", "party_label": "单位（农民专业合作社）",
                  "year": 2026, "period_end": end.isoformat()},
    }
