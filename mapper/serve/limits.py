"""A cap on the size of a request's body, answered 413 with a message that says why.

Examples
--------
>>> BodyLimit(app=None, limit=2_000_000).limit
2000000
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["BodyLimit"]


class BodyLimit:
    """ASGI middleware: refuse a body over ``limit`` bytes, by its Content-Length when it
    gives one and by counting as it arrives when it does not (the body is then cut short
    for the app, and whatever the app answers is replaced by the 413)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            await self._refuse(send)
            return
        seen = 0
        over = False

        async def counted() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # end the body here: the app's answer is replaced
                    over = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def watched(message: Message) -> None:
            if not over:
                await send(message)

        await self.app(scope, counted, watched)
        if over:
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        mb = self.limit / 1_000_000
        body = json.dumps(
            {
                "error": f"the request holds more than {mb:g} MB; send a shorter text or "
                "split the archive and use mapper batch for many stories"
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
