"""Administration: users and their campaigns, campaigns (create, import cases), profiles, audit log."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from casecheck.web import audit, auth, campaigns, db
from casecheck.web.audit import log
from casecheck.web.auth import User
from casecheck.web.context import back, bench, form, page, render
from casecheck.web.uploads import Upload, limit_text

MAX_PROFILE = 256 * 1024


def _text(data: object, key: str) -> str:
    value = data.get(key)  # type: ignore[attr-defined]
    return value.strip() if isinstance(value, str) else ""


def _username(conn: sa.Connection, uid: int) -> str:
    """The name of account ``uid`` (404 when there is none)."""
    name = conn.execute(sa.select(db.users.c.username).where(db.users.c.id == uid)).scalar()
    if name is None:
        raise HTTPException(404, "no such user")
    return name


@page(admin=True)
async def users(request: Request, user: User) -> Response:
    """Accounts, their roles and campaigns."""
    return _users_page(request, user)


def _users_page(request: Request, user: User, message: str | None = None) -> Response:
    """The users page; ``message`` (a new password) is shown in this response only: it is never
    put in a URL or kept in the database."""
    wb = bench(request)
    with wb.engine.connect() as conn:
        accounts = list(conn.execute(sa.select(db.users).order_by(db.users.c.username)))
        links = list(
            conn.execute(
                sa.select(db.members.c.user_id, db.campaigns.c.name).join(
                    db.campaigns, db.campaigns.c.id == db.members.c.campaign_id
                )
            )
        )
    member_of: dict[int, list[str]] = {}
    for uid, name in links:
        member_of.setdefault(uid, []).append(name)
    all_campaigns = campaigns.visible_campaigns(wb.engine, user)
    extra = {} if message is None else {"message": message}
    return render(
        request, "users.html", accounts=accounts, member_of=member_of, campaigns=all_campaigns, **extra
    )


@page(admin=True)
async def create_user(request: Request, user: User) -> Response:
    """Add an account; an empty password field draws a random one, shown once."""
    wb = bench(request)
    data = form(request)
    name, role = _text(data, "username"), _text(data, "role")
    password = _text(data, "password") or auth.new_password()
    try:
        auth.create_user(wb.engine, name, password, role)
    except ValueError as exc:
        return back(request, "/admin/users", f"未创建：{exc}")
    with wb.engine.begin() as conn:
        log(conn, user, "user_create", target=name, detail=role)
    if _text(data, "password"):
        return back(request, "/admin/users", f"已创建用户 {name}")
    return _users_page(request, user, f"已创建用户 {name}，初始密码：{password}")


@page(admin=True)
async def set_active(request: Request, user: User) -> Response:
    """Enable or disable an account (never one's own)."""
    wb = bench(request)
    uid = request.path_params["uid"]
    active = _text(form(request), "active") == "1"
    if uid == user.id:
        return back(request, "/admin/users", "不能停用自己的账户")
    with wb.engine.begin() as conn:
        name = _username(conn, uid)
        conn.execute(db.users.update().where(db.users.c.id == uid).values(active=active))
        if not active:
            auth.end_sessions(conn, uid)
        log(conn, user, "user_enable" if active else "user_disable", target=name)
    return back(request, "/admin/users", "已更新")


@page(admin=True)
async def reset_password(request: Request, user: User) -> Response:
    """Give an account a new random password (shown once) and end its sessions."""
    wb = bench(request)
    uid = request.path_params["uid"]
    password = auth.new_password()
    with wb.engine.begin() as conn:
        name = _username(conn, uid)
        conn.execute(
            db.users.update().where(db.users.c.id == uid).values(pw_hash=auth.hash_password(password))
        )
        auth.end_sessions(conn, uid)
        log(conn, user, "user_password_reset", target=name)
    return _users_page(request, user, f"{name} 的新密码：{password}")


@page(admin=True)
async def add_member(request: Request, user: User) -> Response:
    """Let a user work on a campaign."""
    wb = bench(request)
    data = form(request)
    try:
        uid, cid = int(_text(data, "user_id")), int(_text(data, "campaign_id"))
    except ValueError:
        return back(request, "/admin/users", "请选择用户和评查活动")
    camp = campaigns.get_campaign(wb.engine, cid)
    with wb.engine.connect() as conn:
        who = conn.execute(sa.select(db.users.c.username).where(db.users.c.id == uid)).first()
    if camp is None or who is None:
        raise HTTPException(404, "no such user or campaign")
    campaigns.add_member(wb.engine, cid, uid)
    with wb.engine.begin() as conn:
        log(conn, user, "member_add", camp.name, target=who.username)
    return back(request, "/admin/users", f"{who.username} 已加入 {camp.title}")


def profiles(data: Path) -> list[str]:
    """The shipped profiles' names, then the uploaded profiles' files (``<data>/profiles``)."""
    from casecheck.checks.profiles import shipped_profiles

    return shipped_profiles() + [str(p) for p in sorted((data / "profiles").glob("*.yaml"))]


@page(admin=True)
async def campaign_list(request: Request, user: User) -> Response:
    """Campaigns and the profiles, with the forms to create a campaign and to add a profile."""
    wb = bench(request)
    items = campaigns.visible_campaigns(wb.engine, user)
    return render(request, "campaigns.html", campaigns=items, profiles=profiles(wb.data))


@page(admin=True, upload=MAX_PROFILE)
async def upload_profile(request: Request, user: User) -> Response:
    """Add a scoring standard (profile YAML, may ``extends:`` a shipped one); validated on upload.
    The file arrives streamed to ``<data>/uploads`` by the guard (cut off past ``MAX_PROFILE``)."""
    from casecheck.checks.profiles import ProfileError, load_profile

    wb = bench(request)
    data = form(request)
    item = data.get("file")
    name = campaigns.slug(_text(data, "name"))
    if not isinstance(item, Upload) or not _text(data, "name"):
        return back(request, "/admin/campaigns", "请填写名称并选择 YAML 文件")
    if item.too_large or item.path is None:
        return back(request, "/admin/campaigns", f"文件过大（上限 {limit_text(MAX_PROFILE)}）")
    folder = wb.data / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.yaml"
    if target.exists():
        return back(request, "/admin/campaigns", f"评查标准 {name} 已存在")
    shutil.move(item.path, target)
    try:
        load_profile(target)
    except (ProfileError, UnicodeDecodeError) as exc:
        target.unlink()
        return back(request, "/admin/campaigns", f"未添加：{exc}")
    with wb.engine.begin() as conn:
        log(conn, user, "profile_add", target=name, detail=item.filename)
    return back(request, "/admin/campaigns", f"已添加评查标准 {name}")


@page(admin=True)
async def create_campaign(request: Request, user: User) -> Response:
    """Create a campaign and import a folder of cases from the server (every child is a case)."""
    from casecheck.checks.profiles import ProfileError, load_profile

    wb = bench(request)
    data = form(request)
    name, profile, folder = _text(data, "name"), _text(data, "profile") or "default", _text(data, "folder")
    if profile not in profiles(wb.data):
        return back(request, "/admin/campaigns", f"未创建：未知评查标准 {profile}")
    try:
        load_profile(profile)
    except ProfileError as exc:
        return back(request, "/admin/campaigns", f"未创建：{exc}")
    source = Path(folder).expanduser() if folder else None
    if source is not None and not source.is_dir():
        return back(request, "/admin/campaigns", f"未创建：不是文件夹：{folder}")
    try:
        camp = campaigns.create_campaign(wb.engine, wb.data, name, _text(data, "title"), profile)
    except ValueError as exc:
        return back(request, "/admin/campaigns", f"未创建：{exc}")
    count = 0
    if source is not None:
        paths = campaigns.copy_cases(source, camp)
        count = await run_in_threadpool(campaigns.review_into_store, wb.url, camp, paths)
    with wb.engine.begin() as conn:
        log(conn, user, "campaign_create", camp.name, detail=f"{profile}; {count} cases from {folder}")
    return back(request, f"/c/{camp.id}", f"已创建，导入 {count} 件案卷")


@page(admin=True)
async def audit_log(request: Request, user: User) -> Response:
    """The audit log, newest first."""
    campaign = request.query_params.get("campaign") or None
    return render(
        request, "audit.html", rows=audit.entries(bench(request).engine, campaign), campaign=campaign
    )
