"""Who may do what. Enforced here, in the services; the UI only mirrors it."""

from __future__ import annotations

from ..db.register import CurrentUser, Register
from ..errors import PermissionDenied

ADMIN, CASE_MANAGER, CASEWORKER, READ_ONLY = "ADMIN", "CASE_MANAGER", "CASEWORKER", "READ_ONLY"
ROLES = (ADMIN, CASE_MANAGER, CASEWORKER, READ_ONLY)


def require(register: Register, *roles: str) -> CurrentUser:
    """The current user, if their role is one of `roles`; otherwise `PermissionDenied`."""
    user = register.require_user()
    if user.role not in roles:
        raise PermissionDenied()
    return user
