"""hn2025_xiaofang — 湖南 长沙市雨花区消防救援大队, 2025, 个人占用消防车通道, 简易程序（当场处罚）.

Format: text-layer PDF in prose layout (reportlab paragraphs, no tables).
Planted: PROC-10 (当场 fine of 500 yuan on a natural person: 行政处罚法 第五十一条 allows 200 at most on the
spot, although 消防法 第六十条第二款 allows up to 500 by 普通程序), DOC-02 (a 2025 当场处罚决定书 tells the
party he may sue directly within six months: 行政复议法(2023) 第二十三条第一款第（一）项、第二款 make 复议
the compulsory first step for on-the-spot decisions and require the agency to say so).
"""

from __future__ import annotations

from common import D, Volume, id_number, rmb_upper

CASE_ID = "hn2025_xiaofang"
AGENCY = "长沙市雨花区消防救援大队"
PARTY = "彭志勇"
PID = id_number("430111", D(1990, 2, 11), "237")
ADDR = "湖南省长沙市雨花区劳动东路139号金桂园小区7栋1单元502室"
O1, C1 = "刘畅", "43011125004"
O2, C2 = "谭振", "43011125011"
LAW = "《中华人民共和国消防法》"
FINE = 500
DN = "雨消当罚决〔2025〕37号"
DAY = D(2025, 3, 18)
FILED = D(2025, 3, 19)
PAY = D(2025, 3, 25)
CLOSE = D(2025, 3, 27)


