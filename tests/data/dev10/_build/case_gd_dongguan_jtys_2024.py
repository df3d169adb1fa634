"""Case 4 — 广东 东莞市交通运输局, 2024, 道路货运驾驶员未经考试合格驾驶经营车辆, 个人, 简易程序 (当场处罚).

Format: scanned-looking PDF of page images (no text layer). Planted: DOC-02 (on-the-spot decision dated after
2024-01-01 tells the party he may sue directly instead of stating 复议前置, 行政复议法 2023 第二十三条).
"""
from common import Case, Doc, T, P, C, R, TB, SEAL, BL, id_number, daxie
from forms import beikao

AG = "东莞市交通运输局"
NAME = "黄建新"
PID = id_number("360730", "1983-09-14", "517")
ADDR = "江西省宁都县梅江镇城北路37号"
PLATE = "粤S·D7M21"
O1, O1N = "梁志伟", "44190123018"
O2, O2N = "何俊杰", "44190123045"
N_DEC = "东交简罚〔2024〕1862号"
FINE = 200


def build():
    docs = []
    d = Doc("现场检查笔录", "现场检查笔录", date="2024-04-13")
    d.page(T("交通运输行政执法现场检查笔录"),
           TB([["检查时间", "2024年4月13日10时20分至10时48分"],
               ["检查地点", "东莞市虎门镇S358省道虎门段联合检查点"],
               ["被检查人", f"{NAME}　男　身份证号{PID}"],
               ["车辆", f"{PLATE}重型厢式货车（总质量18000千克）"],
               ["执法人员", f"{O1}（{O1N}）　{O2}（{O2N}）"]], [22, 78]),
           P("执法人员向被检查人出示执法证件，告知其有申请回避的权利，被检查人不申请回避。执法记录仪（编号DGJT-2217）全程记录。"),
           P(f"检查情况：该车装载家具从东莞市厚街镇运往深圳市宝安区，运单显示承运人为东莞市顺航物流有限公司，运费1350元。"
             f"驾驶人{NAME}出示机动车驾驶证（准驾车型A2），未能出示道路货物运输驾驶员从业资格证，经全国道路运输从业人员"
             "信息系统查询，未查询到其货运从业资格考试合格信息。"),
           P("被检查人意见：刚换工作，从业资格考试报了名还没考。"),
           P(f"被检查人签名：{NAME}　2024年4月13日"),
           P(f"执法人员签名：{O1}　{O2}　2024年4月13日"))
    docs.append(d)

    d = Doc("证据材料", "证据材料", date="2024-04-13")
    d.page(T("证据材料（照片及查询记录）"),
           TB([["序号", "证据", "说明"],
               ["1", "车辆外观照片", "显示号牌" + PLATE + "及厢体，2024年4月13日10时22分梁志伟拍摄"],
               ["2", "驾驶证照片", "驾驶人" + NAME + "，准驾车型A2"],
               ["3", "从业资格查询截图", "全国道路运输从业人员信息系统，查询结果：无"],
               ["4", "电子运单截图", "承运人东莞市顺航物流有限公司，起讫地东莞—深圳"]], [10, 30, 60]),
           P("以上照片、截图由执法人员现场拍摄、截取，经被检查人确认。"),
           P(f"被检查人确认：{NAME}　2024年4月13日"))
    docs.append(d)

    d = Doc("当场行政处罚决定书", "当场行政处罚决定书", date="2024-04-13", number=N_DEC)
    d.page(C(AG), T("当场行政处罚决定书"), R(N_DEC),
           TB([["当事人", NAME, "性别", "男"],
               ["身份证号", PID, "联系电话", "139****5826"],
               ["住址", ADDR, "车牌号", PLATE]], [16, 44, 14, 26]),
           P(f"违法事实：2024年4月13日10时20分，当事人在东莞市虎门镇S358省道虎门段驾驶{PLATE}重型厢式货车从事道路货物运输经营，"
             "未经设区的市级人民政府交通运输主管部门考试合格、未取得道路货物运输驾驶员从业资格证。"),
           P("上述行为违反了《中华人民共和国道路运输条例》第二十二条第（三）项的规定，依据《中华人民共和国道路运输条例》"
             f"第六十四条的规定，责令改正，并决定处以罚款人民币{daxie(FINE)}（￥{FINE}.00）。"),
           P("罚款缴纳方式：当事人应当自收到本决定书之日起十五日内，通过“粤省事”非税缴费或到广东省非税收入代收银行缴纳罚款。"
             "逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
           P("当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向东莞市人民政府申请行政复议，"
             "或者在六个月内直接向东莞市第一人民法院提起行政诉讼。"),
           P(f"执法人员签名：{O1}（执法证号{O1N}）　{O2}（执法证号{O2N}）"),
           P("处罚地点：东莞市虎门镇S358省道虎门段联合检查点"),
           SEAL(AG, "东莞市交通运输局"), R("2024年4月13日"),
           P(f"当事人签收：{NAME}　2024年4月13日10时45分（当场交付）"))
    docs.append(d)

    d = Doc("罚款缴纳凭证", "缴款凭证", date="2024-04-15")
    d.page(T("广东省非税收入（电子）票据（打印件）"),
           TB([["交款人", NAME], ["项目名称", "交通运输罚没收入"],
               ["金额（大写）", daxie(FINE)], ["金额（小写）", f"{FINE}.00"],
               ["执收单位", AG], ["缴款日期", "2024年4月15日"], ["票据号码", "44000124 0415 39027"]], [30, 70]),
           P("（当事人通过“粤省事”缴纳，非当场收缴）"))
    docs.append(d)

    d = Doc("当场行政处罚决定备案表", "备案表", date="2024-04-15")
    d.page(T("当场行政处罚决定备案表"),
           TB([["决定书编号", N_DEC], ["当事人", NAME], ["处罚内容", f"责令改正，罚款{FINE}元"],
               ["作出时间", "2024年4月13日"], ["执法人员", f"{O1}　{O2}"],
               ["执行情况", f"2024年4月15日缴纳罚款{FINE}元；处罚信息已于2024年4月17日在东莞市交通运输局网站公示"],
               ["备案意见", "已备案。　法制科：邓慧敏　2024年4月15日"]], [26, 74]),
           P("附：执法记录仪视频已上传执法记录仪管理系统（视频编号DGJT-2217-20240413-02）。"))
    docs.append(d)
    docs.append(beikao(["本卷为简易程序案件，当场处罚决定书当场交付当事人签收。"], O2, "邓慧敏", "2024年4月18日"))
    return Case("gd-dongguan-jtys-2024", "pdf-image", f"{NAME}未取得从业资格驾驶道路货运经营车辆案", AG, docs,
                toc_date_style="compact")


LABEL = {
    "codes": ["DOC-02"],
    "encoding": "pdf-image",
    "notes": ("DOC-02: the 当场行政处罚决定书 (page 4) is dated 2024-04-13, after 行政复议法 (2023) took effect, and says the party may "
              "apply for 复议 \"或者在六个月内直接向…人民法院提起行政诉讼\"; for an on-the-spot decision 复议 is a precondition "
              "(第二十三条第一款第（一）项) and the agency must tell him so (第二十三条第二款). The rest is lawful: 200 yuan on a natural "
              "person is inside the 简易程序 limit (≤200, 行政处罚法 第五十一条) and is the minimum of 道路运输条例 (2023) 第六十四条 "
              "(200–2000); the fine was paid through the e-payment channel two days later (not 当场收缴, which the >100 yuan amount "
              "would not allow); the decision was handed over on the spot and 备案 on 2024-04-15; the decision falls on a Saturday, "
              "which is lawful for on-road enforcement."),
    "fields": {
        "agency": AG,
        "party": {"name": NAME, "kind": "个人", "credit_code": None, "id_number": PID},
        "penalty": {"fine_yuan": FINE, "procedure": "简易"},
        "dates": {"filing": None, "notice": None, "decision": "2024-04-13", "decision_served": "2024-04-13"},
        "citations": [
            {"law": "《中华人民共和国道路运输条例》", "article": 22, "paragraph": None, "item": 3, "role": "violated"},
            {"law": "《中华人民共和国道路运输条例》", "article": 64, "paragraph": None, "item": None, "role": "penalty"},
        ],
    },
}

CHECKS = [
    ("le", FINE, 200),
    ("cal_days", "2024-01-01", "2024-04-13", ">", 0),
]
