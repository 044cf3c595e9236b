"""Single instance: a second launch hands its argv to the first and exits; stale names are reclaimed."""

from __future__ import annotations

import os
import socket as pysocket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from desktop import single_instance as si
from desktop.instance_lock import InstanceLock, is_locked

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def name():
    value = f"baocao-test-{uuid.uuid4().hex[:12]}"
    yield value
    QLocalServer.removeServer(value)


def test_message_round_trip_and_rejects():
    argv = ["--db", "báo cáo.db"]
    assert si.decode_message(si.encode_message(argv).strip()) == argv
    assert si.decode_message(b"not json") is None
    assert si.decode_message(b'{"cmd": "quit"}') is None
    assert si.decode_message(b'{"cmd": "activate", "argv": [1, 2]}') is None
    assert si.decode_message(b"\xff\xfe") is None


def test_server_name_depends_on_data_dir():
    assert si.server_name("/a") != si.server_name("/b")
    assert si.server_name("/a") == si.server_name("/a")


def test_second_launch_activates_first_in_process(qtbot, name):
    first = si.SingleInstance(name)
    assert first.listen()
    with qtbot.waitSignal(first.activated, timeout=3000) as blocker:
        assert si.send_activate(name, ["báo-cáo", "--x"], wait_ack=False)
    assert blocker.args == [["báo-cáo", "--x"]]
    first.close()


def test_no_server_means_no_activation(qapp, name):
    assert si.send_activate(name, []) is False


def test_claim_becomes_primary_then_second_defers(qtbot, name):
    primary = si.claim(["a"], name)
    assert primary is not None
    received = []
    primary.activated.connect(received.append)
    code = """
import sys
from PySide6.QtCore import QCoreApplication
from desktop import single_instance as si
app = QCoreApplication([])
sys.exit(0 if si.claim(["second", "--flag"], sys.argv[1]) is None else 3)
"""
    proc = subprocess.Popen([sys.executable, "-c", code, name], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    assert proc.returncode == 0  # the second launch found the first and exited
    qtbot.waitUntil(lambda: received == [["second", "--flag"]], timeout=3000)
    primary.close()


@pytest.mark.skipif(os.name != "posix", reason="stale Unix socket files exist on POSIX only")
def test_stale_socket_file_is_reclaimed(qapp, name):
    from PySide6.QtNetwork import QLocalServer as Server

    probe = Server()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()
    # simulate a crashed instance: a socket file nobody listens on
    stale = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    stale.bind(path)
    stale.close()
    assert Path(path).exists()
    instance = si.claim([], name)
    assert instance is not None and instance.server.isListening()
    instance.close()


def test_raise_window_restores_minimized(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    si.raise_window(window)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()


def _first_started(data: Path) -> bool:
    """The window is shown and its instance server is up (its after-show work logged "start")."""
    log = data / "logs" / "baocao.log"
    return log.exists() and "start" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize("ready", [
    _first_started,
    lambda data: is_locked(data / "baocao.lock"),  # still starting: lock taken, no server yet
], ids=["after-the-first-shows", "while-the-first-starts"])
def test_second_app_launch_raises_the_first_and_exits(qapp, tmp_path, ready):
    """End to end with the real entry point: two `python -m desktop` processes on one data dir."""
    import time

    data = tmp_path / "data"
    env = {**os.environ, "BAOCAO_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen([sys.executable, "-m", "desktop"], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        name = si.server_name(str(data.resolve()))
        log = data / "logs" / "baocao.log"
        deadline = time.monotonic() + 30
        while not ready(data):
            assert first.poll() is None and time.monotonic() < deadline, "first instance did not start"
            time.sleep(0.005)
        second = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr[-2000:]
        deadline = time.monotonic() + 10
        while not (log.exists() and "second launch" in log.read_text(encoding="utf-8")):
            assert time.monotonic() < deadline, "the first instance was not asked to come forward"
            time.sleep(0.1)
        assert "['--lang', 'en']" in log.read_text(encoding="utf-8")
        assert first.poll() is None  # still running
        assert si.send_activate(name, ["probe"])  # and answering
    finally:
        first.terminate()
        first.wait(timeout=10)


def test_instance_lock_is_exclusive_and_released(tmp_path):
    path = tmp_path / "baocao.lock"
    first, second = InstanceLock(path), InstanceLock(path)
    assert not is_locked(path)
    assert first.acquire() and first.held
    assert not second.acquire() and is_locked(path)
    first.release()
    assert not is_locked(path) and second.acquire()
    second.release()


def test_instance_lock_dies_with_its_process(tmp_path):
    path = tmp_path / "baocao.lock"
    code = ("import sys, time; from pathlib import Path; from desktop.instance_lock import InstanceLock; "
            "lock = InstanceLock(Path(sys.argv[1])); assert lock.acquire(); print('held', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        assert is_locked(path)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert not is_locked(path)  # a crashed window never leaves a stale lock
