"""The gpodder.net API v2, as its documentation describes it (gpoddernet.readthedocs.io):
login (HTTP Basic, then a session cookie), devices, subscription changes, episode actions."""
import json
import re

from syncresponse import Response, parse_since

USER = r"/api/2/(?:auth|devices|subscriptions|episodes)/([^/]+?)"


def handle(state, request):
    """Returns a Response, or None when the path is not this API's."""
    path = request.path
    match = re.fullmatch(r"/api/2/auth/([^/]+)/login\.json", path)
    if match and request.method == "POST":
        user = request.authenticate(match.group(1), allow_cookie=False)
        if not user:
            return Response.unauthorized()
        return Response(200, b"", cookie=request.new_session(user))
    match = re.fullmatch(r"/api/2/devices/([^/]+)/([\w.-]+)\.json", path)
    if match:
        user = request.authenticate(match.group(1))
        if not user:
            return Response.unauthorized()
        if request.method != "POST":
            return Response(405, b"")
        data = request.json()
        if not isinstance(data, dict):
            return Response(400, b"bad device data")
        device = state.devices.setdefault((user, match.group(2)), {"caption": "", "type": "other"})
        device.update({k: data[k] for k in ("caption", "type") if k in data})
        return Response(200, b"")
    match = re.fullmatch(r"/api/2/subscriptions/([^/]+)/([\w.-]+)\.json", path)
    if match:
        user = request.authenticate(match.group(1))
        if not user:
            return Response.unauthorized()
        device = match.group(2)
        if request.method == "GET":
            since = parse_since(request)
            if since is None:
                return Response(400, b"since must be a number")
            added, removed, now = state.subscription_changes(user, since)
            return Response.json({"add": added, "remove": removed, "timestamp": now})
        if request.method == "POST":
            data = request.json()
            if (not isinstance(data, dict) or not isinstance(data.get("add", []), list)
                    or not isinstance(data.get("remove", []), list)):
                return Response(400, b"bad subscription changes")
            add, remove = data.get("add", []), data.get("remove", [])
            if set(add) & set(remove):
                return Response(400, b"an address is both added and removed")
            state.devices.setdefault((user, device), {"caption": "", "type": "other"})
            when, updates = state.change_subscriptions(user, device, add, remove)
            return Response.json({"timestamp": when, "update_urls": updates})
        return Response(405, b"")
    match = re.fullmatch(r"/api/2/episodes/([^/]+)\.json", path)
    if match:
        user = request.authenticate(match.group(1))
        if not user:
            return Response.unauthorized()
        if request.method == "GET":
            since = parse_since(request)
            if since is None:
                return Response(400, b"since must be a number")
            actions, now = state.actions_since(user, since)
            podcast = request.query.get("podcast")
            device = request.query.get("device")
            actions = [a for a in actions if (not podcast or a["podcast"] == podcast)
                       and (not device or a.get("device") == device)]
            return Response.json({"actions": actions, "timestamp": now})
        if request.method == "POST":
            data = request.json()
            if not isinstance(data, list) or not all(
                    isinstance(a, dict) and {"podcast", "episode", "action"} <= a.keys()
                    for a in data):
                return Response(400, b"bad episode actions")
            when, updates, _ = state.add_actions(user, data)
            return Response.json({"timestamp": when, "update_urls": updates})
        return Response(405, b"")
    return None
