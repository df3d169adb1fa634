# -*- coding: utf-8 -*-
"""Case E: 北京 2020 住建 建筑施工安全 (使用未经验收的塔式起重机) — one DOCX, forms as tab-aligned labels.
Planted: LAW-05 (fine 80,000 under 第六十五条 whose floor is 10万, no 减轻 ground), PROC-05 (decision 2 days after
service of a 告知书 that gave 三日)."""
from lib import D, ar_date, cn_date, daxie, make_credit, make_id, workdays_after

AG = "北京市通州区住房和城乡建设委员会"
PARTY = "北京恒筑建设工程有限公司"
CC = make_credit("91", "110106", "MA01K8T4")
LR = "孔繁荣"
PM = "邵俊杰"
PM_ID = make_id("110106", "19800714", "055")
ADDR = "北京市丰台区南四环西路186号四区7号楼5层"
SITE = "北京市通州区潞城镇“潞苑嘉园”住宅项目3#楼施工现场"
NO_ZG = "京通住建责改〔2020〕0156号"
NO_GZ = "京通住建罚告〔2020〕0087号"
NO_CF = "京通住建罚字〔2020〕0087号"
O1, C1 = "李志强", "11011220156"
O2, C2 = "吴婷", "11011220189"
FINE = 80000

d_jc = D("2020-07-21"); d_zg_end = D("2020-07-28"); d_fc = D("2020-07-30"); d_la = D("2020-07-31")
d_xc = D("2020-08-03"); d_xw = D("2020-08-05"); d_zj = D("2020-08-25"); d_fz = D("2020-09-08")
d_gz = D("2020-09-11"); d_gz_sd = D("2020-09-14"); d_jt = D("2020-09-15"); d_cf = D("2020-09-16")
d_cf_sd = D("2020-09-17"); d_pay = D("2020-09-29"); d_ja = D("2020-10-12")


