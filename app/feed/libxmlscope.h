#pragma once

// Wraps one use of libxml2 by the page and OPML readers: initialises the library once, and
// keeps its error printer quiet meanwhile. Some errors (encoding, I/O) bypass the parser's
// NOERROR option and would go to stderr; a broken page is not worth a line on the console.
// The handlers are per thread in libxml2, so other threads are not affected.

#include <libxml/xmlerror.h>

namespace ondes {

class LibxmlScope
{
public:
    LibxmlScope();
    ~LibxmlScope();
    LibxmlScope(const LibxmlScope&) = delete;
    LibxmlScope& operator=(const LibxmlScope&) = delete;

private:
    xmlGenericErrorFunc m_generic = nullptr;
    void* m_genericContext = nullptr;
    xmlStructuredErrorFunc m_structured = nullptr;
    void* m_structuredContext = nullptr;
};

} // namespace ondes
