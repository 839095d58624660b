#pragma once

// The logging category of the feed engine: "ondes.feed".

#include <QLoggingCategory>

namespace ondes {
Q_DECLARE_LOGGING_CATEGORY(lcFeedParser)
} // namespace ondes