def build() -> tuple[Volume, dict]:
    v = Volume(CASE_ID)
    v.add("卷内目录", None, "", key="toc")

    v.add("当场行政处罚决定书", DAY, [f"""{AGENCY}
当场行政处罚决定书
{DN}

当事人{PARTY}，性别男，出生日期1990年2月11日，公民身份号码{PID}，住址{ADDR}，联系电话152****3706。

2025年3月18日15时20分，本大队执法人员{O1}（执法证号{C1}）、{O2}（执法证号{C2}）在长沙市雨花区劳动东路139号金桂园小区开展消防监督检查时，向当事人出示执法证件，发现当事人将其所有的小型轿车（号牌湘A7M2K9）停放在该小区5栋西侧消防车通道内，该处地面施划有消防车通道标线并设置“消防车通道 严禁占用”警示标牌，车辆占用通道宽度约2米，致使消防车通道净宽不足4米，妨碍消防车通行。经电话联系，当事人于15时45分到场将车辆驶离。以上事实有现场检查记录、现场照片及执法记录仪视频（编号YH-XF-0217）为证。

当事人的上述行为违反了{LAW}第二十八条的规定。依据{LAW}第六十条第一款第（五）项、第二款的规定，决定对当事人给予如下行政处罚：罚款人民币{rmb_upper(FINE)}（¥{FINE}）。

执法人员已当场告知当事人拟作出行政处罚决定的事实、理由、依据，以及当事人依法享有的陈述、申辩权利。当事人陈述申辩意见：承认停车占用了消防车通道，没有其他意见。
""", f"""当事人应当自收到本决定书之日起十五日内，到中国建设银行长沙雨花支行或者通过湖南省非税收入电子缴款平台缴纳罚款。到期不缴纳罚款的，本大队将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。

如不服本决定，可以在收到本决定书之日起六十日内向长沙市雨花区人民政府申请行政复议，或者在六个月内依法向长沙市雨花区人民法院提起行政诉讼。

处罚地点：长沙市雨花区劳动东路139号金桂园小区5栋西侧
处罚时间：2025年3月18日15时50分

执法人员（签名）：{O1}（执法证号{C1}）  {O2}（执法证号{C2}）

{AGENCY}（印章）
2025年3月18日

当事人签收：本决定书已于2025年3月18日15时55分当场交付本人。当事人（签名）：{PARTY}
"""], number=DN, key="decision")

    v.add("现场检查记录及照片", DAY, f"""{AGENCY}
消防监督检查现场记录

检查时间：2025年3月18日15时15分至15时55分。检查地点：长沙市雨花区劳动东路139号金桂园小区公共区域。检查人员：{O1}（执法证号{C1}）、{O2}（执法证号{C2}），检查时出示执法证件并全程使用执法记录仪（编号YH-XF-0217）。

检查发现：小区5栋西侧消防车通道（地面黄色网格标线，立有“消防车通道 严禁占用”标牌）内停放小型轿车一辆，号牌湘A7M2K9，通道剩余净宽约3.2米。经物业服务中心查询，该车辆登记车主为{PARTY}（7栋1单元502室），执法人员电话联系车主到场。

照片1：车辆停放于消防车通道网格标线内，可见号牌。照片2：通道警示标牌。照片3：卷尺测量剩余净宽3.2米。拍摄人：{O2}，拍摄时间：2025年3月18日15时22分至15时26分。

当事人（签名）：{PARTY}    检查人员（签名）：{O1}  {O2}    见证人：金桂园小区物业服务中心 周敏
2025年3月18日
""", key="scene")

    v.add("执法记录仪视频资料登记表", DAY, f"""{AGENCY}
执法音像记录资料登记表

记录设备编号YH-XF-0217，使用人{O1}。记录时段：2025年3月18日15时14分至15时58分，时长44分钟，文件名YH-XF-0217_20250318_151402.mp4，内容为现场检查、出示证件、告知陈述申辩权利、当场作出及交付处罚决定书的全过程。已于2025年3月19日上传执法音像管理系统存储，存储位置编号2025-0319-017。

登记人（签名）：{O2}    审核人（签名）：大队法制员 易晓玲
2025年3月19日
""", key="video")

    v.add("当场行政处罚决定备案表", FILED, f"""{AGENCY}
当场行政处罚决定备案登记表

决定书编号{DN}，当事人{PARTY}，违法行为：占用消防车通道，处罚种类及数额：罚款{FINE}元，作出人：{O1}、{O2}，作出时间：2025年3月18日。执法人员于2025年3月19日报本大队备案。

备案审查意见：已备案。    审查人（签名）：易晓玲    大队负责人（签名）：邓建国
2025年3月19日
""", key="filed")

    v.add("罚款缴款凭证", PAY, f"""湖南省非税收入电子缴款凭证

缴款码：430111250003179846。缴款人：{PARTY}。执收单位：{AGENCY}。项目名称：消防罚没收入（{DN}）。金额：人民币{rmb_upper(FINE)}（¥{FINE}.00）。缴款时间：2025-03-25 10:12:37。缴款渠道：湖南省非税收入电子缴款平台（中国建设银行）。
""", key="payment")

    v.add("结案登记表", CLOSE, f"""{AGENCY}
行政处罚案件结案登记表

案件：{PARTY}占用消防车通道案（简易程序）。决定书编号：{DN}。处罚内容：罚款{FINE}元。执行情况：当事人于2025年3月25日通过电子缴款平台缴纳罚款{FINE}元，已履行完毕。

承办人（签名）：{O1}  {O2}    2025年3月26日
大队负责人审批：同意结案。邓建国    2025年3月27日
""", key="close")

    v.add("备考表", CLOSE, f"""备考表

本卷共{{pages}}页，执法记录仪视频资料另存于执法音像管理系统（编号2025-0319-017）。

立卷人：易晓玲    检查人：邓建国    立卷时间：2025年3月28日
""", key="backup")

    v.paginate()
    v.docs[-1].pages[0] = v.docs[-1].pages[0].replace("{pages}", str(v.page_count))

    meta = {
        "case_id": CASE_ID,
        "codes": ["DOC-02", "PROC-10"],
        "encoding": "pdf-text",
        "agency": AGENCY,
        "party": {"name": PARTY, "kind": "个人", "credit_code": None, "id_number": PID},
        "fine": FINE,
        "procedure": "简易",
        "dates": {"filing": None, "notice": None, "decision": DAY, "decision_served": DAY},
        "citations": [
            {"law": "《中华人民共和国消防法》", "article": 28, "paragraph": None, "item": None, "role": "violated"},
            {"law": "《中华人民共和国消防法》", "article": 60, "paragraph": 1, "item": 5, "role": "penalty"},
            {"law": "《中华人民共和国消防法》", "article": 60, "paragraph": 2, "item": None, "role": "penalty"},
        ],
        "ids": {"id_numbers": [PID], "credit_codes": []},
        "assert": [
            ("gt", FINE, 200),
            ("range", FINE, 0, 500),
            ("ge", DAY, D(2024, 1, 1)),
            ("order", [DAY, FILED, PAY, CLOSE]),
        ],
        "notes": (
            "PROC-10: 当场行政处罚决定书 (p.{decision}) fines a natural person 500 yuan on the spot; 行政处罚法 第五十一条 "
            "caps 简易程序 at 200 yuan for 公民 (the amount itself is inside 消防法 第六十条第二款 '警告或者五百元以下', so "
            "not LAW-05: the error is the procedure). DOC-02: the remedy clause (p.{decision2}) offers 复议 '或者' a "
            "direct suit within six months; for a 当场 decision dated 2025-03-18 行政复议法(2023) 第二十三条第一款第（一）"
            "项 makes 复议 compulsory first and 第二款 requires the decision to say so. Not defects: a county-level "
            "消防救援大队 is itself the 消防救援机构 with penalty power (消防法 第四条、第七十条), so SUBJ-03 does not "
            "apply; 简易程序 has no written 事先告知书 — the 告知 and the party's 陈述 are recorded on the decision; "
            "执法记录仪 recording and 备案 (第五十二条第三款) are in the file. Whether 复议 of a 消防救援机构 goes to the "
            "本级人民政府 or to the 上一级消防救援机构 after 2024 is not settled here; the label does not rest on it."
        ),
    }
    return v, meta
