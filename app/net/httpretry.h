#pragma once

// When a failed HTTP request is worth another try, and after how long: the retry rules that
// feeds and downloads share (HttpAttemptLoop applies them).

#include <QByteArrayView>

namespace ondes {

// Whether an HTTP error may go away by itself: 5xx, 408 and 429.
bool isRetryableStatus(int status);

// Milliseconds to wait from "Retry-After: 120" or an HTTP date, at most capMs; -1 when absent or
// unreadable.
int parseRetryAfter(QByteArrayView header, int capMs);

// The pause before retry number retry (from 1): base doubled for each retry after the first,
// at most cap; a longer Retry-After (retryAfterMs, -1 when none) wins, also at most cap.
int retryDelay(int retry, int base, int cap, int retryAfterMs = -1);

} // namespace ondes
