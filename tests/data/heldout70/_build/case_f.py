"""Case F: 钟祥 自然资源 非法占地, 2022. One DOCX (tables, a text box, sections). LAW-02, EVID-01, EXEC-02."""
import datetime
import os

from common import idno, daxie, OUT
import dockit

CASE_ID = "zx-zrzy-2022-009"
AG = "钟祥市自然资源和规划局"
PARTY = "张国华"
PID = idno("42088119780926501")
ADDR = "湖北省钟祥市胡集镇双河村三组41号"
O1, C1 = "彭志勇", "42088120015"
O2, C2 = "熊艳", "42088120032"
NO_LA = "钟自然资规立〔2022〕9号"
NO_GZ = "钟自然资规告〔2022〕9号"
NO_JD = "钟自然资规罚〔2022〕9号"
AREA = 486.5
UNIT = 150
FINE = AREA * UNIT  # 72975
assert FINE == 72975
LATE_DAYS = 38
EXTRA = round(FINE * 0.03 * LATE_DAYS, 2)  # 83191.50 > FINE
assert EXTRA == 83191.50


def build():
    doc = dockit.new_doc("宋体", 12)
    sec0 = doc.sections[0]
    sec0.header.paragraphs[0].text = "钟祥市自然资源和规划局　行政处罚案卷"
    P, T, R = dockit.para, dockit.table, dockit.textbox
    # cover
    P(doc, "钟祥市自然资源和规划局", align="c", bold=True, size=22)
    P(doc, "行政处罚案卷", align="c", bold=True, size=26)
    T(doc, [["案件名称", f"{PARTY}非法占用土地案"], ["案卷编号", "钟自然资规执〔2022〕9号"], ["立案时间", "2022年1月20日"],
            ["结案时间", "2022年6月8日"], ["保管期限", "永久"], ["立卷单位", "钟祥市自然资源和规划局执法监察大队"]])
    # documents: one section per stage
    dockit.new_section(doc, "立案与调查")
    P(doc, "现场勘测笔录", align="c", bold=True, size=16)
    T(doc, [["勘测时间", "2022年1月18日9时10分至11时40分"], ["勘测地点", "钟祥市胡集镇双河村三组（张国华房屋北侧）"],
            ["当事人", f"{PARTY}　身份证号：{PID}"], ["勘测人", f"{O1}（执法证号{C1}）　{O2}（执法证号{C2}）"],
            ["在场人", "双河村村委会委员　李春明"]])
    P(doc, f"执法人员向当事人出示执法证件，表明身份。经现场勘测，当事人在其房屋北侧集体土地上新建钢架结构养殖棚一栋，"
           f"使用RTK测量，占地面积{AREA}平方米，地类为旱地（一般耕地），不涉及永久基本农田。当事人未能提供用地批准文件。"
           "现场拍照12张并附勘测定界图。勘测过程全程使用执法记录仪（ZXZR-03）录像。")
    P(doc, "当事人签名：张国华　　见证人：李春明　　勘测人：彭志勇　熊艳　　2022年1月18日", indent=False)
    dockit.page_break(doc)
    P(doc, "立案审批表", align="c", bold=True, size=16)
    P(doc, NO_LA, align="c")
    T(doc, [["案件来源", "动态巡查"], ["当事人", f"{PARTY}，男，1978年9月26日生，身份证号{PID}，住{ADDR}"],
            ["案由", "非法占用土地"],
            ["案情摘要", f"当事人于2021年11月至2022年1月，未经批准占用胡集镇双河村三组集体旱地{AREA}平方米建设养殖棚，涉嫌违反《中华人民共和国土地管理法》第四十四条第一款。"],
            ["承办人意见", f"建议立案查处。承办人：{O1}、{O2}　2022年1月19日"],
            ["执法监察大队意见", "同意立案。　杨建军　2022年1月19日"], ["局领导审批", "同意。　胡振华　2022年1月20日"]])
    dockit.page_break(doc)
    P(doc, "询问笔录", align="c", bold=True, size=16)
    P(doc, "时间：2022年1月25日14时20分至15时10分　　地点：胡集镇自然资源和规划所", indent=False)
    P(doc, f"询问人：{O1}（执法证号{C1}）　记录人：{O2}（执法证号{C2}）", indent=False)
    P(doc, f"被询问人：{PARTY}　性别：男　年龄：43岁　身份证号：{PID}　住址：{ADDR}　电话：150****7712", indent=False)
    for q, a in [("问：我们是钟祥市自然资源和规划局的执法人员，今天依法就你占地建养殖棚的情况向你了解，请你如实回答。", "答：好的。"),
                 ("问：你房屋北侧的养殖棚是谁建的？什么时间建的？", "答：是我建的，2021年11月开始建，今年1月上旬建好，准备养鸡。"),
                 ("问：养殖棚占的是什么地？有没有办理用地审批手续？", "答：是村里分给我家的旱地，原来种花生。没有办手续，我以为在自家承包地上建养殖棚不用批。"),
                 ("问：养殖棚占地多少？", f"答：大概四百多平方米，你们量的{AREA}平方米我认可。"),
                 ("问：你还有什么要说的？", "答：我愿意配合，希望从轻处理。")]:
        P(doc, q, indent=False)
        P(doc, a, indent=False)
    P(doc, "以上笔录我看过，和我说的一样。　张国华　2022年1月25日", indent=False)
    P(doc, "询问人：彭志勇　　记录人：熊艳　　2022年1月25日", indent=False)
    dockit.new_section(doc, "审查与告知")
    P(doc, "案件调查报告", align="c", bold=True, size=16)
    P(doc, f"一、违法事实：2021年11月至2022年1月，当事人{PARTY}未经批准，在钟祥市胡集镇双河村三组占用集体旱地{AREA}平方米建设钢架结构养殖棚。"
           "经比对钟祥市国土空间规划，该地块位于农业生产空间，不符合土地利用总体规划，不涉及永久基本农田。")
    P(doc, "二、证据：现场勘测笔录及勘测定界图、现场照片12张、询问笔录、身份证复印件、土地利用现状图及规划图、村委会证明。")
    P(doc, "三、法律依据：违反《中华人民共和国土地管理法》第四十四条第一款，依据《中华人民共和国土地管理法》第七十七条第一款、"
           "《中华人民共和国土地管理法实施条例》第五十七条第一款处罚，罚款额为非法占用土地每平方米100元以上1000元以下。")
    P(doc, "四、裁量意见：当事人配合调查，如实陈述，占地面积较小，未占用永久基本农田，属从轻情形，建议按每平方米150元处罚。")
    P(doc, f"五、处理建议：责令退还非法占用的{AREA}平方米土地，限期十五日拆除新建的养殖棚，恢复土地原状；并处罚款{FINE:.0f}元。")
    P(doc, "承办人：彭志勇　熊艳　　2022年2月28日", indent=False)
    dockit.page_break(doc)
    P(doc, "法制审核意见书", align="c", bold=True, size=16)
    T(doc, [["案件", f"{PARTY}非法占用土地案"], ["审核意见", "事实清楚，证据确凿，定性准确，适用依据正确，程序合法，处罚适当。同意承办意见。"],
            ["审核人", "法规科　闵慧（法律职业资格A20181104208114）　2022年3月3日"]])
    dockit.page_break(doc)
    P(doc, "重大行政处罚案件集体讨论记录", align="c", bold=True, size=16)
    P(doc, "时间：2022年3月4日15时　地点：局三楼会议室　主持：胡振华（局长）", indent=False)
    P(doc, "参加人：胡振华、丁卫平、刘清、杨建军、闵慧　记录：熊艳", indent=False)
    P(doc, f"讨论结论：同意责令当事人退还土地、限期拆除养殖棚、恢复土地原状，并处罚款{FINE:.0f}元（每平方米150元）。", indent=False)
    P(doc, "签名：胡振华　丁卫平　刘清　杨建军　闵慧　记录人：熊艳　2022年3月4日", indent=False)
    dockit.page_break(doc)
    P(doc, "钟祥市自然资源和规划局", align="c", bold=True, size=16)
    P(doc, "行政处罚告知书", align="c", bold=True, size=18)
    P(doc, NO_GZ, align="c")
    P(doc, f"{PARTY}：", indent=False)
    P(doc, f"经查，你于2021年11月至2022年1月未经批准在钟祥市胡集镇双河村三组占用集体旱地{AREA}平方米建设养殖棚，违反了《中华人民共和国土地管理法》"
           "第四十四条第一款的规定。依据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第五十七条的规定，"
           f"我局拟作出如下行政处罚：1．责令退还非法占用的土地；2．限你于收到处罚决定书之日起十五日内拆除在非法占用的土地上新建的养殖棚，恢复土地原状；"
           f"3．处以罚款人民币{daxie(FINE)}（¥{FINE:,.2f}）。")
    P(doc, "根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你可在收到本告知书之日起五个工作日内提出陈述、申辩，"
           "或者提出听证申请。逾期未提出的，视为放弃上述权利。")
    P(doc, "钟祥市自然资源和规划局", align="r")
    R(doc, "钟祥市自然资源和规划局（印章）")
    P(doc, "2022年3月7日", align="r")
    T(doc, [["送达回证", f"送达文书：行政处罚告知书（{NO_GZ}）；送达方式：直接送达；送达地点：{ADDR}；"
                          f"受送达人签名：张国华　2022年3月8日；送达人：彭志勇　熊艳"]])
    dockit.new_section(doc, "决定与执行")
    P(doc, "钟祥市自然资源和规划局", align="c", bold=True, size=16)
    P(doc, "行政处罚决定书", align="c", bold=True, size=18)
    P(doc, NO_JD, align="c")
    P(doc, f"当事人：{PARTY}，男，1978年9月26日出生，公民身份号码{PID}，住{ADDR}。", indent=False)
    P(doc, f"2022年1月18日，我局在动态巡查中发现你涉嫌非法占用土地，于2022年1月20日立案调查。经查明：2021年11月至2022年1月，你未经批准，"
           f"在钟祥市胡集镇双河村三组占用集体旱地{AREA}平方米，建设钢架结构养殖棚一栋。该地块不符合土地利用总体规划，不涉及永久基本农田。")
    P(doc, "上述事实有现场勘测笔录及勘测定界图、现场照片、询问笔录、身份证复印件、土地利用现状图及规划图、村委会证明等证据证实。")
    P(doc, f"我局于2022年3月8日向你送达了《行政处罚告知书》（{NO_GZ}），你在规定期限内未提出陈述、申辩，未申请听证。")
    P(doc, "你的行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定，属非法占用土地。鉴于你配合调查、如实陈述，占地面积较小，未占用永久基本农田，"
           "依法从轻处罚。依据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第五十七条的规定，我局决定：")
    P(doc, f"一、责令退还非法占用的{AREA}平方米土地；")
    P(doc, "二、限你于收到本决定书之日起十五日内拆除在非法占用的土地上新建的养殖棚，恢复土地原状；")
    P(doc, f"三、处以罚款人民币{daxie(FINE)}（¥{FINE:,.2f}），按每平方米150元计算。")
    P(doc, "罚款应于收到本决定书之日起十五日内缴至钟祥市非税收入汇缴结算户（湖北钟祥农村商业银行营业部）。逾期不缴纳的，"
           "依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。")
    P(doc, "如不服本决定，可以在收到本决定书之日起六十日内向钟祥市人民政府或者荆门市自然资源和规划局申请行政复议，也可以在六个月内向钟祥市人民法院提起行政诉讼。")
    P(doc, "钟祥市自然资源和规划局", align="r")
    R(doc, "钟祥市自然资源和规划局（印章）")
    P(doc, "2022年3月21日", align="r")
    T(doc, [["送达回证", f"送达文书：行政处罚决定书（{NO_JD}）；送达方式：直接送达；送达地点：{ADDR}；"
                          "受送达人签名：张国华　2022年3月22日；送达人：彭志勇　熊艳"]])
    dockit.page_break(doc)
    P(doc, "钟祥市自然资源和规划局", align="c", bold=True, size=16)
    P(doc, "履行行政处罚决定催告书", align="c", bold=True, size=18)
    P(doc, "钟自然资规催〔2022〕3号", align="c")
    P(doc, f"{PARTY}：", indent=False)
    P(doc, f"我局于2022年3月21日作出《行政处罚决定书》（{NO_JD}），并于2022年3月22日送达你本人。你至今未缴纳罚款。根据《中华人民共和国行政处罚法》"
           "第七十二条、《中华人民共和国行政强制法》第三十五条、第四十五条的规定，自2022年4月7日起至2022年5月14日止，你逾期缴纳罚款共38日，"
           f"每日按罚款数额的百分之三加处罚款，应加处罚款{daxie(EXTRA)}（¥{EXTRA:,.2f}）。")
    P(doc, f"现催告你于收到本催告书之日起十日内缴纳罚款{FINE:,.2f}元及加处罚款{EXTRA:,.2f}元，合计{FINE + EXTRA:,.2f}元。你有权进行陈述和申辩。"
           "逾期仍不履行的，我局将依法申请人民法院强制执行。")
    P(doc, "钟祥市自然资源和规划局", align="r")
    R(doc, "钟祥市自然资源和规划局（印章）")
    P(doc, "2022年5月16日", align="r")
    T(doc, [["送达回证", "送达文书：履行行政处罚决定催告书（钟自然资规催〔2022〕3号）；送达方式：直接送达；受送达人签名：张国华　2022年5月17日；送达人：彭志勇　熊艳"]])
    dockit.page_break(doc)
    P(doc, "湖北省非税收入一般缴款书（执收单位留存联）", align="c", bold=True, size=14)
    T(doc, [["缴款人", PARTY, "执收单位", AG], ["收入项目", "罚没收入（罚款）", "金额", f"{FINE:,.2f}"],
            ["收入项目", "罚没收入（加处罚款）", "金额", f"{EXTRA:,.2f}"],
            ["合计（大写）", daxie(FINE + EXTRA), "合计（小写）", f"¥{FINE + EXTRA:,.2f}"],
            ["缴款日期", "2022年5月27日", "依据", NO_JD]])
    dockit.page_break(doc)
    P(doc, "复查记录", align="c", bold=True, size=16)
    P(doc, "2022年5月20日，执法人员彭志勇（42088120015）、熊艳（42088120032）到现场复查，养殖棚已全部拆除，已复耕。当事人签名：张国华。", indent=False)
    dockit.page_break(doc)
    P(doc, "结案审批表", align="c", bold=True, size=16)
    T(doc, [["当事人", PARTY], ["决定书文号", NO_JD], ["执行情况", f"养殖棚已于2022年5月20日前拆除，土地已复耕；2022年5月27日缴纳罚款{FINE:.0f}元及加处罚款{EXTRA:.2f}元，合计{FINE + EXTRA:.2f}元。"],
            ["承办人意见", "建议结案。彭志勇　熊艳　2022年6月6日"], ["局领导审批", "同意结案。胡振华　2022年6月8日"]])
    dockit.new_section(doc, "")
    P(doc, "卷内备考表", align="c", bold=True, size=16)
    T(doc, [["说明", "本卷现场照片12张、勘测定界图1份及执法记录仪视频另行存档。"], ["立卷人", "熊艳　2022年6月10日"], ["检查人", "杨建军　2022年6月13日"]])
    doc.core_properties.author = "zxzrzy"
    doc.core_properties.created = datetime.datetime(2022, 6, 13)
    dockit.save_fixed(doc, os.path.join(OUT, CASE_ID + ".docx"), (2022, 6, 13, 9, 0, 0))
    label = {
        "case_id": CASE_ID, "codes": ["LAW-02", "EVID-01", "EXEC-02"], "encoding": None,
        "notes": ("One DOCX (sections with own headers, tables, VML text boxes marking the seal). LAW-02: the 决定书 (and 告知书) cite "
                  "《中华人民共和国土地管理法实施条例》第五十七条 without the 款; the article has two 款 in the 2021 text and the facts fall "
                  "under 第一款 (the 调查报告 does name 第五十七条第一款). EVID-01: the 询问笔录 of 2022-01-25 records neither that the officers "
                  "showed their certificates nor that the party was told of the right to apply for 回避 (the 现场勘测笔录 does record 出示证件). "
                  f"EXEC-02: the 催告书 (2022-05-16) adds 加处罚款 of {EXTRA:.2f} yuan for 38 days overdue (3%/day), which exceeds the fine "
                  f"{FINE:.0f} (行政强制法 第四十五条, 行政处罚法 第七十二条: capped at the fine); the party paid fine + this amount "
                  "(voucher matches the 催告书, so no EXEC-01). Lawful: fine 486.5 m2 x 150 = 72975 within 100-1000/m2, 从轻 stated; "
                  "法制审核 and 集体讨论 before the notice; notice offers hearing; decision 60 days after 立案; 2022 remedy clause "
                  "(钟祥市人民政府 or 荆门市自然资源和规划局) correct pre-2024; area far below criminal thresholds."),
        "fields": {"agency": AG, "party": {"name": PARTY, "kind": "个人", "credit_code": None, "id_number": PID},
                   "penalty": {"fine_yuan": FINE, "procedure": "普通"},
                   "dates": {"filing": "2022-01-20", "notice": "2022-03-07", "decision": "2022-03-21",
                             "decision_served": "2022-03-22"},
                   "citations": [
                       {"law": "《中华人民共和国土地管理法》", "article": 44, "paragraph": 1, "item": None, "role": "violated"},
                       {"law": "《中华人民共和国土地管理法》", "article": 77, "paragraph": 1, "item": None, "role": "penalty"},
                       {"law": "《中华人民共和国土地管理法实施条例》", "article": 57, "paragraph": None, "item": None, "role": "penalty"}]},
    }
    return label, {"format": "docx"}
