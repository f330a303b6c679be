"""A small scripted server on loopback that speaks the OpenAI chat-completions protocol, so
the real langchain-openai client runs against it (no model, no network).

Each POST /v1/chat/completions takes the next scripted item: a tool call, a plain answer, a
raw body (malformed JSON), an HTTP error, or a delay before any of them (timeouts). Every
request body is kept for assertions. With the script empty it answers 500, so an unexpected
model call is visible.
"""
from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: str = ""
    delay: float = 0.0


def _completion(message: dict[str, Any], finish: str) -> str:
    return json.dumps({
        "id": f"chatcmpl-{time.monotonic_ns()}", "object": "chat.completion",
        "created": int(time.time()), "model": "stub-model",
        "choices": [{"index": 0, "message": message, "finish_reason": finish,
                     "logprobs": None}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}})


def answer(text: str) -> Reply:
    """A plain assistant message."""
    return Reply(body=_completion({"role": "assistant", "content": text}, "stop"))


def tool_calls(*calls: tuple[str, dict[str, Any] | str]) -> Reply:
    """One assistant message calling tools; a str argument is sent as is (malformed JSON)."""
    items = [{"id": f"call_{i}_{name}", "type": "function",
              "function": {"name": name,
                           "arguments": args if isinstance(args, str) else json.dumps(args)}}
             for i, (name, args) in enumerate(calls)]
    return Reply(body=_completion({"role": "assistant", "content": None, "tool_calls": items},
                                  "tool_calls"))


def tool_call(name: str, args: dict[str, Any] | str | None = None) -> Reply:
    return tool_calls((name, {} if args is None else args))


def raw(body: str, status: int = 200) -> Reply:
    return Reply(status=status, body=body)


def error(status: int = 500, message: str = "internal error") -> Reply:
    return Reply(status=status, body=json.dumps({"error": {"message": message,
                                                           "type": "server_error"}}))


def slow(seconds: float, then: Reply | None = None) -> Reply:
    then = then or answer("too late")
    return Reply(then.status, then.body, seconds)


@dataclass
class OpenAIStub:
    script: deque[Reply] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def push(self, *replies: Reply) -> None:
        self.script.extend(replies)

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> OpenAIStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's API
                try:
                    length = int(self.headers.get("Content-Length") or 0)
                    body = self.rfile.read(length)
                    try:
                        stub.requests.append(json.loads(body))
                    except ValueError:
                        stub.requests.append({"unparsed": body.decode("utf-8", "replace")})
                    reply = stub.script.popleft() if stub.script else error(
                        500, "stub script exhausted")
                    if reply.delay:
                        stub._stop.wait(reply.delay)
                    data = reply.body.encode()
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (OSError, ValueError):  # the client gave up (timeout): nothing to say
                    pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def tool_names_offered(self, index: int = -1) -> list[str]:
        return [t["function"]["name"] for t in self.requests[index].get("tools", [])]
