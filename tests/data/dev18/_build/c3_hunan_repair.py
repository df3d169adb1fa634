"""Case 03: 湖南 长沙县 2023, 交通运输/机动车维修 (擅自改装机动车). Folder of JPG phone photos of the key documents."""
from common import OUT, credit_code, id_number
from render import Page, as_photo

CASE_ID = "03_湖南长沙县_机动车维修_锐驰汽车"
CC = credit_code("91430121MA4T2NW8" + "5")
AG = "长沙县交通运输局"
PARTY = "长沙县锐驰汽车维修服务有限公司"
LR = "彭志勇"
FINE = 25000
ILLEGAL = 8600  # as stated in the file
NO_FILE = "长县交立〔2023〕46号"
NO_NOTICE = "长县交罚告〔2023〕71号"
NO_DEC = "长县交罚〔2023〕71号"
NO_ON_RECEIPT = "长县交罚〔2023〕17号"
O1 = ("欧阳斌", "43012123015")
O2 = ("谢芳", "43012123027")
D = dict(inspect="2023-03-30", filing="2023-04-04", notice="2023-05-16", notice_served="2023-05-16",
         decision="2023-05-29", served="2023-05-30")
ADDR = "湖南省长沙县星沙街道开元东路***号"
CARS = [("湘A·7K2M5", "2023年2月14日", 2600), ("湘A·Q8R61", "2023年2月27日", 2600), ("湘A·3D9H0", "2023年3月9日", 2400)]


def pages():
    P = []
    p = Page(dpi=150, seed=31)
    p.title("长沙县交通运输局").title("立案审批表", 22)
    p.text(f"编号：{NO_FILE}", 11, align="right")
    p.table([["案件来源", "长沙县公安局交通警察大队移送线索（2023年3月28日）"],
             ["案　　由", "涉嫌擅自改装机动车"],
             ["当 事 人", f"{PARTY}　法定代表人：{LR}"],
             ["统一社会信用代码", CC],
             ["地　　址", ADDR],
             ["案情摘要", "2023年3月30日执法人员现场检查发现，该公司为3辆轻型厢式货车加长、加高货厢，车辆外廓尺寸与行驶证登记不符，涉嫌违反《道路运输条例》第四十五条。"],
             ["承 办 人", f"{O1[0]}（执法证号{O1[1]}）　{O2[0]}（执法证号{O2[1]}）"],
             ["承办机构意见", "建议立案调查。{{刘志坚}}　{{2023.4.4}}"],
             ["法制审核意见", "符合立案条件。{{周岚}}　{{2023.4.4}}"],
             ["负责人审批意见", "{{同意立案}}　{{李卫国}}　{{2023年4月4日}}"]], [40, 126], pt=11)
    p.seal("长沙县交通运输局", cx_mm=150, dy_mm=-20)
    P.append(("01_立案审批表.jpg", p, 0.0))

    p = Page(dpi=150, seed=32)
    p.title("长沙县交通运输局").title("行政处罚事先告知书", 22)
    p.text(NO_NOTICE, 12, align="center")
    p.text(f"{PARTY}：", 12)
    p.text("经调查，你单位于2023年2月至3月间，未经批准擅自为湘A·7K2M5、湘A·Q8R61、湘A·3D9H0三辆轻型厢式货车加长、加高货厢，收取改装费用共计8600元。上述事实有现场检查笔录、询问笔录、维修记录、收款凭证、现场照片等证据证实。", 12, indent=True)
    p.text("你单位的行为违反了《道路运输条例》第四十五条的规定。依据《道路运输条例》第七十一条的规定，本局拟对你单位作出如下行政处罚：1．没收违法所得8600元；2．罚款人民币贰万伍仟元整（25000元）。", 12, indent=True)
    p.text("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位有权进行陈述、申辩，并可要求举行听证。你单位应当在收到本告知书之日起五个工作日内提出，逾期视为放弃上述权利。", 12, indent=True)
    p.text("联系人：欧阳斌　电话：0731-8401****", 12)
    p.gap(6).text("长沙县交通运输局", 12, align="right").seal("长沙县交通运输局", cx_mm=160, dy_mm=-4)
    p.text("2023年5月16日", 12, align="right")
    p.gap(8).text("- - - - - - - - - - - - - - 回　执 - - - - - - - - - - - - - -", 10, align="center")
    p.text(f"本单位已收到{NO_NOTICE}《行政处罚事先告知书》。", 11)
    p.text("签收人：{{彭志勇}}　　　　日期：{{2023.5.16}}", 11, x_mm=90)
    P.append(("02_行政处罚事先告知书.jpg", p, 0.0))

    p = Page(dpi=150, seed=33)
    p.title("长沙县交通运输局").title("行政处罚决定书", 22)
    p.text(NO_DEC, 12, align="center")
    for t in [f"当事人：{PARTY}", f"统一社会信用代码：{CC}", f"法定代表人：{LR}", f"地址：{ADDR}"]:
        p.text(t, 12)
    p.text("本局于2023年3月30日对你单位进行检查，2023年4月4日立案调查。经查明：你单位未经批准，擅自对下列机动车进行改装（加长、加高货厢），改装后车辆外廓尺寸与机动车行驶证登记不符：", 12, indent=True)
    for plate, day, fee in CARS:
        p.text(f"　　{plate}，{day}改装，收取改装费{fee}元；", 12)
    p.text("你单位违法所得共计8600元。上述事实有现场检查笔录、询问笔录、维修登记台账、收款凭证、车辆照片、行驶证复印件等证据证实。", 12, indent=True)
    p.text("本局认为，你单位的行为违反了《道路运输条例》第四十五条“机动车维修经营者不得承修已报废的机动车，不得擅自改装机动车”的规定。", 12, indent=True)
    P.append(("03_行政处罚决定书_第1页.jpg", p, 0.0))

    p = Page(dpi=150, seed=34)
    p.text("本局于2023年5月16日向你单位送达了《行政处罚事先告知书》，你单位在规定期限内未提出陈述、申辩，未要求听证。鉴于你单位违法所得不足1万元，改装车辆3辆，未造成交通事故，检查后主动停止改装业务，综合考虑属较轻情形。依据《道路运输条例》第七十一条的规定，本局决定：", 12, indent=True)
    p.text("一、责令你单位改正违法行为；", 12)
    p.text("二、没收违法所得人民币捌仟陆佰元整（8600元）；", 12)
    p.text("三、罚款人民币贰万伍仟元整（25000元）。", 12)
    p.text("你单位应当自收到本决定书之日起十五日内，到长沙银行星沙支行或通过湖南省非税收入电子缴款平台缴纳罚没款（执收单位：长沙县交通运输局）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。", 12, indent=True)
    p.text("你单位如不服本决定，可以在收到本决定书之日起六十日内向长沙县人民政府或者长沙市交通运输局申请行政复议；也可以在六个月内依法向人民法院提起行政诉讼。", 12, indent=True)
    p.gap(10).text("长沙县交通运输局", 12, align="right").seal("长沙县交通运输局", cx_mm=160, dy_mm=-4)
    p.text("2023年5月29日", 12, align="right")
    P.append(("04_行政处罚决定书_第2页.jpg", p, 1.6))

    p = Page(dpi=150, seed=35)
    p.title("长沙县交通运输局").title("送达回证", 22)
    p.table([["送达文书名称", "行政处罚决定书"],
             ["文　　号", NO_ON_RECEIPT],
             ["受送达人", PARTY],
             ["送达地点", ADDR],
             ["送达方式", "直接送达"],
             ["受送达人签名（盖章）", "{{彭志勇}}　　{{2023年5月30日}}"],
             ["送 达 人", "{{欧阳斌}}　{{谢芳}}"],
             ["备　　注", ""]], [48, 118], pt=12, min_h_mm=14)
    P.append(("05_送达回证.jpg", p, 0.0))
    return P


