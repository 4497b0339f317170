"""An inbox file that meets a store kept busy by another program is not failed and not
left for the next rescan minutes later: it goes back to the inbox and is taken again soon."""

from __future__ import annotations

from remonitor.store import connection
from remonitor.store.location import prepare_data_dir
from remonitor.workers import inbox as inbox_module
from tests.reliability.children import run_child
from tests.reliability.test_shared_store import HOLD_THE_STORE, figures_file, release


def test_a_file_that_met_a_busy_store_is_taken_again_soon(qtbot, tmp_path, monkeypatch):
    from remonitor.workers.inbox import Inbox
    from remonitor.workers.tasks import TaskRunner
    from remonitor.workers.writer import StoreWriter

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(connection, "WAIT_LIMIT_S", 0.5)  # give up waiting quickly ...
    monkeypatch.setattr(inbox_module, "BUSY_RETRY_S", 1.0)  # ... and try again soon
    db = prepare_data_dir(tmp_path / "data")
    writer, runner = StoreWriter(db), TaskRunner(db)
    with qtbot.waitSignal(writer.sig_ready, timeout=20_000):
        writer.start()
    folder = tmp_path / "inbox"
    inbox = Inbox(folder, writer, runner, settle_s=0.2)
    outcomes = []
    inbox.sig_outcome.connect(outcomes.append)
    try:
        child = run_child(HOLD_THE_STORE.format(db=str(db)))
        assert child.stdout.readline().strip() == "holding"
        inbox.start()
        figures_file(folder, "busy.csv", "BUSY")
        qtbot.waitUntil(lambda: [o.kind for o in outcomes][:1] == ["busy"], timeout=20_000)
        assert (folder / "busy.csv").exists()  # back where it was, not in failed/
        release(child)
        child.wait(timeout=30)
        qtbot.waitUntil(lambda: outcomes[-1].kind == "imported", timeout=20_000)
        assert (folder / "done" / "busy.csv").exists()
    finally:
        inbox.stop()
        runner.shutdown()
        writer.stop()
