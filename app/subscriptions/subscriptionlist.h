#pragma once

// The subscriptions as an OPML list: what export writes and what import adds.

#include "feed/opml.h"

namespace ondes {

class Library;

class SubscriptionList
{
public:
    // The feed shows (web shows and the demo have no feed another player could read).
    static OpmlDocument exportFrom(const Library& library);
    // Adds the outlines' shows; returns the ids of all of them, for a refresh to fill in.
    static QList<qint64> importInto(Library& library, const OpmlDocument& document);
};

} // namespace ondes
