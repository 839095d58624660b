"""An answer of the loopback sync server, and the `since` parameter both APIs read."""
import json


class Response:
    def __init__(self, status, body, content_type="text/plain", cookie=None, headers=None):
        self.status = status
        self.body = body
        self.content_type = content_type
        self.cookie = cookie
        self.headers = headers or []

    @staticmethod
    def json(value):
        return Response(200, json.dumps(value).encode(), "application/json")

    @staticmethod
    def unauthorized():
        return Response(401, b"unauthorized", headers=[("WWW-Authenticate",
                                                        'Basic realm="loopback sync"')])


def parse_since(request):
    """The `since` query parameter as an int (0 when absent), None when it is not a number."""
    text = request.query.get("since", "0")
    try:
        return int(text)
    except ValueError:
        return None
