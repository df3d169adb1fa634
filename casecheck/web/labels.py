"""Chinese labels for the workbench's stored codes (roles, severities, record states, audit
actions); a code without one is shown as it is. Templates call ``label(kind, code)``."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "role": {"admin": "管理员", "reviewer": "评查人员"},
    "severity": {"deduct": "扣分", "veto": "否决", "warn": "提示", "info": "提示"},
    "status": {"reviewed": "已评查", "error": "无法评查", "timeout": "超时"},
    "action": {
        "login": "登录",
        "password_change": "修改密码",
        "confirm": "确认问题",
        "dismiss": "排除问题",
        "add": "补充问题",
        "judge": "人工评判",
        "sign_off": "签署",
        "return": "退回整改",
        "upload": "上传整改文件",
        "assign": "分配案卷",
        "user_create": "创建用户",
        "user_enable": "启用用户",
        "user_disable": "停用用户",
        "user_password_reset": "重置密码",
        "member_add": "加入评查活动",
        "profile_add": "添加评查标准",
        "campaign_create": "创建评查活动",
    },
}


def label(kind: str, code: object) -> str:
    """The label of ``code`` among ``kind`` (``""`` for no code, the code itself when unknown)."""
    if code is None or code == "":
        return ""
    return LABELS.get(kind, {}).get(str(code), str(code))
