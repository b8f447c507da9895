"""Start the server: bind, say where, open the browser.

Examples
--------
>>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
(True, True, False)
"""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
import webbrowser

__all__ = ["is_loopback", "serve"]


def is_loopback(host: str) -> bool:
    """Return whether ``host`` is reachable only from this computer."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_free(host: str, port: int) -> None:
    """Raise a MapperError saying what to do when ``host:port`` cannot be bound."""
    from ..errors import MapperError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise MapperError(
                f"cannot serve on {host}:{port} ({exc.strerror or exc}): another program "
                "(another mapper serve?) holds it; pass --port to use another"
            ) from None


def serve(host: str = "127.0.0.1", port: int = 8765, *, open_browser: bool = True) -> None:
    """Run ``mapper serve`` until interrupted (Ctrl-C)."""
    import uvicorn

    from ..gazetteer import default_gazetteer
    from .app import create_app

    _check_free(host, port)
    if not is_loopback(host):
        print(
            f"Warning: serving on {host}, beyond this computer: anyone who can reach it can "
            "read the stories pasted here. Use --host 127.0.0.1 unless you mean it.",
            file=sys.stderr,
        )
    default_gazetteer()  # build or open the index before the first request waits on it
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    print(f"mapper is serving on {url} (Ctrl-C stops it)", file=sys.stderr)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")
