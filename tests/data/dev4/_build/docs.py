"""Document writers for the dev4 corpus.

Each function returns the pages (list of str) of one document, from a case dict `c`.
Layout varies with c["style"]: form style 'tab' / 'box' / 'kv', Q/A style 'qa' / 'para',
date style 'cn' / 'ar'.  Defects are switched on by keys in c["defects_in_text"].
"""

from __future__ import annotations

from common import ar_date, cn_date, dot_date


def D(c: dict, iso: str) -> str:
    return cn_date(iso) if c.get("date_style", "cn") == "cn" else ar_date(iso)


def flag(c: dict, name: str) -> bool:
    return name in c.get("defects_in_text", ())


def spaced(title: str) -> str:
    return " ".join(title)


def officers_line(c: dict, who: list | None = None) -> str:
    offs = who if who is not None else c["officers"][:2]
    parts = []
    for name, cert in offs:
        parts.append(f"{name}（执法证号：{cert}）" if cert else name)
    return "、".join(parts)


def party_block(c: dict) -> list[str]:
    p = c["party"]
    if p["kind"] == "单位":
        return [
            f"当事人：{p['name']}",
            f"统一社会信用代码：{p.get('code_shown', p['credit_code'])}",
            f"住所：{p['address']}",
            f"法定代表人（负责人）：{p['rep']}",
        ]
    return [
        f"当事人：{p['name']}",
        f"性别：{p['sex']}    出生日期：{p['birth']}",
        f"身份证号码：{p['id_number']}",
        f"住址：{p['address']}",
    ]


def form(c: dict, rows: list[tuple[str, str]]) -> list[str]:
    st = c.get("form", "tab")
    if st == "box":
        out = ["┌──────────┬────────────────────────────────────────┐"]
        for k, v in rows:
            vlines = v.split("\n")
            out.append(f"│{k:<10}│{vlines[0]}")
            for extra in vlines[1:]:
                out.append(f"│{'':<10}│{extra}")
            out.append("├──────────┼────────────────────────────────────────┤")
        out[-1] = "└──────────┴────────────────────────────────────────┘"
        return out
    if st == "kv":
        return [f"{k}：{v}" for k, v in rows]
    return [f"{k}\t{v}" for k, v in rows]


def lian(c: dict) -> list[str]:
    p = c["party"]
    ident = p["credit_code"] if p["kind"] == "单位" else p["id_number"]
    rows = [
        ("案件来源", c["source"]),
        ("案由", c["cause"]),
        ("当事人", p["name"]),
        ("证照号码", ident),
        ("地址", p["address"]),
        ("立案依据", c["filing_basis"]),
        ("案情摘要", c["summary"]),
        ("承办人员", officers_line(c, c.get("handlers"))),
        ("承办人意见", f"建议立案调查。\n承办人：{c['officers'][0][0]}、{c['officers'][1][0]}    {dot_date(c['dates']['filing'])}"),
        ("承办机构意见", f"同意立案，由{c['officers'][0][0]}、{c['officers'][1][0]}承办。\n{c['dept']}负责人：{c['dept_head']}    {dot_date(c['dates']['filing'])}"),
        ("负责人审批意见", f"同意。\n{c['leader']}    {dot_date(c['dates']['filing'])}"),
    ]
    head = [c["agency"], "", spaced("立案审批表"), "", f"编号：{c['case_no']}".rjust(40), ""]
    return ["\n".join(head + form(c, rows))]


def xianchang(c: dict) -> list[str]:
    x = c["inspection"]
    offs = x.get("officers", c["officers"][:2])
    lines = [
        c["agency"],
        spaced("现场检查笔录"),
        "",
        f"检查时间：{x['start']}至{x['end']}",
        f"检查地点：{x['place']}",
        f"被检查人：{c['party']['name']}",
        f"现场负责人：{x['present']}    联系电话：{x['phone']}",
        f"执法人员：{officers_line(c, offs)}",
        f"记录人：{offs[-1][0]}",
        "",
        f"执法人员{'、'.join(o[0] for o in offs)}向被检查人出示执法证件，表明身份，说明检查事由。",
        "",
        "检查情况：",
        x["text"],
        "",
        "现场使用执法记录仪全程记录，音像资料编号：" + x.get("video", "无") + "。" if x.get("video") else "",
        "以上笔录已交被检查人核对，无误。",
        "",
        f"被检查人（签名）：{x['present']}    {D(c, x['date'])}",
        f"执法人员（签名）：{'、'.join(o[0] for o in offs)}",
    ]
    return ["\n".join(line for line in lines if line is not None)]


