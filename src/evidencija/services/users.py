"""Users and their passphrases: rows inside the encrypted database, slots beside it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..db import keys as keyslots
from ..db.models import User
from ..db.register import Register
from ..errors import InvalidInput, KnownError
from ..messages import text
from . import audit
from .roles import ADMIN, ROLES, require


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    role: str
    active: bool
    has_passphrase: bool


def _strong_enough(passphrase: str, username: str) -> None:
    weak = keyslots.check_passphrase_strength(passphrase, username)
    if weak:
        raise InvalidInput("passphrase_too_weak", reasons="; ".join(text(w, n=10) for w in weak))


def list_users(register: Register) -> list[UserInfo]:
    register.require_user()
    slots = set(register.keyfile.usernames())
    with register.session() as session:
        rows = session.scalars(select(User).order_by(User.username)).all()
        return [
            UserInfo(u.id, u.username, u.display_name, u.role, u.active, u.username in slots)
            for u in rows
        ]


def add_user(
    register: Register, username: str, display_name: str, role: str, passphrase: str
) -> UserInfo:
    admin = require(register, ADMIN)
    username = keyslots.normalise_username(username)
    if role not in ROLES:
        raise InvalidInput(detail=f"role {role}")
    _strong_enough(passphrase, username)
    with register.session(write=True) as session, session.begin():
        if session.scalar(select(User).where(User.username == username)) is not None:
            raise KnownError("user_exists", username=username)
        user = User(username=username, display_name=display_name.strip() or username, role=role)
        session.add(user)
        session.flush()
        audit.record(session, user_id=admin.id, action="CREATE", entity="user", entity_id=user.id,
                     changes={"username": [None, username], "role": [None, role]})
        # The slot is written before the row commits: a slot without a row cannot unlock.
        register.keyfile.set_passphrase(username, passphrase, register.data_key)
        register.keyfile.save()
        return UserInfo(user.id, username, user.display_name, role, True, True)


def disable_user(register: Register, username: str) -> None:
    admin = require(register, ADMIN)
    username = keyslots.normalise_username(username)
    with register.session(write=True) as session, session.begin():
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise KnownError("unknown_user", username=username)
        if user.role == ADMIN and user.active:
            admins = session.scalar(
                select(func.count()).select_from(User).where(User.role == ADMIN, User.active.is_(True))
            )
            if (admins or 0) <= 1:
                raise KnownError("last_admin")
        user.active = False
        audit.record(session, user_id=admin.id, action="UPDATE", entity="user", entity_id=user.id,
                     changes={"active": [True, False]})
        register.keyfile.remove(username)
        register.keyfile.save()


def reset_passphrase(register: Register, username: str, new_passphrase: str) -> None:
    """An admin sets a new passphrase for someone (who forgot theirs); re-enables the user."""
    admin = require(register, ADMIN)
    username = keyslots.normalise_username(username)
    _strong_enough(new_passphrase, username)
    with register.session(write=True) as session, session.begin():
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise KnownError("unknown_user", username=username)
        was_active = user.active
        user.active = True
        audit.record(session, user_id=admin.id, action="UPDATE", entity="user", entity_id=user.id,
                     changes={"passphrase": ["*", "*"], "active": [was_active, True]})
        register.keyfile.set_passphrase(username, new_passphrase, register.data_key)
        register.keyfile.save()


def change_own_passphrase(register: Register, current_passphrase: str, new_passphrase: str) -> None:
    """Replace the current user's slot; the current passphrase is asked again (an unlocked desk
    left for a minute must not be enough to take over the account)."""
    user = register.require_user()
    keyslots.forget(register.keyfile.unlock(user.username, current_passphrase))
    _strong_enough(new_passphrase, user.username)
    with register.session(write=True) as session, session.begin():
        audit.record(session, user_id=user.id, action="UPDATE", entity="user", entity_id=user.id,
                     changes={"passphrase": ["*", "*"]})
        register.keyfile.set_passphrase(user.username, new_passphrase, register.data_key)
        register.keyfile.save()


def list_admins(register: Register) -> list[str]:
    """Usernames of the administrators: what the recovery path may give a new passphrase to.

    Needs only an unlocked database (after the recovery key there is no current user yet).
    """
    with register.session() as session:
        return list(session.scalars(select(User.username).where(User.role == ADMIN).order_by(User.username)))


def recover_admin(register: Register, username: str, new_passphrase: str) -> None:
    """After unlocking with the recovery key: give an administrator a new passphrase."""
    username = keyslots.normalise_username(username)
    _strong_enough(new_passphrase, username)
    with register.session(write=True) as session, session.begin():
        user = session.scalar(select(User).where(User.username == username))
        if user is None or user.role != ADMIN:
            raise KnownError("unknown_user", username=username)
        user.active = True
        audit.record(session, user_id=user.id, action="RECOVER", entity="user", entity_id=user.id,
                     changes={"passphrase": ["*", "*"]})
        register.keyfile.set_passphrase(username, new_passphrase, register.data_key)
        register.keyfile.save()
