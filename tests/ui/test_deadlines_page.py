"""The Deadlines page reads the week's list on the worker thread: it says "Loading…" meanwhile,
and a lock during the read never leaves the result on screen."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from test_casefile import seed_case
from ui_support import USER_PASSPHRASE, create_register, unlock


def _hold_worker(session: Any) -> threading.Event:
    """Keep the single worker busy until the returned event is set, so the page's read waits
    in the queue and its loading state can be looked at."""
    release = threading.Event()
    session.main.ctx.tasks.submit(lambda: release.wait(10))
    return release


def _open_page(qtbot: Any, data_dir: Path, make_session: Any) -> tuple[Any, Any]:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    seed_case(session.register)
    page = main.page("deadlines")
    main.view.show_page("deadlines")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return session, page


def test_the_week_is_loaded_in_the_background(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    session, page = _open_page(qtbot, data_dir, make_session)
    release = _hold_worker(session)
    page.refresh()
    assert page.loading
    assert page.view.summary.text() == "Loading the deadlines…"
    assert not page.view.refresh_button.isEnabled()
    assert page.view.empty.isHidden()  # not "nothing is due" before the list is known
    release.set()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.model.rowCount() > 0
    assert page.view.summary.text().startswith("Overdue: ")
    assert page.view.refresh_button.isEnabled()


def test_a_refresh_while_loading_reads_again(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    session, page = _open_page(qtbot, data_dir, make_session)
    release = _hold_worker(session)
    page.refresh()
    page.refresh()  # e.g. after a change: the running read may have missed it
    release.set()
    qtbot.waitUntil(lambda: not page.loading and not session.main.ctx.tasks.busy,
                    timeout=10_000)
    assert page.model.rowCount() > 0


def test_a_lock_while_loading_shows_nothing(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    session, page = _open_page(qtbot, data_dir, make_session)
    release = _hold_worker(session)
    page.refresh()
    session.lock("idle")  # waits for the running work, then locks before the rows arrive
    release.set()
    qtbot.waitUntil(lambda: not session.register.is_unlocked, timeout=10_000)
    qtbot.waitUntil(lambda: not session.main.ctx.tasks.busy, timeout=10_000)
    qtbot.wait(50)  # any late result would have been delivered by now
    assert not page.loading
    assert page.model.rowCount() == 0


def test_a_result_read_before_forget_is_dropped(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    session, page = _open_page(qtbot, data_dir, make_session)
    release = _hold_worker(session)
    page.refresh()
    page.forget()  # the page is emptied while its read is still queued
    release.set()
    qtbot.waitUntil(lambda: not session.main.ctx.tasks.busy, timeout=10_000)
    qtbot.wait(50)
    assert page.model.rowCount() == 0 and not page.loading


def test_a_page_not_on_screen_reads_nothing(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    session, page = _open_page(qtbot, data_dir, make_session)
    session.main.view.show_page("cases")
    page.refresh()  # e.g. refresh_all after a change: the worker stays free for the visible page
    assert not page.loading and not session.main.ctx.tasks.busy
    session.main.view.show_page("deadlines")  # showing the page reads the week again
    assert page.loading
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=10_000)
