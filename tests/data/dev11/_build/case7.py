"""Case 7 — 湖北 荆州 公安县 农业农村 (农药经营者不执行采购、销售台账制度), 2025, 个体工商户, UTF-8 text with \\f pages.
Planted: LAW-05 (fine 25000 above the 2万 ceiling of 农药管理条例 第五十八条); PROC-03 (立案 2025-03-04, 决定 2025-06-20 = 108 days,
no extension in the file); EXEC-02 (加处罚款 32250 = 3% × 43 days × 25000, more than the fine itself)."""
import datetime as dt
from lib import Doc, fd, uscc, id_number, daxie
from common import songda, beikao

CASE_ID = "dev11_07_hb_pesticide_txt"
AG = "公安县农业农村局"
PARTY = "公安县绿丰农资经营部"
CC = uscc("92", "421022", "MA4F7D9L")
OPER = "刘春华"
IDN = id_number("421022", "19710908", "426")
ADDR = "湖北省荆州市公安县斗湖堤镇油江路218号"
O1, C1 = "熊德勇", "鄂农执421022-0315"
O2, C2 = "易思琪", "鄂农执421022-0329"
NO = "公农（农药）罚〔2025〕7号"
NO_G = "公农（农药）告〔2025〕7号"
NO_Z = "公农（农药）责改〔2025〕3号"
NO_C = "公农（农药）催〔2025〕2号"
FINE = 25000
DT = dict(check="2025-02-18", filing="2025-03-04", inspect="2025-03-04", ask="2025-03-06", report="2025-04-29",
          legal="2025-05-20", discuss="2025-05-27", notice="2025-05-29", notice_served="2025-05-30", plea="2025-06-04",
          decision="2025-06-20", decision_served="2025-06-23", due="2025-07-08", urge="2025-07-25",
          payment="2025-08-20", publish="2025-06-27", closing="2025-08-27")
OVERDUE = (dt.date.fromisoformat(DT["payment"]) - dt.date.fromisoformat(DT["due"])).days   # 43
SURCHARGE = FINE * 3 * OVERDUE // 100   # 32250, charged by the file (should be capped at 25000)


