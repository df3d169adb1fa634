"""Case 07 — 四川省德阳市旌阳区卫生健康局, 理发店未按规定对顾客用品用具清洗消毒, 个体工商户, 2024, 简易程序
(scanned-looking PDF, page images only).

CLEAN. Looks suspicious but lawful: the party refused to sign the 现场笔录 and the 当场处罚决定书 (refusal noted,
community witness signed, body-camera record); fine paid 18 days after the decision because the 15th day fell in the
National Day holiday; a 个体工商户 fined the 200-yuan 公民 ceiling on the spot.
"""
from common import *

AG = "德阳市旌阳区卫生健康局"
O1, C1 = "何俊", "51060324012"
O2, C2 = "蒲晓琳", "51060324019"
PARTY = "旌阳区丝语理发店"
CODE = uscc("92", "510603", "MA6C7Q2W")
OPER = "张晓燕"
PID = id_number("51060319910308262")
ADDR = "四川省德阳市旌阳区文庙街道长江西路二段68号附12号"
FINE = 200
NO_J = "旌卫当罚〔2024〕23号"
DT = {k: d(v) for k, v in dict(inspect="2024-09-20", decision="2024-09-20", served="2024-09-20",
                               record="2024-09-23", paid="2024-10-08", close="2024-10-10").items()}
W = [0.24, 0.76]


