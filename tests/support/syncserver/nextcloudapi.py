"""Nextcloud's GPodder Sync app (github.com/thrillfall/nextcloud-gpodder, its README): the same
data as gpodder.net for the user as a whole, with an app password over HTTP Basic on every
request. Actions come back with upper-case names ("PLAY"), as the app answers them."""
from syncresponse import Response, parse_since

APP = "/index.php/apps/gpoddersync"


def handle(state, request):
    if not request.path.startswith(APP + "/"):
        return None
    user = request.authenticate(None, allow_cookie=False)
    if not user:
        return Response.unauthorized()
    path = request.path[len(APP):]
    if path == "/subscriptions" and request.method == "GET":
        since = parse_since(request)
        if since is None:
            return Response(400, b"since must be a number")
        added, removed, now = state.subscription_changes(user, since)
        return Response.json({"add": added, "remove": removed, "timestamp": now})
    if path == "/subscription_change/create" and request.method == "POST":
        data = request.json()
        if not isinstance(data, dict):
            return Response(400, b"bad subscription changes")
        when, _ = state.change_subscriptions(user, "nextcloud", data.get("add", []),
                                             data.get("remove", []), rewrite=False)
        return Response.json({"timestamp": when})
    if path == "/episode_action" and request.method == "GET":
        since = parse_since(request)
        if since is None:
            return Response(400, b"since must be a number")
        actions, now = state.actions_since(user, since)
        answered = []
        for action in actions:
            action = dict(action)
            action["action"] = action["action"].upper()
            for field in ("started", "position", "total"):
                action.setdefault(field, -1)
            answered.append(action)
        return Response.json({"actions": answered, "timestamp": now})
    if path == "/episode_action/create" and request.method == "POST":
        data = request.json()
        if not isinstance(data, list):
            return Response(400, b"bad episode actions")
        when, _, _ = state.add_actions(user, data, rewrite=False)
        return Response.json({"timestamp": when})
    return Response(404, b"")
