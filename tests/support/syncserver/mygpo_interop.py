#!/usr/bin/env python3
"""gPodder's own client library (Debian's python3-mygpoclient) against the loopback server.

Usage: mygpo_interop.py PORT USER PASSWORD read FEED EPISODE
         prints "subscribed" when FEED is among the subscriptions, and "position N" for the
         newest play action on EPISODE
       mygpo_interop.py PORT USER PASSWORD write FEED EPISODE_FEED EPISODE POSITION TIMESTAMP
         subscribes to FEED and uploads a play action (position, total 3000) on EPISODE
"""
import sys

from mygpoclient import api


def main(port, user, password, command, *args):
    client = api.MygPodderClient(user, password, "http://127.0.0.1:%s" % port)
    if command == "read":
        feed, episode = args
        if feed in client.pull_subscriptions("gpodder-desktop", 0).add:
            print("subscribed")
        plays = [a for a in client.download_episode_actions(0).actions
                 if a.episode == episode and a.action == "play"]
        plays.sort(key=lambda a: a.timestamp)
        if plays:
            print("position %d" % plays[-1].position)
        return 0
    if command == "write":
        feed, episode_feed, episode, position, timestamp = args
        client.update_subscriptions("gpodder-desktop", [feed], [])
        action = api.EpisodeAction(episode_feed, episode, "play", device="gpodder-desktop",
                                   timestamp=timestamp, started=0, position=int(position),
                                   total=3000)
        client.upload_episode_actions([action])
        print("written")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