def build() -> dict:
    folder = OUT / CASE_ID
    folder.mkdir(exist_ok=True)
    for i, (name, page, blur) in enumerate(pages()):
        img = as_photo(page.img, seed=300 + i, blur=blur)
        img.save(folder / name, "JPEG", quality=52, optimize=True)
    true_sum = sum(f for _, _, f in CARS)
    return {
        "case_id": CASE_ID,
        "codes": ["EVID-03", "SERV-03"],
        "encoding": None,
        "notes": ("Phone photos of the key documents only (立案审批表, 事先告知书 with its receipt slip, 决定书 two pages, 决定书 送达回证); the rest of the volume was not photographed, so absent documents are not labelled. Photo 04 (决定书 page 2) is slightly blurred. "
                  "EVID-03: 03_行政处罚决定书_第1页.jpg itemises three conversions at 2600 + 2600 + 2400 = 7600 元 but states 违法所得共计8600元; the 告知书 and the 没收 item on page 2 repeat 8600. "
                  "SERV-03: 05_送达回证.jpg names 行政处罚决定书 with 文号 长县交罚〔2023〕17号, while the decision is 长县交罚〔2023〕71号 (digits transposed). "
                  "Not defects: fine 25000 is inside 第七十一条's 2万–5万 (no 违法所得 or under 1万) with reasons; the decision (2023-05-29) follows the 5-working-day window from 2023-05-16 (ended 05-23); served next day; 复议 to 长沙县人民政府 or 长沙市交通运输局 is right for 2023."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": CC, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": D["filing"], "notice": D["notice"], "decision": D["decision"], "decision_served": D["served"]},
            "citations": [
                {"law": "《道路运输条例》", "article": 45, "paragraph": None, "item": None, "role": "violated"},
                {"law": "《道路运输条例》", "article": 71, "paragraph": None, "item": None, "role": "penalty"},
            ],
        },
        "_checks": [
            ("ne", true_sum, ILLEGAL),
            ("eq", true_sum, 7600),
            ("working_days_eq", D["notice_served"], "2023-05-23", 5),
            ("before", "2023-05-23", D["decision"]),
            ("working_days_max", D["decision"], D["served"], 7),
            ("days_max", D["filing"], D["decision"], 90),
            ("images", CASE_ID, 5),
        ],
    }
