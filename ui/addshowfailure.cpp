#include "addshowfailure.h"

namespace ondes {

QString AddShowFailure::quoted(const QString& typed)
{
    const QString text = typed.simplified();
    if (text.size() <= kMaxQuotedLength)
        return text;
    const int head = kMaxQuotedLength * 2 / 3;
    const int tail = kMaxQuotedLength - head - 1;
    return text.left(head) + QChar(0x2026) + text.right(tail);
}

QString AddShowFailure::sentence(Subscriber::Failure why, const QString& typed)
{
    const QString address = quoted(typed);
    switch (why) {
    case Subscriber::Failure::BadAddress:
        return tr("“%1” is not a web address. Paste the address of a podcast feed or of the "
                  "show's web page, such as https://example.org/feed.xml.")
            .arg(address);
    case Subscriber::Failure::Unreachable:
        return tr("Ondes could not fetch “%1”: the server did not answer or refused. Check the "
                  "address and your connection, then try again.")
            .arg(address);
    case Subscriber::Failure::NotAFeed:
        return tr("“%1” answered, but with something that is not a podcast feed Ondes can "
                  "read. Try the address of the show's feed or of its web page.")
            .arg(address);
    case Subscriber::Failure::NothingToListenTo:
        return tr("The page “%1” links to no podcast feed and has no episode to listen to.")
            .arg(address);
    case Subscriber::Failure::NotSaved:
        return tr("“%1” was read, but Ondes could not save the show in its library.").arg(address);
    }
    return {};
}

} // namespace ondes