def xunwen(c: dict, q: dict) -> list[str]:
    offs = q.get("officers", c["officers"][:2])
    head = [
        c["agency"],
        spaced("询问笔录"),
        "",
        f"时间：{q['start']}至{q['end']}  第{q.get('round', 1)}次询问",
        f"地点：{q['place']}",
        f"询问人：{officers_line(c, offs)}",
        f"记录人：{offs[-1][0]}",
        f"被询问人：{q['who']}    性别：{q['sex']}    年龄：{q['age']}",
        f"身份证号码：{q['id']}",
        f"工作单位及职务：{q['job']}    联系电话：{q['phone']}",
        "",
    ]
    opening = [
        ("我们是" + c["agency"] + "的执法人员" + "、".join(o[0] for o in offs)
         + "，这是我们的执法证件（出示），请你过目。现依法就" + c["cause"] + "有关情况向你调查了解，"
         + "你应当如实回答，不得隐瞒或者提供虚假情况。如认为执法人员与本案有直接利害关系，你有权申请回避。"
         + "你是否申请回避？", "看清楚了，不申请回避。"),
    ]
    if q.get("no_show_cert"):
        opening = [("现依法向你调查了解有关情况，你应当如实回答。听清楚了吗？", "听清楚了。")]
    body = []
    pairs = opening + q["qa"]
    for qq, aa in pairs:
        if c.get("qa", "qa") == "qa":
            body += [f"问：{qq}", f"答：{aa}"]
        else:
            body += [f"    执法人员问{qq}当事人答称：{aa}"]
    tail = [
        "",
        "问：以上笔录你看一下，是否与你所说的一致？",
        "答：" + q.get("confirm", "以上笔录我看过，和我说的一样。"),
        "",
        f"被询问人（签名）：{q['who']}    {D(c, q['date'])}",
        f"询问人（签名）：{'、'.join(o[0] for o in offs)}",
        f"记录人（签名）：{offs[-1][0]}",
    ]
    text = head + body + tail
    # split long records into two pages
    if len(text) > 34:
        mid = len(head) + len(body) // 2
        return ["\n".join(text[:mid]) + f"\n\n被询问人（签名）：{q['who']}",
                "\n".join(text[mid:])]
    return ["\n".join(text)]


def evidence_list(c: dict) -> list[str]:
    lines = [spaced("证据清单"), "", f"案由：{c['cause']}", ""]
    if c.get("form") == "box":
        lines.append("│序号│证据名称│证据类型│证明内容│")
        for i, (n, t, m) in enumerate(c["evidence"], 1):
            lines.append(f"│{i}│{n}│{t}│{m}│")
    else:
        lines.append("序号\t证据名称\t证据种类\t证明对象")
        for i, (n, t, m) in enumerate(c["evidence"], 1):
            lines.append(f"{i}\t{n}\t{t}\t{m}")
    lines += ["", f"制作人：{c['officers'][0][0]}、{c['officers'][1][0]}    {dot_date(c['dates']['report'])}"]
    return ["\n".join(lines)]


def report(c: dict) -> list[str]:
    dd = c["dates"]["report"]
    lines = [
        c["agency"],
        spaced("案件调查终结报告"),
        "",
        f"案由：{c['cause']}",
        *party_block(c),
        "",
        "一、案件来源及调查经过",
        c["course"],
        "",
        "二、查明的违法事实",
        c["facts"],
        "",
        "三、证据",
        "上述事实有以下证据证明：" + "；".join(f"{i}.{e[0]}" for i, e in enumerate(c["evidence"], 1)) + "。",
        "",
        "四、定性及法律依据",
        c["qualify"],
        "",
    ]
    p2 = [
        "五、裁量情节",
        c["discretion"],
        "",
        "六、处理建议",
        c["proposal"],
        "",
        "承办人意见：" + c.get("handler_opinion", "事实清楚，证据确凿，建议按上述意见处理。"),
        f"承办人（签名）：{c['officers'][0][0]}、{c['officers'][1][0]}    {D(c, dd)}",
        "",
        f"审核意见：经审核，本案事实清楚，证据充分，定性准确，建议提交{c.get('next_step', '法制审核' if c['dates'].get('fazhi') else '负责人审查')}。",
        f"承办机构负责人（签名）：{c['dept_head']}    {D(c, dd)}",
    ]
    return ["\n".join(lines), "\n".join(p2)]


def fazhi(c: dict) -> list[str]:
    dd = c["dates"]["fazhi"]
    lines = [
        c["agency"],
        spaced("重大执法决定法制审核意见书") if c.get("major") else spaced("法制审核意见书"),
        "",
        f"送审机构：{c['dept']}    送审日期：{dot_date(dd)}",
        f"案件名称：{c['case_name']}",
        "",
        "审核内容：执法主体、管辖、程序、事实认定、证据、法律适用、裁量基准适用及文书制作。",
        "",
        "审核意见：",
        c.get("fazhi_text", "一、执法主体合法，执法人员均具有执法资格。二、违法事实清楚，证据确实充分。"
              "三、定性准确，适用法律正确。四、程序合法。五、拟处罚适用裁量情节恰当，处罚幅度适当。同意承办机构意见。"),
        "",
        f"审核人（签名）：{c['reviewer']}（法律职业资格证书编号：{c['reviewer_cert']}）",
        f"法制审核机构负责人（签名）：{c['fazhi_head']}    {D(c, dd)}",
    ]
    return ["\n".join(lines)]


