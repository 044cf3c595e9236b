"""One running window per user and data folder: the instance lock plus a local server to talk to it.

The first launch takes the instance lock (desktop/instance_lock.py) before Qt is imported and, once
its window is on screen, listens on a local server (QLocalServer) named for the data folder. A
second launch finds the lock taken, connects, sends one JSON line ``{"cmd": "activate", "argv":
[...]}``, waits briefly for ``ok`` and exits; the first instance emits `activated(argv)` and raises
its window (`raise_window`). While the first one is still starting (no server yet) the second keeps
trying for a while (`hand_over`). A server name left behind by a crashed instance (a stale Unix
socket) is removed with `QLocalServer.removeServer`.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.instance_lock import InstanceLock, is_locked, lock_path

CONNECT_TIMEOUT_MS = 500
ACK_TIMEOUT_MS = 2000
HAND_OVER_TIMEOUT_MS = 20_000  # a slow first start on an old PC, plus its start-up checks
HAND_OVER_RETRY_MS = 100
MAX_MESSAGE = 64 * 1024


def server_name(data_dir: str | None = None) -> str:
    if data_dir is None:
        from desktop.paths import data_dir as _data_dir

        data_dir = str(_data_dir().resolve())
    try:
        user = getpass.getuser()
    except Exception:  # no user name (odd Windows setups)
        user = "user"
    digest = hashlib.sha1(f"{user}|{data_dir}".encode("utf-8")).hexdigest()[:16]
    return f"baocao-{digest}"


def encode_message(argv: list[str]) -> bytes:
    return (json.dumps({"cmd": "activate", "argv": list(argv)}, ensure_ascii=False) + "\n").encode("utf-8")


def decode_message(data: bytes) -> list[str] | None:
    """The argv of an activate message, or None when the message is not one."""
    try:
        msg = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(msg, dict) or msg.get("cmd") != "activate":
        return None
    argv = msg.get("argv", [])
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        return None
    return argv


def send_activate(name: str, argv: list[str], *, wait_ack: bool = True) -> bool:
    """Tell the instance listening on `name` to come forward. True when it is there (and answered)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(encode_message(argv))
    socket.flush()
    socket.waitForBytesWritten(ACK_TIMEOUT_MS)
    answered = True
    if wait_ack:
        answered = False
        while socket.waitForReadyRead(ACK_TIMEOUT_MS):
            if bytes(socket.readAll().data()).startswith(b"ok"):
                answered = True
                break
    socket.disconnectFromServer()
    return answered


def hand_over(argv: list[str], name: str | None = None, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
    """Ask the running instance to come forward, retrying while it starts (it listens only once its
    window is shown). True when it answered. Needs a QCoreApplication."""
    import time

    name = name or server_name()
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        if send_activate(name, argv):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(HAND_OVER_RETRY_MS / 1000)


def is_running(data_dir: Path | None = None) -> bool:
    """True when a window is running on this data folder (for CLI verbs that must not race it)."""
    return is_locked(lock_path(data_dir))


class SingleInstance(QObject):
    """The first instance's server. Emits `activated(argv)` when a second launch asks it to."""

    activated = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None, lock: InstanceLock | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self.lock = lock  # released on close()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening, replacing a stale server name left by a crashed instance."""
        if self.server.listen(self.name):
            return True
        # Only called after nobody answered on this name: what is left there is stale.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()
        self.server.close()
        if self.lock is not None:
            self.lock.release()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(self._poll)
            socket.disconnected.connect(self._prune)
        self._poll()

    def _poll(self) -> None:
        for socket in list(self._buffers):
            if socket.bytesAvailable():
                self._read(socket)

    def _prune(self) -> None:
        for socket in list(self._buffers):
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                if socket.bytesAvailable():  # a client that wrote and hung up at once
                    self._read(socket)
                self._buffers.pop(socket, None)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            self._buffers.pop(socket, None)
            socket.abort()
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        argv = decode_message(line)
        if argv is None:
            socket.write(b"error\n")
        else:
            socket.write(b"ok\n")
            self.activated.emit(argv)
        socket.flush()


def claim(argv: list[str], name: str | None = None, lock: InstanceLock | None = None) -> SingleInstance | None:
    """Take the instance lock and listen now, or hand `argv` to the running instance and return None.

    Needs a QCoreApplication. The caller exits when this returns None. The window's start-up does the
    same in two steps (desktop/app_guard.py): the lock first, the server once the window shows.
    """
    lock = lock or InstanceLock()
    if not lock.acquire() and hand_over(argv, name):
        return None
    # First, or the holder of the lock never answered (hung): run, as before there was a lock.
    instance = SingleInstance(name, lock=lock if lock.held else None)
    instance.listen()
    return instance


def raise_window(window) -> None:
    """Bring a window to the front, restoring it when minimized."""
    from PySide6.QtCore import Qt

    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