def build():
    docs = []
    docs.append(dict(title="责令限期改正通知书及复查记录", no=NO_ZG, date=d_fc, lines=[
        f"{AG}", "责令限期改正通知书", NO_ZG, "",
        f"{PARTY}：",
        f"{ar_date(d_jc)}，我委执法人员检查发现，你单位在{SITE}使用的QTZ80型塔式起重机（设备编号TC-3#）安装后未经验收即投入使用，"
        "违反了《建设工程安全生产管理条例》第三十五条第一款的规定。现责令你单位立即停止使用该塔式起重机，于"
        f"{ar_date(d_zg_end)}前组织验收。逾期未改正的，我委将依法处理。",
        f"{AG}（印章）\t{ar_date(d_jc)}",
        f"签收人：\t{PM}（项目经理）\t{ar_date(d_jc)}",
        "",
        "复查记录",
        f"复查时间：\t{ar_date(d_fc)}10时00分",
        f"复查人员：\t{O1}（执法证号{C1}）、{O2}（执法证号{C2}）",
        "复查情况：\t执法人员出示证件后进入现场复查，TC-3#塔式起重机仍在进行吊装作业，当事人未能提供验收记录及检验检测机构监督检验报告。",
        "复查结论：\t逾期未改正。",
        f"复查人员签名：\t{O1}　{O2}\t{ar_date(d_fc)}",
        f"被复查单位签名：\t{PM}\t{ar_date(d_fc)}",
    ]))
    docs.append(dict(title="立案审批表", no="", date=d_la, lines=[
        "行政处罚立案审批表", "",
        f"案件名称：\t{PARTY}使用未经验收的施工起重机械案",
        "案件来源：\t监督检查",
        f"当事人：\t{PARTY}",
        f"统一社会信用代码：\t{CC}",
        f"法定代表人：\t{LR}",
        f"住所：\t{ADDR}",
        f"违法地点：\t{SITE}",
        "案情摘要：\t当事人使用未经验收的塔式起重机，经责令限期改正，逾期未改正。",
        f"承办人意见：\t建议立案。\t{O1}　{O2}\t{ar_date(d_la)}",
        f"负责人审批：\t同意。\t钱立军\t{ar_date(d_la)}",
    ]))
    docs.append(dict(title="现场检查笔录", no="", date=d_xc, lines=[
        "现场检查（勘验）笔录", "",
        f"检查时间：\t{ar_date(d_xc)}9时00分至10时15分",
        f"检查地点：\t{SITE}",
        f"被检查单位：\t{PARTY}",
        f"现场负责人：\t{PM}\t职务：项目经理",
        f"检查人员：\t{O1}（执法证号{C1}）、{O2}（执法证号{C2}）",
        "记录人：\t" + O2,
        "告知：\t执法人员出示执法证件，告知检查事由和依据，告知被检查单位享有陈述、申辩和申请回避的权利。被检查单位：不申请回避。",
        "检查情况：\t3#楼东侧安装QTZ80型塔式起重机一台（产权单位：北京宏力起重设备租赁有限公司，设备备案编号京BT-T08713），"
        "于2020年7月10日安装完毕。现场未见施工总承包单位、分包单位、出租单位和安装单位共同验收的记录，未见检验检测机构监督检验报告，"
        "塔机司机操作日志显示2020年7月12日至7月30日每日均有吊装作业。执法人员对塔机、操作日志进行了拍照（照片5张）。",
        f"被检查单位意见：\t情况属实。\t{PM}\t{ar_date(d_xc)}",
        f"检查人员签名：\t{O1}　{O2}\t{ar_date(d_xc)}",
    ]))
    docs.append(dict(title="询问笔录", no="", date=d_xw, lines=[
        "询问笔录", "",
        f"询问时间：\t{ar_date(d_xw)}14时00分至15时20分",
        f"询问地点：\t{AG}执法队办公室",
        f"询问人：\t{O1}（执法证号{C1}）",
        f"记录人：\t{O2}（执法证号{C2}）",
        f"被询问人：\t{PM}\t性别：男\t出生日期：1980年7月14日",
        f"身份证号：\t{PM_ID}",
        f"工作单位：\t{PARTY}\t职务：潞苑嘉园项目经理",
        f"问：我们是{AG}的执法人员（出示执法证件），今天依法向你了解有关情况。如果你认为我们与本案有利害关系，可以申请回避。你是否申请回避？",
        "答：不申请。",
        "问：3#楼塔式起重机是什么时候安装的？",
        "答：7月8日开始安装，7月10日装完。",
        "问：安装后是否组织了验收？",
        "答：没有。当时主体结构赶工期，想着先用起来，检测机构排期要到7月底，就没等验收。",
        "问：7月21日我委责令你单位停止使用并限期验收，为什么7月30日复查时仍在使用？",
        "答：检测机构来不了，工期又紧，所以一直在用。8月1日已经停用了，检测机构定在8月10日来检验。",
        "[[PB]]",
        "问：使用期间是否发生过事故？",
        "答：没有发生事故。",
        "问：你还有什么补充？",
        "答：没有。",
        "被询问人意见：\t以上笔录我看过，与我说的相符。",
        f"被询问人签名：\t{PM}\t{ar_date(d_xw)}",
        f"询问人签名：\t{O1}\t记录人签名：{O2}",
    ]))
    docs.append(dict(title="证据材料", no="", date=d_xc, lines=[
        "证据材料清单", "",
        f"1．\t营业执照复印件（{PARTY}，统一社会信用代码{CC}），建筑业企业资质证书、安全生产许可证复印件",
        "2．\t施工总承包合同复印件（合同价款人民币1.86亿元）",
        "3．\t塔式起重机产权备案证明、安装告知记录复印件",
        "4．\t塔机司机操作日志复印件（2020年7月12日至7月30日）",
        f"5．\t现场照片5张（拍摄人{O2}，{ar_date(d_xc)}，数码相机；证明塔机安装位置、运行状态及操作日志）",
        f"6．\t责令限期改正通知书（{NO_ZG}）及复查记录",
        "7．\t现场检查（勘验）笔录、询问笔录",
        "8．\t2020年8月10日北京市某检验检测机构出具的塔式起重机监督检验报告复印件（结论：合格）",
    ]))
    docs.append(dict(title="案件调查终结报告", no="", date=d_zj, lines=[
        "案件调查终结报告", "",
        f"当事人：\t{PARTY}（统一社会信用代码{CC}）",
        f"调查经过：\t{ar_date(d_jc)}检查发现并责令限期改正；{ar_date(d_fc)}复查逾期未改正；{ar_date(d_la)}立案；"
        f"{ar_date(d_xc)}现场检查；{ar_date(d_xw)}询问项目经理。",
        "违法事实：\t当事人在潞苑嘉园项目3#楼使用未经验收的QTZ80型塔式起重机，自2020年7月12日起至7月31日持续使用；"
        "经责令限期改正，逾期未改正。2020年8月1日停用，8月10日经监督检验合格。",
        "法律依据：\t违反《建设工程安全生产管理条例》第三十五条第一款，依据第六十五条第（二）项，逾期未改正的，"
        "责令停业整顿，并处10万元以上30万元以下的罚款。",
        "处理意见：\t鉴于当事人已停用并经检验合格，未发生安全事故，酌情从轻处罚：责令停业整顿7日，罚款人民币8万元。",
        f"承办人：\t{O1}　{O2}\t{ar_date(d_zj)}",
    ]))
    docs.append(dict(title="法制审核意见", no="", date=d_fz, lines=[
        "重大行政执法决定法制审核意见书", "",
        f"审核事项：\t{PARTY}使用未经验收的施工起重机械案",
        "审核意见：\t主体合法，事实清楚，证据充分，程序合法，同意承办机构意见。",
        f"审核人：\t贺晓光\t{ar_date(d_fz)}",
        f"法制机构负责人：\t田野\t{ar_date(d_fz)}",
    ]))
    docs.append(dict(title="行政处罚事先告知书", no=NO_GZ, date=d_gz, lines=[
        f"{AG}", "行政处罚事先告知书", NO_GZ, "",
        f"{PARTY}：",
        f"经查，你单位在{SITE}使用未经验收的QTZ80型塔式起重机，经我委于{ar_date(d_jc)}责令限期改正，逾期未改正。"
        "你单位的行为违反了《建设工程安全生产管理条例》第三十五条第一款的规定。依据《建设工程安全生产管理条例》第六十五条第（二）项的规定，"
        f"我委拟对你单位作出责令停业整顿7日、罚款人民币{daxie(FINE)}的行政处罚。",
        "根据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条的规定，你单位有权进行陈述和申辩，并有权要求举行听证。"
        "你单位如要求陈述、申辩或听证，应当在收到本告知书之日起三日内向我委提出，逾期视为放弃。",
        f"联系人：\t{O1}\t电话：010-6954****",
        f"{AG}（印章）", cn_date(d_gz),
    ]))
    docs.append(dict(title="送达回证（事先告知书）", no="", date=d_gz_sd, lines=[
        "送达回证", "",
        f"送达文书：\t行政处罚事先告知书（{NO_GZ}）",
        f"受送达人：\t{PARTY}",
        f"送达地点：\t{ADDR}",
        "送达方式：\t直接送达",
        f"受送达人签收：\t{LR}（公司公章）\t{ar_date(d_gz_sd)}",
        f"送达人：\t{O1}　{O2}",
    ]))
    docs.append(dict(title="集体讨论记录", no="", date=d_jt, lines=[
        "重大案件集体讨论记录", "",
        f"时间：\t{ar_date(d_jt)}15时00分\t地点：委三层会议室",
        "主持人：\t钱立军（副主任）",
        "参加人：\t钱立军、邹海涛、田野、贺晓光",
        f"列席人：\t{O1}、{O2}（承办人）",
        f"记录人：\t{O2}",
        "讨论内容：\t承办人汇报案情及处理意见。",
        "邹海涛：\t事实清楚，当事人已停用并检验合格，同意从轻处罚。",
        "田野：\t同意承办人意见。",
        "贺晓光：\t同意。",
        f"结论：\t对{PARTY}责令停业整顿7日，罚款人民币8万元。",
        "参加人签名：\t钱立军　邹海涛　田野　贺晓光",
    ]))
    docs.append(dict(title="行政处罚决定书", no=NO_CF, date=d_cf, lines=[
        f"{AG}", "行政处罚决定书", NO_CF, "",
        f"当事人：\t{PARTY}",
        f"统一社会信用代码：\t{CC}",
        f"法定代表人：\t{LR}",
        f"住所：\t{ADDR}",
        f"{ar_date(d_jc)}，我委执法人员在{SITE}检查时发现，当事人使用的QTZ80型塔式起重机（设备编号TC-3#）安装后未经验收即投入使用，"
        f"我委当场责令其停止使用并于{ar_date(d_zg_end)}前组织验收。{ar_date(d_fc)}复查时，该塔式起重机仍在使用，当事人逾期未改正。"
        f"我委于{ar_date(d_la)}立案调查。",
        "经查明，当事人自2020年7月12日起至7月31日使用未经验收的塔式起重机进行吊装作业，2020年8月1日停用，8月10日经监督检验合格。",
        "以上事实有现场检查（勘验）笔录、询问笔录、塔机操作日志、现场照片、责令限期改正通知书及复查记录、检验报告等证据证明。",
        "我委认为，当事人的行为违反了《建设工程安全生产管理条例》第三十五条第一款的规定。鉴于当事人已停止使用并经检验合格，"
        "未发生安全事故，酌情从轻处罚。依据《建设工程安全生产管理条例》第六十五条第（二）项的规定，我委决定：",
        "一、责令当事人停业整顿7日（自收到本决定书之次日起计算）；",
        f"二、罚款人民币{daxie(FINE)}（￥{FINE:,}.00）。",
        "[[PB]]",
        "当事人应当自收到本决定书之日起十五日内，将罚款缴至北京银行通州支行（户名：北京市通州区财政局，账号：0109 0366 5001 2010 8826），"
        "逾期不缴纳的，我委将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定每日按罚款数额的百分之三加处罚款，并申请人民法院强制执行。",
        "当事人对本决定不服的，可以在收到本决定书之日起六十日内，向北京市通州区人民政府或者北京市住房和城乡建设委员会申请行政复议；"
        "也可以在收到本决定书之日起六个月内，依法向人民法院提起行政诉讼。",
        f"{AG}（印章）", cn_date(d_cf),
    ]))
    docs.append(dict(title="送达回证（决定书）", no="", date=d_cf_sd, lines=[
        "送达回证", "",
        f"送达文书：\t行政处罚决定书（{NO_CF}）",
        f"受送达人：\t{PARTY}",
        f"送达地点：\t{ADDR}",
        "送达方式：\t直接送达",
        f"受送达人签收：\t{LR}（公司公章）\t{ar_date(d_cf_sd)}",
        f"送达人：\t{O1}　{O2}",
    ]))
    docs.append(dict(title="罚款缴纳凭证", no="", date=d_pay, lines=[
        "北京市政府非税收入一般缴款书", "",
        f"缴款日期：\t{ar_date(d_pay)}",
        f"缴款人：\t{PARTY}",
        "收款人：\t北京市通州区财政局\t账号：0109 0366 5001 2010 8826",
        f"执收单位：\t{AG}",
        f"项目：\t罚没收入（{NO_CF}）",
        f"金额：\t{daxie(FINE)}\t￥{FINE:,}.00",
        "北京银行通州支行（收讫章）",
    ]))
    docs.append(dict(title="结案审批表", no="", date=d_ja, lines=[
        "行政处罚结案审批表", "",
        f"案件名称：\t{PARTY}使用未经验收的施工起重机械案",
        f"决定书文号：\t{NO_CF}",
        f"执行情况：\t罚款{FINE:,}元已于{ar_date(d_pay)}缴纳；停业整顿已于2020年9月25日期满，复查整改到位。",
        f"承办人意见：\t建议结案。\t{O1}　{O2}\t{ar_date(d_ja)}",
        f"负责人审批：\t同意。\t钱立军\t{ar_date(d_ja)}",
    ]))
    cover = {
        "案件名称": f"{PARTY}使用未经验收的施工起重机械案",
        "决定书文号": NO_CF, "当事人": PARTY, "办案机构": f"{AG}执法队",
        "立案日期": ar_date(d_la), "结案日期": ar_date(d_ja), "保管期限": "永久", "归档号": "2020087",
    }
    label = dict(
        codes=["LAW-05", "PROC-05"], encoding=None,
        fields=dict(agency=AG, party=dict(name=PARTY, kind="单位", credit_code=CC, id_number=None),
                    penalty=dict(fine_yuan=FINE, procedure="普通"),
                    dates=dict(filing=str(d_la), notice=str(d_gz), decision=str(d_cf), decision_served=str(d_cf_sd)),
                    citations=[
                        dict(law="《建设工程安全生产管理条例》", article=35, paragraph=1, item=None, role="violated"),
                        dict(law="《建设工程安全生产管理条例》", article=65, paragraph=None, item=2, role="penalty"),
                    ]),
        checks=dict(fine=FINE, floor=100000, ceiling=300000, day_counts={
            "notice_served_to_decision_days": [str(d_gz_sd), str(d_cf), (d_cf - d_gz_sd).days],
            "filing_to_decision_days": [str(d_la), str(d_cf), (d_cf - d_la).days]}),
        notes=("LAW-05: the 决定书 (page after the 集体讨论记录) imposes 罚款人民币捌万元整（￥80,000.00） under 《建设工程安全生产管理条例》"
               "第六十五条第（二）项, whose range is 10万元以上30万元以下; the file gives only '酌情从轻处罚' (停用、检验合格、未发生事故), "
               "and states no 减轻 ground (it calls the reduction 从轻, which cannot go below the floor; the 停用 came only after the 逾期 复查), "
               "so the fine lies below the statutory minimum. "
               "PROC-05: the 事先告知书 (served 2020-09-14, signed by the party) gives 三日 from receipt for 陈述、申辩、听证; the 集体讨论 was held "
               f"2020-09-15 and the 决定书 is dated 2020-09-16, {(d_cf - d_gz_sd).days} days after service, before the window closed, with no written waiver. "
               "Not defects: the 责令限期改正 and 复查 precede 立案 because 第六十五条 requires 逾期未改正; hearing right offered "
               "(停业整顿); 法制审核 and 集体讨论 present; 2017-numbering of 行政处罚法 correct for 2020; decision served next day."),
    )
    return dict(case_id="dev13_e_bj2020_jianzhu", fmt="docx_tabs", agency=AG, docs=docs, cover=cover, label=label)