def jiti(c: dict) -> list[str]:
    dd = c["dates"]["jiti"]
    ppl = c["jiti_people"]
    lines = [
        c["agency"],
        spaced("重大案件集体讨论记录"),
        "",
        f"时间：{D(c, dd)} 上午9时00分至10时20分",
        f"地点：{c['agency']}三楼会议室",
        f"主持人：{ppl[0]}（{c.get('jiti_chair_title', '局长')}）",
        "参加人员：" + "、".join(ppl[1:]),
        f"列席人员：{c['officers'][0][0]}（案件承办人）、{c['reviewer']}（法制审核人员）",
        f"记录人：{c['jiti_recorder']}",
        f"讨论案件：{c['case_name']}",
        "",
        f"承办人{c['officers'][0][0]}汇报案情：" + c["facts"][:120] + "……（详见调查终结报告）",
        f"法制审核人员{c['reviewer']}汇报审核意见：同意承办机构处理意见。",
        "",
        "讨论发言：",
    ]
    for name, words in c["jiti_talk"]:
        lines.append(f"{name}：{words}")
    lines += [
        "",
        "讨论结论：" + c["jiti_conclusion"],
        "",
        "参加人员（签名）：" + "、".join(ppl),
        f"记录人（签名）：{c['jiti_recorder']}",
    ]
    return ["\n".join(lines)]


def arts(spec: str) -> str:
    """'四十四、四十五' -> '第四十四条、第四十五条'."""
    return "、".join(f"第{a}条" for a in spec.split("、"))


def gaozhi(c: dict) -> list[str]:
    g = c["notice"]
    dd = c["dates"]["notice"]
    title = "行政处罚听证告知书" if g.get("hearing") and g.get("title_hearing") else "行政处罚事先告知书"
    rights = (f"根据《中华人民共和国行政处罚法》{arts(g['art_cn'])}的规定，你（单位）有权进行陈述和申辩。"
              f"请于收到本告知书之日起{g['days_cn']}个工作日内向本{c['agency_kind']}提出陈述、申辩意见，逾期未提出的，视为放弃上述权利。")
    if g.get("hearing"):
        rights += (f"根据《中华人民共和国行政处罚法》{arts(g['hear_art_cn'])}的规定，你（单位）有权要求举行听证。"
                   "要求听证的，应当在收到本告知书之日起五个工作日内提出，逾期未提出的，视为放弃听证权利。")
    lines = [
        c["agency"],
        "",
        spaced(title),
        "",
        (g["no"] if not flag(c, "notice_no_number") else "").rjust(40),
        "",
        f"{c['party']['name']}：",
        "    " + g["body"],
        "    " + g["proposal"],
        "    " + rights,
        "",
        f"    联系人：{c['officers'][0][0]}    联系电话：{c['phone']}",
        f"    地址：{c['agency_addr']}",
        "",
        f"{c['agency']}".rjust(36),
        ("" if flag(c, "notice_no_seal") else c.get("seal", "（印章）")).rjust(36),
        D(c, dd).rjust(36),
    ]
    return ["\n".join(lines)]


def huizheng(c: dict, s: dict) -> list[str]:
    """送达回证."""
    rows = [
        ("送达文书名称及文号", s["doc"]),
        ("受送达人", c["party"]["name"]),
        ("送达地点", s["place"]),
        ("送达方式", s["method"]),
        ("受送达人签名或盖章", s.get("sign", "") + (f"    {s['recv_date_txt']}" if s.get("recv_date_txt") else "")),
        ("代收人及代收理由", s.get("proxy", "/")),
        ("送达人", s.get("server", f"{c['officers'][0][0]}、{c['officers'][1][0]}")),
        ("备注", s.get("note", "/")),
    ]
    head = [c["agency"], "", spaced("送达回证"), ""]
    tail = ["", (c["agency"] + c.get("seal", "（印章）")).rjust(40)]
    return ["\n".join(head + form(c, rows) + tail)]


