"""dev26_08: 西安市体育局, 未经许可经营高危险性体育项目（游泳） (体育法 105/116), 2025-2026.  CLEAN case.
One OFD file (GB/T 33190 layout: OFD.xml, Doc_0/Document.xml, per-page Content.xml, seal images as resources)."""
from lib import (Cell as Cl, Flow, d_cn, d_std, make_credit_code, make_id, ofd_write, upper_amount, wd_between,
                 days_between)

CASE = "dev26_08"
AG = "西安市体育局"
PARTY = "西安澜舟体育文化有限公司"
CODE = make_credit_code("91", "610113", "MAB3QW6E")
LEGAL = "任嘉禾"
ADDR = "西安市雁塔区科技路西段218号B座负一层"
O1, C1 = "贺明轩", "陕A261307"
O2, C2 = "朱琳", "陕A261522"
HOST = "王卓然"
FINE, GAIN, FINE_PROPOSED = 120000, 38600, 150000
NO_ORDER = "市体责关〔2025〕第0031号"
NO_FILE = "市体立〔2025〕第0087号"
NO_NOTICE = "市体罚告〔2025〕第0087号"
NO_HEAR = "市体听通〔2026〕第0004号"
NO_DEC = "市体罚决〔2026〕第0087号"
NO_INST = "市体分缴〔2026〕第0002号"
D = dict(inspect="2025-11-20", order_deadline="2025-11-30", recheck="2025-12-01", filing="2025-12-02",
         inquiry="2025-12-05", report="2025-12-19", review1="2025-12-24", notice="2025-12-29",
         notice_served="2025-12-30", hear_req="2026-01-07", hear_notice="2026-01-09", hearing="2026-01-21",
         hear_report="2026-01-23", review2="2026-01-28", discuss="2026-02-03", decision="2026-02-06",
         mailed="2026-02-09", served="2026-02-24", inst_apply="2026-02-27", inst_ok="2026-03-03",
         paid1="2026-03-10", paid2="2026-04-28", closing="2026-05-06")