def make():
    D = DT
    docs = []
    docs.append(Doc("现场检查笔录", [
        page(T("现场检查笔录"),
             KV([("被检查单位", f"{PARTY}（经营者：{OPER}）"), ("统一社会信用代码", CODE),
                 ("地址", ADDR), ("检查时间", "2024年9月20日10时15分至10时50分"),
                 ("检查人员", f"{O1}（执法证号{C1}）、{O2}（执法证号{C2}）"),
                 ("告知", "执法人员出示执法证件，告知被检查人有申请回避的权利，被检查人未申请回避。执法记录仪（编号JY-WJ-07）全程记录。")], W),
             P("　　检查情况：1.理发工作台上的推子、剪刀、梳子为顾客使用后未经消毒直接用于下一位顾客（现场有顾客在理发）；2.毛巾柜内已使用毛巾与清洁毛巾混放，未做到一客一换一消毒；3.店内紫外线消毒柜未通电，未见消毒记录；4.卫生许可证、从业人员健康合格证明在有效期内。"),
             IMG("照片：工作台上未消毒的理发工具及混放的毛巾，拍摄人蒲晓琳，2024年9月20日10时22分")),
        page(P("　　以上笔录已向被检查人宣读。"),
             P("被检查人签名：当事人拒绝签名"),
             P("见证人签名：刘芳（长江西路社区网格员）　2024年9月20日"),
             P(f"检查人员签名：{O1}　{O2}"),
             P("备注：当事人对检查结果有异议，拒绝签名，执法人员邀请社区网格员到场见证，执法记录仪同步记录。")),
    ], date="2024-09-20"))
    docs.append(Doc("卫生监督意见书", [page(
        T("卫生监督意见书"), S("旌卫监意〔2024〕0918号"),
        P(f"{PARTY}："),
        P("　　经检查，你店理发工具使用后未消毒、毛巾未一客一换一消毒、消毒设施未正常使用。责令你店立即改正：理发工具、毛巾一客一换一消毒，建立消毒记录。"),
        R("监督员：何俊　蒲晓琳"),
        R("2024年9月20日"),
        P("被监督单位签收：当事人拒绝签收（见证人：刘芳）"),
    )], date="2024-09-20"))
    docs.append(Doc("当场行政处罚决定书", [page(
        T("德阳市旌阳区卫生健康局"), T("当场行政处罚决定书"), S(NO_J),
        KV([("当事人", f"{PARTY}（个体工商户）　经营者：{OPER}　身份证号：{PID}"),
            ("地址", ADDR),
            ("违法事实", "2024年9月20日10时15分，你店将顾客使用后未经消毒的推子、剪刀、梳子直接用于下一位顾客，已使用毛巾与清洁毛巾混放、未一客一换一消毒。"),
            ("处罚依据", "你店的行为违反了《公共场所卫生管理条例实施细则》第十四条的规定，依据《公共场所卫生管理条例实施细则》第三十六条第（二）项、《中华人民共和国行政处罚法》第五十一条的规定，当场作出处罚。"),
            ("处罚内容", "一、警告；二、罚款人民币贰佰元整（¥200.00）。责令立即改正。"),
            ("履行方式和期限", "自收到本决定书之日起十五日内到德阳市旌阳区非税收入代收银行或通过“天府通办”缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
            ("救济途径", "如不服本决定，可以自收到本决定书之日起六十日内向德阳市旌阳区人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。"),
            ("执法人员", f"{O1}（执法证号{C1}）　{O2}（执法证号{C2}）"),
            ("处罚时间地点", f"2024年9月20日10时55分　{ADDR}"),
            ("当事人签收", "当事人拒绝签收，已当场宣告并交付，执法记录仪记录；见证人：刘芳")], W),
        SEAL("德阳市旌阳区卫生健康局（印章）"),
        R("2024年9月20日"),
    )], date="2024-09-20"))
    docs.append(Doc("送达回证", [page(
        T("送达回证"),
        KV([("送达文书名称及文号", f"当场行政处罚决定书（{NO_J}）、卫生监督意见书（旌卫监意〔2024〕0918号）"),
            ("受送达人", f"{PARTY}（经营者{OPER}）"), ("送达地点", ADDR), ("送达方式", "留置送达（当场宣告交付，当事人拒收）"),
            ("送达时间", "2024年9月20日11时00分"),
            ("受送达人签名", "拒绝签收"),
            ("见证人签名", "刘芳（长江西路社区网格员）"),
            ("送达人签名", f"{O1}　{O2}"),
            ("备注", "文书留置于店内收银台，执法记录仪（JY-WJ-07）录像并拍照。")], W),
    )], date="2024-09-20"))
    docs.append(Doc("当场处罚备案表", [page(
        T("当场行政处罚备案登记表"),
        KV([("决定书编号", NO_J), ("当事人", PARTY), ("处罚种类及金额", "警告，罚款200元"),
            ("作出时间", "2024年9月20日"), ("执法人员", f"{O1}　{O2}"),
            ("备案时间", "2024年9月23日"), ("审核人", "卫生监督执法大队　谢明　2024年9月23日"),
            ("局法规科备案", "已备案。　罗晓梅　2024年9月23日")], W),
    )], date="2024-09-23"))
    docs.append(Doc("罚款缴款凭证", [page(
        T("四川省非税收入一般缴款书（电子）"),
        KV([("缴款人", f"{PARTY}（{OPER}）"), ("执收单位", AG), ("项目名称", "卫生罚没收入"),
            ("金额", "¥200.00　贰佰元整"), ("缴款日期", "2024-10-08"), ("备注", NO_J)], W),
    )], date="2024-10-08"))
    docs.append(Doc("结案报告", [page(
        T("行政处罚结案报告"),
        KV([("案件", f"{PARTY}未按规定对顾客用品用具进行清洗消毒案（简易程序）"), ("决定书编号", NO_J),
            ("执行情况", "罚款200元于2024年10月8日缴纳（缴款期限末日10月5日为国庆节假日，顺延至10月8日）；2024年9月27日复查，已整改并建立消毒记录。"),
            ("执法人员", f"{O1}　{O2}　2024年10月10日"), ("负责人意见", "同意结案。　谢明　2024年10月10日")], W),
    )], date="2024-10-10"))
    docs.append(Doc("备考表", [page(
        T("备考表"),
        P("本卷共{NDOCS}份材料{NPAGES}页。执法记录仪视频刻录光盘（JY2024-023）随卷保存。"),
        P("立卷人：蒲晓琳　2024年10月12日　　检查人：谢明"),
    )], numbered=False))

    label = dict(
        case_id=None, codes=[], encoding="pdf-image",
        notes=("CLEAN (简易程序). (1) The party refused to sign the 现场检查笔录 and the 当场行政处罚决定书: each refusal is "
               "noted, a community grid worker signed as witness and the body camera recorded it — 行政处罚法 第五十二条 "
               "(refusal noted on the on-the-spot decision) and 民事诉讼法 第八十九条 (留置送达 with witness), so no DOC-04/"
               "SERV-02. (2) The 200-yuan fine was paid on 2024-10-08, 18 days after the decision: the 15th day (2024-10-05) "
               "fell in the National Day holiday and the period ran to the next working day, so no 加处罚款 was due. (3) A "
               "个体工商户 fined 200 yuan + 警告 on the spot: at the 公民 ceiling of 第五十一条 (and far below the 3000 "
               "organisation ceiling either way), so no PROC-10. The remedy clause states 复议前置 to 旌阳区人民政府 as 行政复议法"
               "(2023) 第二十三条 requires for on-the-spot decisions after 2024-01-01; the decision was put on record "
               "(备案) on 2024-09-23; seal drawn on the decision."),
        fields=dict(agency=AG,
                    party=dict(name=PARTY, kind="个体工商户", credit_code=CODE, id_number=PID),
                    penalty=dict(fine_yuan=FINE, procedure="简易"),
                    dates=dict(filing=None, notice=None, decision="2024-09-20", decision_served="2024-09-20"),
                    citations=[dict(law="《公共场所卫生管理条例实施细则》", article=14, paragraph=None, item=None, role="violated"),
                               dict(law="《公共场所卫生管理条例实施细则》", article=36, paragraph=None, item=2, role="penalty")]),
    )
    checks = [
        ("fine within 简易 ceiling for 公民 (200)", FINE <= 200),
        ("payment deadline 2024-10-05 falls on holiday", not is_wd(d("2024-10-05"))),
        ("payment deadline moved to 2024-10-08", period_end(D["served"], 15) == D["paid"]),
        ("put on record within 3 wd", wd_between(D["decision"], D["record"]) <= 3),
        ("decision after 2024-01-01 (复议前置 applies)", D["decision"] >= d("2024-01-01")),
    ]
    return dict(sigs={'现场检查笔录': '被检查人签名：拒绝签名（见证人：刘芳）\u3000检查人员签名：何俊\u3000蒲晓琳'}, id="hl62-07-publichealth-sc2024", fmt="pdf-image", docs=docs, label=label, checks=checks,
                toc_title="卷内目录", toc_date="ar")