def chenshu(c: dict) -> list[str]:
    x = c["chenshu"]
    lines = [
        c["agency"],
        spaced("陈述申辩笔录"),
        "",
        f"时间：{x['time']}",
        f"地点：{x['place']}",
        f"陈述申辩人：{x['who']}（{x['role']}）",
        f"承办人：{officers_line(c)}    记录人：{c['officers'][1][0]}",
        "",
        "陈述申辩内容：",
        x["text"],
        "",
        f"陈述申辩人（签名）：{x['who']}    {D(c, x['date'])}",
        f"承办人（签名）：{c['officers'][0][0]}、{c['officers'][1][0]}",
    ]
    p1 = "\n".join(lines)
    p2 = "\n".join([
        c["agency"],
        spaced("陈述申辩复核意见"),
        "",
        x["review"],
        "",
        f"复核人（签名）：{c['dept_head']}    {D(c, x['review_date'])}",
    ])
    return [p1, p2]


def shenpi(c: dict) -> list[str]:
    dd = c["dates"]["approval"]
    rows = [
        ("案由", c["cause"]),
        ("当事人", c["party"]["name"]),
        ("违法事实", c["facts_short"]),
        ("陈述申辩或听证情况", c.get("pleading_summary", "当事人在法定期限内未提出陈述、申辩意见，未要求听证。")),
        ("拟处罚意见", c["penalty_text"]),
        ("承办人意见", f"{c.get('handler_opinion_long', '建议按拟处罚意见作出行政处罚决定。')}\n签名：{c['officers'][0][0]}、{c['officers'][1][0]}  {dot_date(dd)}"),
        ("承办机构意见", f"同意承办人意见。\n签名：{c['dept_head']}  {dot_date(dd)}"),
        ("法制审核意见", c.get("approval_fazhi", f"已经法制审核，同意。\n签名：{c.get('fazhi_head', c['dept_head'])}  {dot_date(dd)}")),
        ("负责人意见", f"{c.get('leader_opinion', '同意。')}\n签名：{c['leader']}  {dot_date(dd)}"),
    ]
    head = [c["agency"], "", spaced("行政处罚案件处理审批表"), ""]
    return ["\n".join(head + form(c, rows))]


def jueding(c: dict) -> list[str]:
    j = c["decision"]
    dd = c["dates"]["decision"]
    pay = j.get("pay", (
        "    当事人应当自收到本决定书之日起十五日内，持本决定书及《非税收入一般缴款书》到指定代收银行缴纳罚没款，"
        "或者通过非税收入电子缴款平台缴纳。逾期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第一项"
        "的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额。"))
    remedy = j.get("remedy", (
        f"    当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向{c['fuyi']}申请行政复议，"
        f"也可以在六个月内依法向{c['court']}提起行政诉讼。申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。"))
    p1 = [
        c["agency"],
        "",
        spaced("行政处罚决定书"),
        "",
        j["no"].rjust(40),
        "",
        *party_block(c),
        "",
        "    " + j["course"],
        "    " + j["facts"],
        "    " + j["evidence"],
    ]
    p2 = [
        "    " + j["qualify"],
        "    " + j["discretion"],
        "    " + j["result"],
        pay,
        remedy,
        "",
        c["agency"].rjust(36),
        c.get("seal", "（印章）").rjust(36),
        D(c, dd).rjust(36),
    ]
    return ["\n".join(p1), "\n".join(p2)]


def receipt(c: dict, r: dict) -> list[str]:
    lines = [
        f"{c['province']}非税收入一般缴款书（电子）",
        "",
        f"票据号码：{r['no']}",
        f"开票日期：{r['date']}",
        f"缴款人：{c['party']['name']}",
        f"执收单位：{c['agency']}",
        "项目名称\t金额（元）",
    ]
    for name, amt in r["items"]:
        lines.append(f"{name}\t{amt:.2f}")
    lines += [f"合计（大写）：{r['big']}    （小写）：¥{r['total']:.2f}", "", "收款单位（章）：非税收入电子缴款专用章"]
    return ["\n".join(lines)]


def jiean(c: dict) -> list[str]:
    dd = c["dates"]["closed"]
    rows = [
        ("案由", c["cause"]),
        ("当事人", c["party"]["name"]),
        ("处罚决定书文号", c["decision"]["no"]),
        ("处罚内容", c["penalty_text"]),
        ("执行情况", c["exec_text"]),
        ("承办人意见", f"处罚决定已执行完毕，建议结案。\n{c['officers'][0][0]}、{c['officers'][1][0]}  {dot_date(dd)}"),
        ("负责人审批意见", f"同意结案。\n{c['leader']}  {dot_date(dd)}"),
    ]
    head = [c["agency"], "", spaced("结案报告"), ""]
    return ["\n".join(head + form(c, rows))]


def beikao(c: dict) -> str:
    return "\n".join([
        spaced("备考表"),
        "",
        c.get("beikao_note", "本卷共有文件材料若干件，均为原件或经核对的复印件。"),
        "",
        f"立卷人：{c['officers'][1][0]}",
        f"检查人：{c['dept_head']}",
        f"立卷时间：{dot_date(c['dates']['closed'])}",
    ])
