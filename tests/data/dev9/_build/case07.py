"""Case 07 — 广东 东莞, 交通运输 (货运驾驶员无从业资格), 2024, 自然人, 简易程序 (当场处罚),
scanned-looking PDF: greyscale page images at 200 dpi, no text layer, grey seal rings.

Planted: PROC-10 (a 当场行政处罚决定书 fines a natural person 500元; 行政处罚法 第五十一条 allows at most 200元
on the spot — the 200–2000元 range of 道路运输条例 第六十四条 needs the ordinary procedure), DOC-02 (the remedy
clause of an on-the-spot decision dated 2024-06-18 says the party may apply for 复议 *or sue directly*;
行政复议法(2023) 第二十三条第一款第（一）项、第二款 makes 复议 a precondition and requires the agency to say so).
"""

from common import Case, Doc, G, KV, L, P, PHOTO, R, SEAL, SIG, T, cn_num, id_number, money_upper

AG = "东莞市交通运输局"
PARTY = "韦俊杰"
PID = id_number("450821", "19910308", "175")
ADDR = "广西壮族自治区平南县大安镇新华村六队12号"
VEH = "粤S·6K2M8"
OWNER_CO = "东莞市顺航物流有限公司"
O1, O1N = "黄志明", "44190023156"
O2, O2N = "邓颖", "44190023208"
FINE = 500
DEC_NO = "东交简罚〔2024〕2356号"
PLACE = "东莞市麻涌镇港口大道与新沙路交叉口"

DATES = {"violation": "2024-06-18", "decision": "2024-06-18", "decision_served": "2024-06-18",
         "record": "2024-06-19", "payment": "2024-06-20"}


def H(title):
    return [T(AG), T(title)]