def build():
    docs = []
    d = Doc("责令改正通知书", number=NO_Z, date=fd(DT["check"]))
    d.h(AG).h("责令改正通知书").r(NO_Z)
    d.p(f"{PARTY}（经营者：{OPER}）：")
    d.p("本局执法人员于2025年2月18日对你经营部进行检查，发现你经营部经营农药未建立农药采购台账和销售台账，违反了《农药管理条例》第二十七条第一款、第二款的规定。")
    d.p("根据《农药管理条例》第五十八条的规定，责令你经营部于2025年2月28日前改正：建立农药采购台账、销售台账，如实记录农药名称、许可证明文件编号、规格、数量、生产企业、供货人、购买人及日期等内容。逾期不改正的，本局将依法处理。")
    d.r(AG).seal().r(fd(DT["check"]))
    d.r(f"当事人签收：{OPER}　2025年2月18日")
    docs.append(d)

    d = Doc("立案审批表", date=fd(DT["filing"]))
    d.h("立案审批表")
    d.t([["案件来源", "责令改正后复查"],
         ["当事人", f"{PARTY}（个体工商户）　统一社会信用代码：{CC}"],
         ["经营者", f"{OPER}　身份证号：{IDN}"],
         ["经营场所", ADDR],
         ["案情摘要", f"2025年2月18日检查发现当事人未建立农药采购、销售台账，当日送达{NO_Z}责令改正通知书，限期2月28日前改正。3月4日复查，当事人仍未建立台账，涉嫌拒不改正。"],
         ["承办人", f"{O1}（{C1}）　{O2}（{C2}）"],
         ["执法大队意见", "建议立案。　谭卫国　2025年3月4日"],
         ["负责人审批意见", "同意立案。　邓明华　2025年3月4日"]])
    docs.append(d)

    d = Doc("现场检查笔录", date=fd(DT["inspect"]))
    d.h("现场检查（勘验）笔录")
    d.t([["检查时间", "2025年3月4日9时00分至9时50分"],
         ["检查地点", ADDR],
         ["当事人", f"{PARTY}　经营者{OPER}"],
         ["执法人员", f"{O1}（执法证号{C1}）、{O2}（执法证号{C2}）"]])
    d.p("执法人员出示执法证件，告知当事人申请回避的权利，当事人不申请回避。执法记录仪（GAN-ZF-12）全程录像。")
    d.p("检查情况：当事人持有农药经营许可证（农药经许（鄂）42102220017号），店内陈列草甘膦、吡虫啉、阿维菌素等农药制剂37个品种。当事人仍不能提供农药采购台账和销售台账，只有部分供货商送货单散放于抽屉内。经询问，2月18日至今购进农药2批、销售约140笔，均无台账记录。")
    d.r(f"当事人签名：{OPER}　2025年3月4日")
    d.r(f"执法人员签名：{O1}　{O2}")
    docs.append(d)

    d = Doc("询问笔录", date=fd(DT["ask"]))
    d.h("询问笔录")
    d.t([["时间", "2025年3月6日9时30分至10时20分"],
         ["地点", "公安县农业综合执法大队询问室"],
         ["询问人", f"{O1}（{C1}）"],
         ["记录人", f"{O2}（{C2}）"],
         ["被询问人", f"{OPER}（{PARTY}经营者）　身份证号：{IDN}"]])
    d.p("问：我们是公安县农业农村局执法人员，这是我们的执法证件。你有申请回避的权利，是否申请回避？")
    d.p("答：不申请。")
    d.p("问：2月18日我局送达责令改正通知书后，你为什么没有建立台账？")
    d.p("答：开春生意忙，一个人看店，觉得麻烦，就没弄。")
    d.p("问：你经营农药多长时间了？以前有没有台账？")
    d.p("答：2021年开始经营，一直没有正规台账，只留了一些送货单。")
    d.p("问：以上记录是否属实？")
    d.p("答：我看过了，属实。")
    d.r(f"被询问人签名：{OPER}　2025年3月6日")
    d.r(f"询问人：{O1}　记录人：{O2}")
    docs.append(d)

    d = Doc("案件调查终结报告", kind="调查终结报告", date=fd(DT["report"]))
    d.h("案件调查终结报告")
    d.p(f"当事人：{PARTY}，个体工商户，统一社会信用代码{CC}，经营者{OPER}，经营场所{ADDR}。")
    d.p(f"违法事实：当事人经营农药未建立农药采购台账、销售台账。2025年2月18日本局责令其于2月28日前改正，3月4日复查仍未改正，期间购进农药2批、销售约140笔均无记录。")
    d.p("证据：责令改正通知书及签收记录、现场检查笔录、询问笔录、农药经营许可证复印件、现场照片5张。")
    d.p("定性及处罚依据：违反《农药管理条例》第二十七条第一款、第二款，依据《农药管理条例》第五十八条第（一）项，拒不改正的，处2000元以上2万元以下罚款。")
    d.p(f"裁量理由：当事人经责令改正后拒不改正，经营以来长期未建台账，情节较重，建议从重处罚，罚款{FINE}元。")
    d.r(f"承办人：{O1}　{O2}　2025年4月29日")
    docs.append(d)

    d = Doc("法制审核意见书", kind="法制审核意见", date=fd(DT["legal"]))
    d.h("法制审核意见书")
    d.t([["案件名称", f"{PARTY}不执行农药采购台账、销售台账制度案"],
         ["审核意见", "事实清楚，证据充分，程序合法，同意从重处罚的意见，报局集体讨论。"],
         ["审核人", "黄晓蕾（法律职业资格A20174210220087）　2025年5月20日"]])
    docs.append(d)

    d = Doc("案件集体讨论记录", kind="集体讨论记录", date=fd(DT["discuss"]))
    d.h("案件集体讨论记录")
    d.t([["时间", "2025年5月27日"], ["主持人", "邓明华"], ["参加人", "邓明华、彭建新、戴玉梅、谭卫国、黄晓蕾"], ["记录人", "罗静"]])
    d.p(f"讨论结论：同意对当事人罚款{FINE}元，依法送达行政处罚事先告知书。")
    d.r("参加人签名：邓明华　彭建新　戴玉梅　谭卫国　黄晓蕾")
    docs.append(d)

    d = Doc("行政处罚事先告知书", number=NO_G, date=fd(DT["notice"]))
    d.h(AG).h("行政处罚事先告知书").r(NO_G)
    d.p(f"{PARTY}（经营者：{OPER}）：")
    d.p(f"经调查，你经营部经营农药未建立农药采购台账、销售台账，经本局责令改正后拒不改正，违反了《农药管理条例》第二十七条第一款、第二款的规定。依据《农药管理条例》第五十八条第（一）项的规定，本局拟对你经营部作出罚款人民币{daxie(FINE)}（{FINE}元）的行政处罚。")
    d.p("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你经营部可在收到本告知书之日起五个工作日内提出陈述、申辩，并有权要求听证。逾期未提出的，视为放弃。")
    d.r(AG).seal().r(fd(DT["notice"]))
    docs.append(d)
    docs.append(songda(AG, "行政处罚事先告知书", NO_G, PARTY, ADDR, "直接送达", OPER, DT["notice_served"], [O1, O2]))

    d = Doc("陈述申辩笔录", date=fd(DT["plea"]))
    d.h("陈述申辩笔录")
    d.t([["时间", "2025年6月4日10时"], ["地点", "公安县农业综合执法大队"],
         ["陈述申辩人", OPER], ["承办人", f"{O1}（{C1}）、{O2}（{C2}）"]])
    d.p("陈述申辩意见：已于5月中旬建立了台账，请求从轻处罚。不要求听证。")
    d.p("复核意见：当事人在立案两个多月后才补建台账，拒不改正的事实成立，维持原拟处罚意见。")
    d.r(f"陈述申辩人签名：{OPER}　2025年6月4日")
    d.r(f"承办人签名：{O1}　{O2}")
    docs.append(d)

    d = Doc("行政处罚决定书", number=NO, date=fd(DT["decision"]))
    d.h(AG).h("行政处罚决定书").r(NO)
    d.p(f"当事人：{PARTY}　统一社会信用代码：{CC}　经营者：{OPER}　身份证号：{IDN}　经营场所：{ADDR}")
    d.p(f"经查，你经营部经营农药未建立农药采购台账、销售台账。本局于2025年2月18日以{NO_Z}责令你经营部于2月28日前改正，2025年3月4日复查时你经营部仍未改正，其间购进农药2批、销售约140笔均无记录。以上事实有责令改正通知书及签收记录、现场检查笔录、询问笔录、现场照片等证据证实。")
    d.p("你经营部的行为违反了《农药管理条例》第二十七条第一款、第二款的规定。你经营部提出的陈述申辩意见经复核不予采纳。鉴于你经营部经责令改正后拒不改正，长期未建立台账，情节较重，依据《农药管理条例》第五十八条第（一）项的规定，从重作出如下处罚：")
    d.p(f"罚款人民币{daxie(FINE)}（小写：{FINE}元）。")
    d.p("你经营部应当自收到本决定书之日起十五日内，通过湖北省非税收入缴款平台或到指定银行缴纳罚款。逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。")
    d.p("如不服本决定，可以在收到本决定书之日起六十日内向公安县人民政府申请行政复议，也可以在六个月内向公安县人民法院提起行政诉讼。")
    d.r(AG).seal().r(fd(DT["decision"]))
    docs.append(d)
    docs.append(songda(AG, "行政处罚决定书", NO, PARTY, ADDR, "直接送达", OPER, DT["decision_served"], [O1, O2]))

    d = Doc("催告书", number=NO_C, date=fd(DT["urge"]))
    d.h(AG).h("催告书").r(NO_C)
    d.p(f"{PARTY}（经营者：{OPER}）：")
    d.p(f"本局于2025年6月20日作出{NO}行政处罚决定，罚款{FINE}元，你经营部于2025年6月23日收到决定书，应于2025年7月8日前缴纳，至今未缴纳。自2025年7月9日起，每日按罚款数额的百分之三加处罚款。请你经营部于收到本催告书之日起十日内履行缴纳义务；你经营部有权进行陈述和申辩。逾期仍不履行的，本局将依法申请人民法院强制执行。")
    d.r(AG).seal().r(fd(DT["urge"]))
    d.r(f"当事人签收：{OPER}　2025年7月25日")
    docs.append(d)

    d = Doc("湖北省非税收入一般缴款书", kind="缴款凭证", date=fd(DT["payment"]))
    d.h("湖北省非税收入一般缴款书（电子）")
    d.t([["缴款人", PARTY], ["执收单位", AG], ["缴款日期", DT["payment"]],
         ["项目一：罚款", f"{FINE:.2f}元"],
         ["项目二：加处罚款", f"{SURCHARGE:.2f}元（逾期{OVERDUE}日×3%×{FINE}元）"],
         ["合计", f"{FINE + SURCHARGE:.2f}元（{daxie(FINE + SURCHARGE)}）"]])
    docs.append(d)

    d = Doc("结案审批表", date=fd(DT["closing"]))
    d.h("结案审批表")
    d.t([["案件名称", f"{PARTY}不执行农药采购台账、销售台账制度案"],
         ["立案日期", "2025年3月4日"], ["决定日期", "2025年6月20日"],
         ["处罚内容", f"罚款{FINE}元（{NO}）"],
         ["执行情况", f"当事人逾期{OVERDUE}日，于2025年8月20日缴纳罚款{FINE}元、加处罚款{SURCHARGE}元，合计{FINE + SURCHARGE}元；台账已于2025年5月建立。处罚信息已于2025年6月27日在公安县人民政府门户网站公示。"],
         ["承办人意见", f"执行完毕，建议结案。{O1}　{O2}　2025年8月27日"],
         ["负责人审批意见", "同意结案。邓明华　2025年8月27日"]])
    docs.append(d)
    docs.append(beikao(["本卷文书15份。执法记录仪视频（2025年3月4日）已上传湖北省行政执法监督平台。"], O2, "2025-08-29", "谭卫国"))

    label = dict(
        codes=["EXEC-02", "LAW-05", "PROC-03"], encoding="utf-8",
        notes=("LAW-05: the cited penalty provision 农药管理条例 第五十八条第（一）项 allows 2000–20000 元 (plus revocation of the licence) for "
               "拒不改正或者情节严重; the 告知书 and 决定书 impose 25000 元, above the ceiling; 从重 does not permit exceeding the maximum and no 加重 ground exists. "
               "PROC-03: 立案 2025-03-04, 决定书 2025-06-20 = 108 days; the file holds no extension approval (农业行政处罚程序规定 and 行政处罚法 第六十条: 90 days). "
               "EXEC-02: the party paid 43 days late (due 2025-07-08, paid 2025-08-20); the voucher and 结案审批表 charge 加处罚款 32250 = 3% × 43 × 25000, "
               "more than the fine itself (cap = 25000, 行政处罚法 第七十二条, 行政强制法 第四十五条). The voucher equals fine + surcharge as charged, so EXEC-01 is not claimed. "
               "Not defects: the 告知书 served Friday 2025-05-30 gave 五个工作日, which with the Dragon Boat holiday (05-31..06-02) ran to 06-09; "
               "the 责令改正通知书 before 立案 is the normal first step for 拒不改正."),
        fields=dict(agency=AG, party=dict(name=PARTY, kind="个体工商户", credit_code=CC, id_number=IDN),
                    penalty=dict(fine_yuan=FINE, procedure="普通"),
                    dates=dict(filing=DT["filing"], notice=DT["notice"], decision=DT["decision"],
                               decision_served=DT["decision_served"]),
                    citations=[dict(law="《农药管理条例》", article=27, paragraph=1, item=None, role="violated"),
                               dict(law="《农药管理条例》", article=27, paragraph=2, item=None, role="violated"),
                               dict(law="《农药管理条例》", article=58, paragraph=None, item=1, role="penalty")]))
    facts = dict(dates=DT, credit_codes=[CC], id_numbers=[IDN], serve_limit_wd=7, plea_wd=5,
                 planted_days_over_90=True, surcharge=(FINE, OVERDUE, SURCHARGE))
    return dict(case_id=CASE_ID, fmt="txt", encoding="utf-8", docs=docs, label=label, facts=facts,
                toc_header=["公安县农业农村局行政执法案卷", "案卷编号：GAN-NY-2025-007　保管期限：永久"])
