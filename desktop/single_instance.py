"""One running window per user and data folder (QLocalServer / QLocalSocket).

The first launch listens on a local server named for the data folder. A second launch connects,
sends one JSON line ``{"cmd": "activate", "argv": [...]}``, waits briefly for ``ok`` and exits; the
first instance emits `activated(argv)` and raises its window (`raise_window`). A server name left
behind by a crashed instance (a stale Unix socket) is removed with `QLocalServer.removeServer`.
"""

from __future__ import annotations

import getpass
import hashlib
import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
ACK_TIMEOUT_MS = 2000
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


def is_running(name: str | None = None) -> bool:
    """True when a window is running on this data folder (for CLI verbs that must not race it)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - sockets want an app object
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    running = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    if running:
        socket.disconnectFromServer()
    return running


class SingleInstance(QObject):
    """The first instance's server. Emits `activated(argv)` when a second launch asks it to."""

    activated = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or server_name()
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


def claim(argv: list[str], name: str | None = None) -> SingleInstance | None:
    """Become the running instance, or hand `argv` to the one already running and return None.

    Needs a QCoreApplication. The caller exits when this returns None.
    """
    name = name or server_name()
    if send_activate(name, argv):
        return None
    instance = SingleInstance(name)
    if not instance.listen():
        # Another instance won a start-up race; hand over if it answers, otherwise run alone.
        if send_activate(name, argv):
            return None
    return instance


def raise_window(window) -> None:
    """Bring a window to the front, restoring it when minimized."""
    from PySide6.QtCore import Qt

    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