def build():
    docs = []
    docs.append(Doc("现场检查（询问）笔录", [H("现场检查（询问）笔录") + [
        KV(("时间", "2024年6月18日10时20分至10时45分"),
           ("地点", PLACE),
           ("执法人员", f"{O1}（执法证号{O1N}）、{O2}（执法证号{O2N}）"),
           ("被检查（询问）人", f"{PARTY}，男，1991年3月8日出生，身份证号码{PID}"),
           ("车辆", f"{VEH}重型厢式货车，总质量18000千克，所有人{OWNER_CO}")),
        L("问：我们是东莞市交通运输局执法人员，这是我们的执法证件。现依法对你驾驶的车辆进行检查，"
          "你有如实回答的义务，也有申请回避的权利，是否申请回避？"),
        L("答：不申请。"),
        L("问：请出示驾驶证、行驶证、道路运输证和道路运输从业人员从业资格证。"),
        L("答：驾驶证、行驶证、道路运输证都有，从业资格证我没有考。"),
        L("问：这车是做什么的？"),
        L("答：公司的车，从新沙港拉电器配件去长安镇，我是公司雇的司机，开了两个月。"),
        L("问：以上记录是否属实？"),
        L("答：属实。"),
        P("执法人员经全国道路运输从业人员信息系统查询，未查到韦俊杰的从业资格信息。检查全程使用执法记录仪"
          "（编号DGJT-0871）记录。"),
        SIG("被检查人签名：韦俊杰  2024年6月18日", f"执法人员签名：{O1}  {O2}"),
    ]], date="2024.6.18", fname="现场检查询问笔录"))

    docs.append(Doc("证据材料", [H("证据材料") + [
        G(["序号", "名称", "证明内容"], [
            ["1", "韦俊杰机动车驾驶证复印件（A2）", "驾驶人身份及准驾车型"],
            ["2", f"{VEH}机动车行驶证复印件", "车辆总质量18000千克"],
            ["3", f"{VEH}道路运输证复印件（粤交运管东字441900317702号）", "车辆从事道路货物运输经营"],
            ["4", "全国道路运输从业人员信息系统查询截图", "韦俊杰无从业资格证"],
        ], [4, 30, 20]),
        P("以上复印件经核对与原件一致，由当事人签名确认。"),
        SIG("当事人签名：韦俊杰", f"核对人：{O1}  {O2}  2024年6月18日"),
    ]], date="2024.6.18", fname="证据材料"))

    docs.append(Doc("现场照片", [H("现场照片") + [
        PHOTO(f"照片1：{VEH}车辆正面及号牌。拍摄人：邓颖  时间：2024年6月18日10时22分"),
        PHOTO("照片2：驾驶人韦俊杰及其出示的驾驶证。拍摄人：邓颖  时间：2024年6月18日10时26分"),
    ]], date="2024.6.18", fname="现场照片"))

    docs.append(Doc("当场行政处罚决定书", [H("当场行政处罚决定书") + [
        R(f"编号：{DEC_NO}"),
        KV(("当事人", f"{PARTY}    性别：男    出生日期：1991年3月8日"),
           ("身份证号码", PID),
           ("住址", ADDR),
           ("车辆号牌", VEH),
           ("违法时间", "2024年6月18日10时20分"),
           ("违法地点", PLACE),
           ("违法事实", f"当事人未取得道路运输从业人员从业资格证，驾驶总质量18000千克的{VEH}重型厢式货车从事道路货物运输经营。"),
           ("处罚依据", "违反了《道路运输条例》第二十二条第（三）项的规定，依据《道路运输条例》第六十四条、"
                    "《中华人民共和国行政处罚法》第五十一条、第五十二条第一款的规定"),
           ("处罚决定", f"责令改正，罚款人民币{money_upper(FINE)}（¥{FINE:.2f}）"),
           ("履行方式和期限", "自收到本决定书之日起十五日内，通过“粤省事”或广东省非税收入缴款平台缴纳罚款。"
                         "逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
           ("救济途径", "如不服本决定，可以在收到本决定书之日起六十日内向东莞市人民政府申请行政复议，"
                     "或者在六个月内直接向东莞市第一人民法院提起行政诉讼。")),
        SIG(f"执法人员签名：{O1}（{O1N}）  {O2}（{O2N}）", "当事人签名：韦俊杰  2024年6月18日10时48分"),
        SEAL(AG, "2024年6月18日"),
    ]], docno=DEC_NO, date="2024.6.18", fname="当场行政处罚决定书"))

    docs.append(Doc("送达回证", [H("送达回证") + [
        KV(("送达文书", f"当场行政处罚决定书（{DEC_NO}）"),
           ("受送达人", PARTY),
           ("送达地点", PLACE),
           ("送达方式", "当场交付"),
           ("受送达人签名", "韦俊杰  2024年6月18日"),
           ("送达人", f"{O1}  {O2}"),
           ("备注", "执法记录仪DGJT-0871同步录像")),
    ]], date="2024.6.18", fname="送达回证"))

    docs.append(Doc("罚款缴纳凭证", [[
        T("广东省非税收入电子缴款凭证"),
        KV(("缴款码", "4419002406188823561"),
           ("缴款人", PARTY),
           ("缴款时间", "2024-06-20 16:37:05"),
           ("执收单位", AG),
           ("项目", "交通运输罚没收入"),
           ("金额", f"¥{FINE:.2f}（{money_upper(FINE)}）"),
           ("决定书编号", DEC_NO)),
    ]], date="2024.6.20", anchor="非税收入电子缴款凭证", fname="缴款凭证"))

    docs.append(Doc("当场处罚决定备案表", [H("当场行政处罚决定备案表") + [
        KV(("决定书编号", DEC_NO),
           ("当事人", f"{PARTY}（身份证号码{PID}）"),
           ("违法行为", "未取得从业资格证驾驶道路货物运输经营车辆"),
           ("处罚内容", f"责令改正，罚款{FINE}元"),
           ("执法人员", f"{O1}  {O2}"),
           ("备案时间", "2024年6月19日"),
           ("审核人意见", "已备案。执法支队二大队  叶国强  2024年6月19日")),
    ]], date="2024.6.19", anchor="当场行政处罚决定备案表", fname="备案表"))

    docs.append(Doc("备考表", [[
        T("备考表"),
        P(f"本卷共{cn_num(len(docs))}件。执法记录仪视频（DGJT-0871，2024年6月18日10时18分至10时52分）已上传执法记录仪管理系统。"),
        SIG("立卷人：邓颖", "检查人：叶国强", "2024年6月24日"),
    ]], toc=False, fname="备考表"))

    case = Case(case_id="dev9_07_广东_交通运输", fmt="pdf-image", numbering="all", agency=AG, docs=docs,
                toc_header=["序号", "文件名称", "编号", "日期", "页号", "备注"], toc_widths=[5, 30, 22, 12, 8, 6])
    case.label = label()
    return case


def label():
    return {
        "codes": ["DOC-02", "PROC-10"],
        "notes": ("PROC-10: the 当场行政处罚决定书 (page 5) fines a natural person 500元 on the spot; 行政处罚法(2021) 第五十一条 "
                  "allows at most 200元 for a citizen, so the 200–2000元 range of 道路运输条例 第六十四条 could not be applied "
                  "by 简易程序 at 500元. DOC-02: the same decision's remedy clause reads '六十日内向东莞市人民政府申请行政复议，"
                  "或者在六个月内直接向东莞市第一人民法院提起行政诉讼' — for a decision made on the spot after 2024-01-01, "
                  "复议 is a precondition (行政复议法(2023) 第二十三条第一款第（一）项) and the agency must tell the party so "
                  "(第二款); the 复议机关 (东莞市人民政府) and the periods are otherwise right. Officers (two, with 证号), "
                  "certificates shown, 回避 told, recording referenced, decision handed over and signed, 备案 next day, "
                  "payment 2024-06-20. Scanned volume: no text layer; seals are grey rings."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "个人", "credit_code": None, "id_number": PID},
            "penalty": {"fine_yuan": FINE, "procedure": "简易"},
            "dates": {"filing": None, "notice": None, "decision": DATES["decision"],
                      "decision_served": DATES["decision_served"]},
            "citations": [
                {"law": "《中华人民共和国道路运输条例》", "article": 22, "paragraph": None, "item": 3, "role": "violated"},
                {"law": "《中华人民共和国道路运输条例》", "article": 64, "paragraph": None, "item": None, "role": "penalty"},
            ],
        },
        "dates_all": DATES,
    }
