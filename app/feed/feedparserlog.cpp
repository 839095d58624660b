#include "feed/feedparserlog.h"

namespace ondes {
Q_LOGGING_CATEGORY(lcFeedParser, "ondes.feed", QtInfoMsg)
} // namespace ondes
