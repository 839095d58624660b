"""What a loopback sync server holds: users, devices, subscription changes and episode actions.

Both APIs (gpodder.net v2 and Nextcloud GPodder Sync) share it, as a server offering both would.
Times: every change gets the server's next timestamp, Unix seconds that never repeat (the clock,
or one more than the last when the clock has not moved), so `since` is exact even when a test
makes several changes in one second. A user's devices form one sync group (as opodsync does):
a subscription change of one device is a change for all of them.
"""
import threading
import time


class SyncState:
    def __init__(self):
        self.lock = threading.Lock()
        self.users = {}            # name -> password
        self.devices = {}          # (user, device id) -> {"caption", "type"}
        self.subscription_log = {}  # user -> [(timestamp, "add"|"remove", url, device)]
        self.actions = {}          # user -> [(timestamp, action dict)]
        self.rewrites = {}         # address -> the address this server stores instead
        self.last_time = 0

    def next_time(self):
        self.last_time = max(int(time.time()), self.last_time + 1)
        return self.last_time

    def now(self):
        # A change after this answer gets a later time than the one answered.
        self.last_time = max(int(time.time()), self.last_time)
        return self.last_time

    def check(self, user, password):
        return user in self.users and self.users[user] == password

    def rewrite(self, url):
        return self.rewrites.get(url, url)

    def subscriptions(self, user):
        current = []
        for _, change, url, _ in self.subscription_log.get(user, []):
            if change == "add" and url not in current:
                current.append(url)
            elif change == "remove" and url in current:
                current.remove(url)
        return current

    def change_subscriptions(self, user, device, add, remove, rewrite=True):
        """Returns (timestamp, update_urls). Nextcloud's app rewrites nothing (rewrite=False)."""
        when = self.next_time()
        current = self.subscriptions(user)
        log = self.subscription_log.setdefault(user, [])
        updates = []
        for change, urls in (("add", add), ("remove", remove)):
            for url in urls:
                stored = self.rewrite(url) if rewrite else url
                if stored != url:
                    updates.append([url, stored])
                if (change == "add") == (stored in current):
                    continue  # already so: not a change
                log.append((when, change, stored, device))
                if change == "add":
                    current.append(stored)
                else:
                    current.remove(stored)
        return when, updates

    def subscription_changes(self, user, since):
        """What changed after `since`: (added, removed, timestamp)."""
        state = {}
        for when, change, url, _ in self.subscription_log.get(user, []):
            if when > since:
                state[url] = change
        added = [url for url, change in state.items() if change == "add"]
        removed = [url for url, change in state.items() if change == "remove"]
        return added, removed, self.now()

    def add_actions(self, user, actions, rewrite=True):
        """Stores actions; one identical to a stored one (a resend) is not stored twice.
        Returns (timestamp, update_urls, stored count)."""
        when = self.next_time()
        stored = self.actions.setdefault(user, [])
        known = {self.key(action) for _, action in stored}
        updates = []
        count = 0
        for action in actions:
            action = dict(action)
            for field in ("podcast", "episode"):
                rewritten = self.rewrite(action[field]) if rewrite else action[field]
                if rewritten != action[field]:
                    updates.append([action[field], rewritten])
                    action[field] = rewritten
            if "timestamp" not in action:
                action["timestamp"] = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(when))
            key = self.key(action)
            if key in known:
                continue
            known.add(key)
            stored.append((when, action))
            count += 1
        return when, updates, count

    @staticmethod
    def key(action):
        return tuple(str(action.get(field)) for field in (
            "podcast", "episode", "guid", "action", "timestamp", "started", "position", "total",
            "device"))

    def actions_since(self, user, since):
        return [action for when, action in self.actions.get(user, []) if when > since], self.now()

    def snapshot(self):
        return {
            "subscriptions": {user: self.subscriptions(user) for user in self.users},
            "actions": {user: [a for _, a in actions] for user, actions in self.actions.items()},
            "devices": {"%s/%s" % key: value for key, value in self.devices.items()},
        }
