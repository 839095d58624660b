#!/usr/bin/env python3
"""A loopback server speaking the gpodder.net API v2 and Nextcloud GPodder Sync, for the tests.

Usage: syncserver.py [--port N] [--user NAME:PASSWORD]...

Prints "PORT <n>" on its first line once it listens on 127.0.0.1, then serves until killed.
It runs as its own process so that Ondes, a test and gPodder's own client library (mygpoclient)
can all talk to it, and so that an `ondes sync` killed at any moment leaves it standing.
Besides the two APIs, /_test/… lets a test drive it (no authentication):
  POST /_test/users      {"name": "password", …}             adds users
  POST /_test/behaviour  {"delay_ms": n, "fail_next": n, "fail_status": s, "lose_answers": n,
                          "rewrites": {"old": "new"}}        slow, failing, rewriting server
                          (lose_answers: episode-action uploads stored, their answers never sent)
  POST /_test/seed       {"user", "device", "add", "remove", "actions"}  another device's changes
  GET  /_test/state      what the server holds (subscriptions, actions, devices)
"""
import argparse
import base64
import http.server
import json
import secrets
import sys
import time
import urllib.parse

import gpodderapi
import nextcloudapi
from syncresponse import Response
from syncstate import SyncState

STATE = SyncState()
BEHAVIOUR = {"delay_ms": 0, "fail_next": 0, "fail_status": 503, "lose_answers": 0}
SESSIONS = {}  # cookie value -> user


class Request:
    def __init__(self, handler, method):
        self.method = method
        parsed = urllib.parse.urlsplit(handler.path)
        self.path = urllib.parse.unquote(parsed.path)
        self.query = dict(urllib.parse.parse_qsl(parsed.query))
        self.headers = handler.headers
        length = int(handler.headers.get("Content-Length") or 0)
        self.body = handler.rfile.read(length) if length else b""
        self.cookie = None  # a session started by this request's Basic credentials

    def json(self):
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None

    def authenticate(self, url_user, allow_cookie=True):
        """The user these credentials are, or None (also when not the user in the address)."""
        user = None
        if allow_cookie:
            for part in (self.headers.get("Cookie") or "").split(";"):
                name, _, value = part.strip().partition("=")
                if name == "sessionid" and value in SESSIONS:
                    user = SESSIONS[value]
        authorization = self.headers.get("Authorization") or ""
        if user is None and authorization.startswith("Basic "):
            try:
                name, _, password = base64.b64decode(authorization[6:]).decode().partition(":")
            except ValueError:
                return None
            if STATE.check(name, password):
                user = name
                if allow_cookie:  # as gpodder.net: Basic once, then the session cookie
                    self.cookie = self.new_session(user)
        if user is None or (url_user is not None and url_user != user):
            return None
        return user

    @staticmethod
    def new_session(user):
        token = secrets.token_hex(16)
        SESSIONS[token] = user
        return "sessionid=%s; Path=/; HttpOnly" % token


def control(request):
    if request.path == "/_test/state":
        return Response.json(STATE.snapshot())
    data = request.json() or {}
    if request.path == "/_test/users":
        STATE.users.update(data)
    elif request.path == "/_test/behaviour":
        STATE.rewrites.update(data.pop("rewrites", {}))
        BEHAVIOUR.update(data)
    elif request.path == "/_test/seed":
        user, device = data["user"], data.get("device", "phone")
        if data.get("add") or data.get("remove"):
            STATE.change_subscriptions(user, device, data.get("add", []), data.get("remove", []),
                                       rewrite=False)
        if data.get("actions"):
            STATE.add_actions(user, [dict(a, device=device) for a in data["actions"]],
                              rewrite=False)
    else:
        return Response(404, b"")
    return Response.json({"ok": True})


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, method):
        request = Request(self, method)
        if request.path.startswith("/_test/"):
            with STATE.lock:
                self.send(control(request))
            return
        time.sleep(BEHAVIOUR["delay_ms"] / 1000.0)
        with STATE.lock:
            if BEHAVIOUR["fail_next"] > 0:
                BEHAVIOUR["fail_next"] -= 1
                self.send(Response(BEHAVIOUR["fail_status"], b"failing on purpose"))
                return
            response = gpodderapi.handle(STATE, request) or nextcloudapi.handle(STATE, request)
            lose = (BEHAVIOUR["lose_answers"] > 0 and method == "POST"
                    and "episode" in request.path)
            if lose:
                BEHAVIOUR["lose_answers"] -= 1
        if lose:
            # Stored, but the answer never arrives: the client must send it again.
            self.close_connection = True
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        response = response or Response(404, b"not found")
        response.cookie = response.cookie or request.cookie
        self.send(response)

    def send(self, response):
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        if response.cookie:
            self.send_header("Set-Cookie", response.cookie)
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(response.body)

    def do_GET(self):
        self.answer("GET")

    def do_POST(self):
        self.answer("POST")

    def do_PUT(self):
        self.answer("PUT")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--user", action="append", default=[])
    args = parser.parse_args()
    for user in args.user:
        name, _, password = user.partition(":")
        STATE.users[name] = password
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