def make_flow(ranges=None):
    d = D
    f = Flow(size=11.5, lead=1.85, ml=27, mr=25)

    f.start_doc("封面", numbered=False)
    f.gap(25)
    f.title("西安市体育局", 22)
    f.title("行政处罚案卷", 26, after=18)
    f.table([["案件名称", f"{PARTY}未经许可经营高危险性体育项目案"], ["决定书文号", NO_DEC],
             ["立案日期", "2025年12月2日"], ["结案日期", "2026年5月6日"], ["保管期限", "永久"],
             ["案卷编号", "XATY-2025-087"]], [30, 110], size=12.5, min_h=11)
    f.end_doc()

    f.start_doc("卷内目录", numbered=False)
    f.title("卷内目录", 20)
    names = ["责令限期关闭通知书", "现场检查笔录", "复查笔录", "立案审批表", "询问笔录", "送达地址确认书", "案件调查终结报告",
             "法制审核意见书（告知前）", "行政处罚事先（听证）告知书及送达回证", "听证申请书", "听证通知书及送达回证",
             "听证笔录", "听证报告", "法制审核意见书（听证后）", "重大案件集体讨论记录", "行政处罚决定书",
             "送达回证及邮件签收记录", "分期缴纳罚款申请书", "分期缴纳罚款批准书", "缴款凭证（两期）", "结案审批表"]
    rows = [[Cl("序号", align="center"), Cl("题名", align="center"), Cl("页号", align="center")]]
    for i, n in enumerate(names):
        rows.append([Cl(str(i + 1), align="center"), n, Cl(ranges[i] if ranges else "", align="center")])
    f.table(rows, [14, 110, 22], size=10.5, min_h=8)
    f.end_doc()

    f.start_doc("责令限期关闭通知书")
    f.title("西安市体育局", 16, after=0)
    f.title("责令限期关闭通知书", 20, after=1)
    f.right(NO_ORDER, pad=0)
    f.left(f"{PARTY}：")
    f.para("经查，你单位在西安市雁塔区科技路西段218号B座负一层经营室内恒温游泳馆，游泳属于高危险性体育项目，你单位未取得高危险性体育项目经营许可。"
           "你单位的行为违反了《中华人民共和国体育法》第一百零五条第一款的规定。")
    f.para("依据《中华人民共和国体育法》第一百一十六条第一款的规定，责令你单位于2025年11月30日前关闭该游泳项目经营场所。逾期未关闭的，本局将依法予以处罚。")
    f.gap(8)
    f.right(AG)
    f.seal(AG, dy=-9, seed=81)
    f.right("2025年11月20日")
    f.gap(4)
    f.runs([("当事人签收：", "body"), (LEGAL, "hw"), ("　2025.11.20", "hw")])
    f.end_doc()

    f.start_doc("现场检查笔录")
    f.title("现场检查笔录", 20)
    f.left("检查时间：2025年11月20日15时00分至16时10分")
    f.left(f"检查地点：{ADDR}")
    f.left(f"被检查单位：{PARTY}　在场人：{LEGAL}（法定代表人）")
    f.left(f"执法人员：{O1}（执法证号{C1}）　{O2}（执法证号{C2}）")
    f.para(f"执法人员出示执法证件，告知检查事由及当事人申请回避的权利，{LEGAL}表示不申请回避。")
    f.para("现场情况：场所内设25米×12米室内恒温游泳池1座，正在营业，池内有游泳者11人，前台张贴“单次票45元、20次卡680元”价目表，"
           "现场有救生员2名。当事人未能出示高危险性体育项目经营许可证。执法人员全程使用执法记录仪记录（设备编号XATY-ZF-012），并当场送达责令限期关闭通知书。")
    f.runs([("被检查人签名：", "body"), (LEGAL, "hw"), ("　执法人员签名：", "body"), (f"{O1}　{O2}", "hw")])
    f.end_doc()

    f.start_doc("复查笔录")
    f.title("复查笔录", 20)
    f.left("复查时间：2025年12月1日10时20分至10时55分")
    f.left(f"复查地点：{ADDR}")
    f.left(f"执法人员：{O1}（执法证号{C1}）　{O2}（执法证号{C2}）")
    f.para(f"执法人员出示执法证件并告知回避权利后进行复查。复查情况：该游泳馆仍在营业，池内有游泳者6人，前台仍在办理次卡。当事人逾期未关闭。")
    f.runs([("被检查人签名：", "body"), (LEGAL, "hw"), ("　执法人员签名：", "body"), (f"{O1}　{O2}", "hw")])
    f.end_doc()

    f.start_doc("立案审批表")
    f.title("立案审批表", 20)
    f.right(NO_FILE, pad=0)
    f.table([["案件来源", "检查发现（复查逾期未关闭）"], ["当事人", f"{PARTY}\n统一社会信用代码：{CODE}"],
             ["法定代表人", LEGAL], ["案由", "未经许可经营高危险性体育项目，逾期未关闭"],
             ["承办人意见", f"建议立案，承办人{O1}、{O2}。　2025年12月2日"],
             ["负责人审批", "同意立案。　李文涛　2025年12月2日"]], [30, 116], size=11, min_h=10)
    f.end_doc()

    f.start_doc("询问笔录")
    f.title("询问笔录", 20)
    f.left("时间：2025年12月5日9时30分至10时50分　地点：西安市体育局执法监督科")
    f.left(f"询问人：{O1}（{C1}）　记录人：{O2}（{C2}）")
    f.left(f"被询问人：{LEGAL}　男　身份证号：{make_id('610113', '19870214', '035')}　职务：法定代表人")
    for q in ["问：我们是西安市体育局执法人员（出示证件）。你有申请回避的权利，是否申请？", "答：不申请。",
              "问：游泳馆何时开业？是否取得许可？", "答：2025年10月18日开业，高危险性体育项目经营许可还在准备材料，没有取得。",
              "问：收到责令限期关闭通知书后为什么没有关闭？", "答：会员次卡已经卖出去了，怕会员闹，想拖到拿证，12月3日已经全部停业。",
              "问：开业以来收入多少？", "答：从10月18日到12月1日，单次票和次卡收入共3.86万元，有收银系统流水。",
              "问：以上记录是否属实？", "答：属实。"]:
        f.para(q, indent=0)
    f.runs([("被询问人签名：", "body"), (LEGAL, "hw"), ("　询问人：", "body"), (O1, "hw"), ("　记录人：", "body"), (O2, "hw")])
    f.end_doc()

    f.start_doc("送达地址确认书")
    f.title("送达地址确认书", 20)
    f.table([["受送达人", PARTY], ["送达地址", ADDR + "（邮编710065）"], ["收件人及电话", f"{LEGAL}　186****3071"],
             ["是否同意邮寄送达", "同意以中国邮政EMS邮寄送达，以签收日期为送达日期"],
             ["受送达人确认", "本人已知悉送达地址确认的法律后果，确认以上地址真实有效。\n任嘉禾　2025年12月5日"]],
            [36, 110], size=11, min_h=11)
    f.end_doc()

    f.start_doc("案件调查终结报告")
    f.title("案件调查终结报告", 20)
    for t in [f"当事人：{PARTY}，统一社会信用代码{CODE}，住所{ADDR}，法定代表人{LEGAL}。",
              "违法事实：当事人自2025年10月18日起在上述地址经营室内恒温游泳馆，未取得高危险性体育项目经营许可。2025年11月20日本局责令其于11月30日前关闭，"
              "2025年12月1日复查时当事人仍在经营，逾期未关闭。2025年10月18日至12月1日经营收入3.86万元，为违法所得。",
              "证据：现场检查笔录、复查笔录、责令限期关闭通知书及签收、询问笔录、收银系统流水、营业执照复印件、执法记录仪视频。",
              "定性及依据：违反《中华人民共和国体育法》第一百零五条第一款，依据第一百一十六条第一款处罚。",
              "裁量意见：逾期未关闭11日，接待游泳者约860人次，属一般情形，建议没收违法所得3.86万元，并处罚款15万元。",
              f"承办人：{O1}　{O2}　2025年12月19日"]:
        f.para(t, indent=0)
    f.end_doc()

    f.start_doc("法制审核意见书")
    f.title("法制审核意见书", 20)
    f.table([["审核事项", "告知前法制审核"], ["审核意见", "主体合法，事实清楚，证据充分，依据正确，程序合法，裁量适当。同意按程序告知，告知书应载明听证权利。"],
             ["审核人", "郑雅楠（法律职业资格A20196101042318）　2025年12月24日"]], [30, 116], size=11, min_h=11)
    f.end_doc()

    f.start_doc("行政处罚事先（听证）告知书")
    f.title("西安市体育局", 16, after=0)
    f.title("行政处罚事先（听证）告知书", 20, after=1)
    f.right(NO_NOTICE, pad=0)
    f.left(f"{PARTY}：")
    f.para("经查，你单位未取得高危险性体育项目经营许可，自2025年10月18日起经营室内恒温游泳馆，经本局责令限期关闭后逾期未关闭，违法所得3.86万元。")
    f.para("你单位的行为违反了《中华人民共和国体育法》第一百零五条第一款的规定。依据《中华人民共和国体育法》第一百一十六条第一款的规定，本局拟对你单位作出如下行政处罚："
           "没收违法所得3.86万元，并处罚款15万元。")
    f.para("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位可以在收到本告知书之日起五个工作日内提出陈述、申辩，"
           "有权要求举行听证；要求听证的，应当在收到本告知书之日起五个工作日内书面提出。逾期视为放弃。")
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=82)
    f.right("2025年12月29日")
    f.gap(3)
    f.table([["送达回证", "行政处罚事先（听证）告知书（" + NO_NOTICE + "）　送达方式：直接送达　送达地点：当事人住所"],
             ["受送达人签收", Cl("任嘉禾　2025.12.30", font="hw")], ["送达人", Cl(f"{O1}　{O2}", font="hw")]], [30, 116],
            size=10.5, min_h=9)
    f.end_doc()

    f.start_doc("听证申请书")
    f.title("听证申请书", 18)
    f.para("西安市体育局：", indent=0, font="hw")
    f.para(f"我单位收到贵局{NO_NOTICE}告知书，对拟罚款15万元有异议，现申请听证。", font="hw")
    f.right(f"申请单位：{PARTY}（盖章）", font="hw")
    f.right("法定代表人：任嘉禾　2026年1月7日", font="hw")
    f.seal(PARTY, dy=-12, seed=83, r=17)
    f.end_doc()

    f.start_doc("听证通知书")
    f.title("西安市体育局", 16, after=0)
    f.title("听证通知书", 20, after=1)
    f.right(NO_HEAR, pad=0)
    f.left(f"{PARTY}：")
    f.para(f"根据你单位的申请，本局定于2026年1月21日9时30分在西安市体育局三楼听证室举行听证会，主持人{HOST}（法规科），听证员胡蕾，记录员马骁。"
           "你单位可委托一至二人代理参加，应携带身份证明、授权委托书和有关证据材料。无正当理由不到场的，视为放弃听证。")
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=84)
    f.right("2026年1月9日")
    f.table([["送达回证", f"听证通知书（{NO_HEAR}）　直接送达"], ["受送达人签收", Cl("任嘉禾　2026.1.9", font="hw")],
             ["送达人", Cl(f"{O1}　{O2}", font="hw")]], [30, 116], size=10.5, min_h=9)
    f.end_doc()

    f.start_doc("听证笔录")
    f.title("听证笔录", 20)
    f.left("时间：2026年1月21日9时30分至11时05分　地点：西安市体育局三楼听证室")
    f.left(f"主持人：{HOST}　听证员：胡蕾　记录员：马骁")
    f.left(f"案件调查人员：{O1}、{O2}　当事人：{PARTY}，法定代表人{LEGAL}、委托代理人律师宋嘉（陕西某律师事务所）")
    for t in ["主持人宣布听证纪律，核对身份，告知申请回避的权利，当事人不申请回避。",
              "调查人员陈述违法事实、证据和处罚建议。",
              "当事人陈述申辩：对违法事实无异议；已于2025年12月3日停业并拆除入口闸机，12月10日已向本局提交许可申请；已向36名次卡会员退还余额共1.12万元，有退款凭证；请求从轻处罚。",
              "质证：调查人员对退款凭证真实性无异议。",
              "最后陈述：当事人请求从轻处罚。",
              "以上笔录经当事人及代理人核对无误。"]:
        f.para(t, indent=0)
    f.runs([("当事人签名：", "body"), (f"{LEGAL}　宋嘉", "hw"), ("　主持人：", "body"), (HOST, "hw"), ("　记录员：", "body"), ("马骁", "hw")])
    f.end_doc()

    f.start_doc("听证报告")
    f.title("听证报告", 20)
    f.para("听证认为：违法事实清楚，证据确凿。当事人停业、申请许可及退还会员余额的情节属实，可以作为从轻处罚的情节考虑。建议没收违法所得3.86万元，罚款调整为12万元。", indent=0)
    f.right(f"主持人：{HOST}　2026年1月23日")
    f.end_doc()

    f.start_doc("法制审核意见书")
    f.title("法制审核意见书（听证后）", 18)
    f.table([["审核事项", "经听证程序案件的法制审核"], ["审核意见", "听证程序合法，采纳听证报告意见，罚款调整为12万元在法定幅度内，裁量理由充分，同意。"],
             ["审核人", "郑雅楠　2026年1月28日"]], [30, 116], size=11, min_h=11)
    f.end_doc()

    f.start_doc("重大案件集体讨论记录")
    f.title("重大案件集体讨论记录", 20)
    f.left("时间：2026年2月3日14时30分　地点：局党组会议室")
    f.left("主持人：李文涛（局长）　出席：李文涛、孙宏、周静、赵立军、郑雅楠　列席：贺明轩　记录：朱琳")
    f.para("讨论意见：一致同意听证报告及法制审核意见，决定没收违法所得3.86万元，并处罚款12万元。", indent=0)
    f.runs([("出席人签名：", "body"), ("李文涛　孙宏　周静　赵立军　郑雅楠", "hw")])
    f.end_doc()

    f.start_doc("行政处罚决定书")
    f.title("西安市体育局", 16, after=0)
    f.title("行政处罚决定书", 20, after=1)
    f.right(NO_DEC, pad=0)
    f.left(f"当事人：{PARTY}")
    f.left(f"统一社会信用代码：{CODE}")
    f.left(f"住所：{ADDR}　法定代表人：{LEGAL}")
    for t in ["当事人自2025年10月18日起，在西安市雁塔区科技路西段218号B座负一层经营室内恒温游泳馆（游泳属于高危险性体育项目），未取得高危险性体育项目经营许可。"
              "本局于2025年11月20日责令当事人于2025年11月30日前关闭，2025年12月1日复查时当事人仍在经营，逾期未关闭。当事人2025年10月18日至12月1日经营收入3.86万元。",
              "上述事实有现场检查笔录、复查笔录、责令限期关闭通知书、询问笔录、收银系统流水、执法记录仪视频等证据证明。",
              f"本局于2025年12月29日作出《行政处罚事先（听证）告知书》（{NO_NOTICE}），2025年12月30日送达。当事人于2026年1月7日申请听证，本局于2026年1月21日举行听证。"
              "当事人提出已停业、已申请许可、已退还会员余额等申辩意见，经查属实，本局予以采纳，对其从轻处罚。",
              "本局认为，当事人的行为违反了《中华人民共和国体育法》第一百零五条第一款的规定。依据《中华人民共和国体育法》第一百一十六条第一款的规定，本局决定：",
              "一、没收违法所得3.86万元（人民币叁万捌仟陆佰元整）；",
              "二、罚款12万元（人民币壹拾贰万元整）。",
              "当事人应当自收到本决定书之日起十五日内，通过陕西省非税收入收缴系统或到中国建设银行西安各营业网点缴纳罚没款。逾期不缴纳罚款的，"
              "本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定每日按罚款数额的百分之三加处罚款。",
              "如不服本决定，可以自收到本决定书之日起六十日内向西安市人民政府申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。"]:
        f.para(t)
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=85)
    f.right(d_cn(d["decision"]))
    f.end_doc()

    f.start_doc("送达回证")
    f.title("送达回证", 20)
    f.table([["送达文书", f"行政处罚决定书（{NO_DEC}）"], ["受送达人", PARTY], ["送达地址", ADDR],
             ["送达方式", "邮寄送达（依当事人2025年12月5日送达地址确认书）"], ["邮件号", "1162 5530 7128 9"],
             ["交寄日期", "2026-02-09"], ["签收日期", "2026-02-24（收件人：任嘉禾）"], ["送达人", Cl(f"{O1}　{O2}", font="hw")]],
            [30, 116], size=11, min_h=9.5)
    f.para("附：EMS邮件全程跟踪记录打印件——2026-02-09 16:20 西安雁塔揽收；2026-02-13 投递未成功（单位春节放假）；2026-02-24 10:42 妥投，本人签收。", indent=0, size=10)
    f.end_doc()

    f.start_doc("分期缴纳罚款申请书")
    f.title("分期缴纳罚款申请书", 18)
    f.para("西安市体育局：", indent=0, font="hw")
    f.para("我单位停业后资金周转困难，申请将罚款12万元分两期缴纳：第一期6万元连同没收违法所得3.86万元于2026年3月11日前缴纳，第二期6万元于2026年4月30日前缴纳。附财务报表。", font="hw")
    f.right(f"{PARTY}　任嘉禾　2026年2月27日", font="hw")
    f.end_doc()

    f.start_doc("分期缴纳罚款批准书")
    f.title("西安市体育局", 16, after=0)
    f.title("分期缴纳罚款批准书", 20, after=1)
    f.right(NO_INST, pad=0)
    f.left(f"{PARTY}：")
    f.para("你单位提出分期缴纳罚款的申请收悉。经审查，你单位确有经济困难，依据《中华人民共和国行政处罚法》第六十六条第二款的规定，同意你单位分两期缴纳罚款："
           "第一期罚款6万元及没收违法所得3.86万元，于2026年3月11日前缴纳；第二期罚款6万元，于2026年4月30日前缴纳。逾期未缴纳的，本局将依法加处罚款。")
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=86)
    f.right("2026年3月3日")
    f.end_doc()

    f.start_doc("缴款凭证")
    f.title("陕西省非税收入缴款书（电子）", 14)
    f.table([["缴款人", PARTY, "缴款日期", "2026-03-10"], ["项目", "罚款6万元（第一期）；没收违法所得3.86万元", "金额", "98,600.00"],
             ["大写", Cl(upper_amount(98600), span=3)]], [20, 70, 20, 36], size=10.5, min_h=9)
    f.gap(6)
    f.table([["缴款人", PARTY, "缴款日期", "2026-04-28"], ["项目", "罚款（第二期）", "金额", "60,000.00"],
             ["大写", Cl(upper_amount(60000), span=3)]], [20, 70, 20, 36], size=10.5, min_h=9)
    f.end_doc()

    f.start_doc("结案审批表")
    f.title("结案审批表", 20)
    f.table([["当事人", PARTY], ["处罚决定", f"{NO_DEC}：没收违法所得3.86万元，罚款12万元"],
             ["执行情况", f"经批准（{NO_INST}）分两期缴纳：2026年3月10日缴纳98,600元，2026年4月28日缴纳60,000元，罚没款已全部缴清；当事人已于2026年4月取得高危险性体育项目经营许可。"],
             ["承办人意见", f"建议结案。{O1}　{O2}　2026年5月6日"], ["负责人审批", "同意。李文涛　2026年5月6日"]], [30, 116], size=11, min_h=10)
    f.end_doc()

    def footer(fl, p):
        if p.number is not None:
            s = f"- {p.number} -"
            p.text((fl.w - len(s) * 2.2) / 2, fl.h - 13, 10.5, s, "body")
    f.footer = footer
    f.finish()
    return f


