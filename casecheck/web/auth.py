"""Accounts, sessions and CSRF tokens.

Passwords are hashed with argon2id (argon2-cffi). A session is a random 256-bit token in an
HttpOnly, SameSite=Lax cookie (Secure when served over https); the database keeps only its
SHA-256, with the user, the session's CSRF token, an absolute expiry (``SESSION_HOURS`` after
login) and when it was last used: a session unused for the idle timeout (``IDLE_MINUTES`` unless
``casecheck serve --idle-minutes`` says otherwise) ends too, and every request it makes slides that
window on. An expired session's row is deleted when it is next presented. Every POST form carries the
CSRF token in a hidden field and is refused (403) without the right one. Logins are rate
limited per user name and client address, and per client address over all names. Every login
gets a new session id and ends the one the browser had.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from casecheck.web import db

ROLES = ("admin", "reviewer")
SESSION_COOKIE = "cc_session"
LOGIN_COOKIE = "cc_login"
SESSION_HOURS = 12  # absolute: a session ends this long after login however busy it is
IDLE_MINUTES = 30  # the default idle timeout
EXPIRED = "会话已超时，请重新登录"  # session expired, please log in again
TOUCH_SECONDS = 60  # ``last_seen`` is written at most this often (not a database write per request)
MAX_FAILURES, FAILURE_WINDOW = 5, 300.0
MAX_ADDRESS_FAILURES = 20  # per client address over every user name (password spraying)
MAX_TRACKED = 10_000  # keys the limiter remembers at most (random names cannot fill the memory)

_hasher = PasswordHasher()


@dataclass(frozen=True)
class User:
    """The signed-in user as the pages see it."""

    id: int
    username: str
    role: str
    csrf: str = ""

    @property
    def is_admin(self) -> bool:
        """Admins manage campaigns, users and profiles and see every campaign."""
        return self.role == "admin"


@dataclass(frozen=True)
class SessionCheck:
    """What a cookie token is: the live session's user, or none and whether it had expired (an
    expired session is not the same as no session: the login page says so)."""

    user: User | None = None
    expired: bool = False


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return _hasher.hash(password)


def verify_password(pw_hash: str, password: str) -> bool:
    """True when ``password`` matches ``pw_hash``."""
    try:
        return _hasher.verify(pw_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_password() -> str:
    """A random password for a new account (printed once)."""
    return secrets.token_urlsafe(12)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(engine: sa.Engine, username: str, password: str, role: str) -> int:
    """Add an account; raises ``ValueError`` for a bad role, name or a taken name."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    username = username.strip()
    if not username or len(username) > 100:
        raise ValueError("a user name is 1–100 characters")
    if len(password) < 8:
        raise ValueError("a password has at least 8 characters")
    with engine.begin() as conn:
        taken = conn.execute(sa.select(db.users.c.id).where(db.users.c.username == username)).first()
        if taken:
            raise ValueError(f"user {username!r} exists")
        res = conn.execute(
            db.users.insert().values(
                username=username,
                pw_hash=hash_password(password),
                role=role,
                active=True,
                created_at=db.now(),
            )
        )
        return int(res.inserted_primary_key[0])


