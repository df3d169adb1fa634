"""Case F: 木垒哈萨克自治县市场监督管理局 — 景区商店不标明价格, 简易程序 (当场处罚), 2024. GB18030 .txt.
Defects: PROC-10 (当场处罚决定书 fines a natural person (个体工商户经营者) 500元 > 200元),
DOC-02 (decision dated 2024-07-18 offers 复议 or direct 诉讼; omits 复议前置 for an on-the-spot decision)."""
from common import *

CASE_ID = "hz22_f_mulei_mingmabiaojia_dangchang"
AG = "木垒哈萨克自治县市场监督管理局"
NAME = "阿依古丽·沙吾提"
PID = id_number("652328", "19850302", "046")
SHOP = "木垒县阿依古丽特色食品店"
SHOP_CC = credit_code("92", "652328", "MA7RJ5QX")
ADDR = "新疆维吾尔自治区昌吉回族自治州木垒哈萨克自治县胡杨林景区游客服务中心商业街7号"
NO = "木市监当罚〔2024〕0112号"
O1, C1 = "努尔兰·哈力木", "65232824007"
O2, C2 = "王振宇", "65232824019"
d = dict(decision=D("2024-07-18"), decision_served=D("2024-07-18"), pay=D("2024-07-22"), record=D("2024-07-23"), recheck=D("2024-07-19"))
FINE = 500
W = 72


def page(n, total, body):
    return body.rstrip("\n") + "\n\n" + center(f"第{n}页 共{total}页", W) + "\n" + "=" * W + "\n"


docs = []
docs.append(("现场检查笔录", dot_date(d["decision"]), f"""{center(AG)}
{center("现 场 检 查 笔 录")}

检查时间：{ar_date(d['decision'])}11时05分至11时30分
检查地点：{ADDR}
当事人：{NAME}　身份证号：{PID}
经营主体：{SHOP}（个体工商户）　统一社会信用代码：{SHOP_CC}
执法人员：{O1}（执法证号：{C1}）、{O2}（执法证号：{C2}）

　　执法人员出示执法证件，告知当事人有申请回避的权利，当事人不申请回避。
　　检查情况：该店经营干果、奶疙瘩、饮料等预包装食品及散装食品，店内货架上杏干、葡萄干、巴旦木、奶疙瘩等散装食品共9个品种均未标明价格；冷柜内饮料标有价签。当事人称价签被前一天的大风吹掉了，还没来得及补。现场未发现标价之外加价的情形。
　　执法人员使用执法记录仪全程录像，拍摄照片4张。

当事人签名：阿依古丽·沙吾提　{ar_date(d['decision'])}
执法人员签名：努尔兰·哈力木　王振宇
"""))
docs.append(("当场行政处罚决定书", dot_date(d["decision"]), f"""{center(AG)}
{center("当 场 行 政 处 罚 决 定 书")}
{right(NO, W)}

当事人：{NAME}　性别：女　身份证号：{PID}
经营主体名称：{SHOP}（个体工商户）
住所（经营场所）：{ADDR}

违法事实：{ar_date(d['decision'])}11时05分，当事人在其经营的店铺内销售杏干、葡萄干、巴旦木、奶疙瘩等9个品种散装食品，均未标明价格。
证据：现场检查笔录、现场照片4张、执法记录仪视频。
　　当事人的上述行为违反了《中华人民共和国价格法》第十三条第一款的规定。执法人员已当场告知当事人拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩权利，当事人未提出陈述、申辩。依据《价格违法行为行政处罚规定》第十三条第（一）项的规定，责令当事人立即改正，决定给予如下行政处罚：
　　罚款人民币伍佰元（¥500元）。

履行方式和期限：☑自收到本决定书之日起十五日内到中国农业银行木垒县支行或通过“新疆非税缴费”平台缴纳罚款；□当场收缴。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
　　如不服本决定，可以在收到本决定书之日起六十日内向木垒哈萨克自治县人民政府申请行政复议，或者在六个月内向木垒哈萨克自治县人民法院提起行政诉讼。

执法人员（签名）：努尔兰·哈力木（执法证号：{C1}）　王振宇（执法证号：{C2}）
处罚地点：胡杨林景区游客服务中心商业街7号
当事人签收：阿依古丽·沙吾提　{ar_date(d['decision'])}11时40分

{right(AG + "（印章）", W)}
{right(ar_date(d['decision']), W)}
"""))
docs.append(("罚款缴纳凭证", dot_date(d["pay"]), f"""{center("新疆维吾尔自治区非税收入一般缴款书（电子）")}

项目：内容
票据号码：6500240718302651
缴款日期：{dot_date(d['pay'])}
缴款人：{NAME}（{SHOP}）
执收单位：{AG}
收入项目：罚没收入
金额（小写）：500.00
金额（大写）：伍佰元整
备注：{NO}
"""))
docs.append(("当场行政处罚备案表", dot_date(d["record"]), f"""{center(AG)}
{center("当场行政处罚决定备案表")}

决定书编号：{NO}
当事人：{NAME}（{SHOP}）
违法行为：销售散装食品不标明价格
处罚内容：罚款500元，责令改正
执法人员：努尔兰·哈力木　王振宇
报备时间：{ar_date(d['record'])}
执行情况：{ar_date(d['pay'])}已缴纳（见缴款凭证）；{ar_date(d['recheck'])}复查，已补齐价签。
法制机构（价格监督检查与反不正当竞争股）签收：马兰　{ar_date(d['record'])}
"""))


def build():
    total = 1 + len(docs)
    toc_lines = [center("卷 内 目 录", W), "", f"案件：{NAME}（{SHOP}）不明码标价案（当场处罚）", "",
                 "序号\t文件名称\t日期\t页号"]
    for i, (t, dd, _) in enumerate(docs, 1):
        toc_lines.append(f"{i}\t{t}\t{dd}\t{i + 1}")
    pages = [page(1, total, "\n".join(toc_lines))]
    for i, (_, _, body) in enumerate(docs, 2):
        pages.append(page(i, total, body))
    write(f"{OUT}/{CASE_ID}.txt", "\n".join(pages), encoding="gb18030")


if __name__ == "__main__":
    build()
    print(open(f"{OUT}/{CASE_ID}.txt", encoding="gb18030").read()[:400])