def build(out_dir):
    d = D
    f0 = make_flow()
    body = [x for x in f0.docs if x[0] not in ("封面", "卷内目录")]
    ranges = []
    for _, a, b in body:
        na, nb = f0.pages[a].number, f0.pages[b].number
        ranges.append(f"{na}-{nb}" if na != nb else str(na))
    f = make_flow(ranges)
    assert len(ranges) == 21, len(ranges)
    ofd_write(f"{out_dir}/{CASE}.ofd", f.pages, f"{AG}行政处罚案卷{NO_DEC}", "a8c1f0e26d3b4f59b0c2d7e4a9013587",
              "2026-05-08", AG)
    assert wd_between(d["notice_served"], d["hear_req"]) == 5
    assert wd_between(d["hear_notice"], d["hearing"]) >= 7
    assert wd_between(d["decision"], d["served"]) == 7
    assert days_between(d["filing"], d["decision"]) <= 90
    label = {
        "case_id": CASE,
        "codes": [],
        "encoding": None,
        "notes": (
            "CLEAN. Traps, all lawful: (1) hearing requested 2026-01-07, eight calendar days after the notice was served "
            "(2025-12-30) but exactly the 5th working day (01-01..01-03 holiday, Sunday 01-04 a 调休 workday); "
            "(2) 听证通知 served 2026-01-09 for a hearing on 2026-01-21 = 8 working days' notice (>=7); host 王卓然 from 法规科 is "
            "not an investigator; (3) fine lowered from the notice's 15万 to 12万 after the hearing, reasons stated - lower, not "
            "heavier, so no PROC-08 and no DOC-07; (4) 决定书 2026-02-06 mailed per a signed 送达地址确认书, EMS signed 2026-02-24: "
            "18 calendar days but 7 working days (Sat 02-14 is a 调休 workday, 02-15..02-23 Spring Festival); (5) fine paid in two "
            "instalments approved in writing under 行政处罚法第六十六条第二款 (98,600 = 60,000+38,600 on 03-10, 60,000 on 04-28; "
            "total fine 120,000) - no 加处罚款 due; (6) 法制审核 both before the notice and after the hearing (Art 58(二)), "
            "集体讨论 before the decision; (7) 复议 to 西安市人民政府 as required from 2024; (8) 66 days from 立案 to decision; "
            "(9) amounts in 万元 with decimals (3.86万元) alongside capitals; officer certificates with letters (陕A261307); "
            "文号 with 第 and leading zeros; 落款 date in Chinese numerals. Two-step structure: 责令限期关闭 first, fine only "
            "after the 2025-11-30 deadline passed (体育法第一百一十六条第一款)."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": CODE, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"], "decision_served": d["served"]},
            "citations": [
                {"law": "《中华人民共和国体育法》", "article": 105, "paragraph": 1, "item": None, "role": "violated"},
                {"law": "《中华人民共和国体育法》", "article": 116, "paragraph": 1, "item": None, "role": "penalty"}]},
    }
    check = {"file": f"{CASE}.ofd", "kind": "ofd", "pages": len(f.pages),
             "must_contain": [PARTY, CODE, NO_DEC, NO_NOTICE, "二〇二六年二月六日", "2026-02-24", "3.86万元", "12万元",
                              "第一百一十六条第一款", "西安市人民政府申请行政复议", "陕A261307"],
             "day_checks": [("wd_between", d["notice_served"], d["hear_req"], 5),
                            ("wd_between", d["decision"], d["served"], 7),
                            ("days_le", d["filing"], d["decision"], 90)]}
    return label, check
