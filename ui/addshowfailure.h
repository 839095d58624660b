#pragma once

// AddShowFailure says in one plain sentence why an address could not be added as a show,
// quoting the address as the listener typed it (shortened in the middle when very long); the
// technical detail stays with the dialog, one click away.

#include "subscriptions/subscriber.h"

#include <QCoreApplication>
#include <QString>

namespace ondes {

class AddShowFailure
{
    Q_DECLARE_TR_FUNCTIONS(AddShowFailure)
public:
    static constexpr int kMaxQuotedLength = 60;

    static QString sentence(Subscriber::Failure why, const QString& typed);
    // The typed address as quoted: trimmed, its middle replaced by "…" past kMaxQuotedLength.
    static QString quoted(const QString& typed);
};

} // namespace ondes