def authenticate(engine: sa.Engine, username: str, password: str) -> User | None:
    """The active user with these credentials, or ``None``."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.users).where(db.users.c.username == username.strip())).first()
    if row is None:
        _hasher.hash(password)  # spend the same time as a real check: names are not probed by timing
        return None
    if not row.active or not verify_password(row.pw_hash, password):
        return None
    return User(row.id, row.username, row.role)


def open_session(engine: sa.Engine, user: User) -> str:
    """Start a session for ``user``; returns the cookie token. Sessions past their absolute
    expiry are cleared on the way."""
    token = secrets.token_urlsafe(32)
    now = db.clock()
    with engine.begin() as conn:
        conn.execute(db.sessions.delete().where(db.sessions.c.expires_at < db.stamp(now)))
        conn.execute(
            db.sessions.insert().values(
                token_hash=_digest(token),
                user_id=user.id,
                csrf=secrets.token_urlsafe(32),
                created_at=db.stamp(now),
                expires_at=db.stamp(now + dt.timedelta(hours=SESSION_HOURS)),
                last_seen=db.stamp(now),
            )
        )
    return token


def check_session(engine: sa.Engine, token: str | None, idle_minutes: float = IDLE_MINUTES) -> SessionCheck:
    """The user of a live session token; a session past its absolute expiry or unused for
    ``idle_minutes`` is ended here (its row deleted) and reported ``expired``. A live session's
    ``last_seen`` moves on, written at most every ``TOUCH_SECONDS`` (so the idle window may close
    up to that much early). Disabled users have no session."""
    if not token:
        return SessionCheck()
    where = db.sessions.c.token_hash == _digest(token)
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(
                db.sessions.c.csrf,
                db.sessions.c.expires_at,
                db.sessions.c.last_seen,
                db.sessions.c.created_at,
                db.users,
            )
            .join(db.users, db.users.c.id == db.sessions.c.user_id)
            .where(where)
        ).first()
    if row is None:
        return SessionCheck()
    now = db.clock()
    seen = dt.datetime.fromisoformat(row.last_seen or row.created_at)
    if row.expires_at <= db.stamp(now) or now - seen >= dt.timedelta(minutes=idle_minutes):
        close_session(engine, token)
        return SessionCheck(expired=True)
    if not row.active:
        return SessionCheck()
    if now - seen >= dt.timedelta(seconds=TOUCH_SECONDS):
        with engine.begin() as conn:
            conn.execute(db.sessions.update().where(where).values(last_seen=db.stamp(now)))
    return SessionCheck(User(row.id, row.username, row.role, row.csrf))


def session_user(engine: sa.Engine, token: str | None, idle_minutes: float = IDLE_MINUTES) -> User | None:
    """The user of a live session token (:func:`check_session` without the reason)."""
    return check_session(engine, token, idle_minutes).user


def close_session(engine: sa.Engine, token: str | None) -> None:
    """End a session (log out)."""
    if token:
        with engine.begin() as conn:
            conn.execute(db.sessions.delete().where(db.sessions.c.token_hash == _digest(token)))


def set_flash(engine: sa.Engine, token: str | None, message: str) -> None:
    """Keep a status message for the session's next page (the session row holds it)."""
    if token:
        with engine.begin() as conn:
            conn.execute(
                db.sessions.update()
                .where(db.sessions.c.token_hash == _digest(token))
                .values(flash=message[:2000])
            )


def take_flash(engine: sa.Engine, token: str | None) -> str:
    """The session's pending status message, removed as it is read ("" when none)."""
    if not token:
        return ""
    with engine.begin() as conn:
        where = db.sessions.c.token_hash == _digest(token)
        found = conn.execute(sa.select(db.sessions.c.flash).where(where)).scalar()
        if found:
            conn.execute(db.sessions.update().where(where).values(flash=None))
    return found or ""


def change_password(engine: sa.Engine, user: User, current: str, new: str, keep: str | None) -> None:
    """Set ``user``'s password after checking the current one; every other session of the user
    ends (``keep`` is the cookie token of the session making the change). ``ValueError`` when
    the current password is wrong or the new one too short."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.users.c.pw_hash).where(db.users.c.id == user.id)).first()
    if row is None or not verify_password(row.pw_hash, current):
        raise ValueError("当前密码不正确")
    if len(new) < 8:
        raise ValueError("新密码至少 8 个字符")
    with engine.begin() as conn:
        conn.execute(db.users.update().where(db.users.c.id == user.id).values(pw_hash=hash_password(new)))
        end_sessions(conn, user.id, keep)


def end_sessions(conn: sa.Connection, user_id: int, keep: str | None = None) -> None:
    """End every session of a user (but the one of the cookie token ``keep``): a password change
    or reset, a disabled account."""
    which = db.sessions.c.user_id == user_id
    if keep:
        which = sa.and_(which, db.sessions.c.token_hash != _digest(keep))
    conn.execute(db.sessions.delete().where(which))


def csrf_ok(expected: str, given: Any) -> bool:
    """Constant-time comparison of a form's CSRF token with the session's."""
    return bool(expected) and isinstance(given, str) and hmac.compare_digest(expected, given)


class LoginLimiter:
    """At most ``limit`` (``MAX_FAILURES``) failed logins per key within ``FAILURE_WINDOW`` seconds."""

    def __init__(self) -> None:
        self._fails: dict[str, list[float]] = {}

    def blocked(self, key: str, limit: int = MAX_FAILURES) -> bool:
        """True while ``key`` has ``limit`` or more recent failures."""
        recent = [t for t in self._fails.get(key, []) if time.monotonic() - t < FAILURE_WINDOW]
        if recent:
            self._fails[key] = recent
        else:
            self._fails.pop(key, None)
        return len(recent) >= limit

    def failed(self, key: str) -> None:
        """Count a failure (forgetting keys whose failures are all old once too many are kept)."""
        if len(self._fails) >= MAX_TRACKED:
            now = time.monotonic()
            self._fails = {k: v for k, v in self._fails.items() if v and now - v[-1] < FAILURE_WINDOW}
            while len(self._fails) >= MAX_TRACKED:  # still full: the oldest go first
                self._fails.pop(min(self._fails, key=lambda k: self._fails[k][-1]))
        self._fails.setdefault(key, []).append(time.monotonic())

    def reset(self, key: str) -> None:
        """Forget failures after a successful login."""
        self._fails.pop(key, None)
