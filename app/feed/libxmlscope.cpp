#include "feed/libxmlscope.h"

#include <QtGlobal>

#include <libxml/globals.h>
#include <libxml/parser.h>

namespace ondes {

namespace {

void ignoreGenericError(void*, const char*, ...) {}

void ignoreStructuredError(void*, xmlErrorPtr) {}

} // namespace

LibxmlScope::LibxmlScope()
{
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
    m_generic = xmlGenericError;
    m_genericContext = xmlGenericErrorContext;
    m_structured = xmlStructuredError;
    m_structuredContext = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(nullptr, ignoreGenericError);
    xmlSetStructuredErrorFunc(nullptr, ignoreStructuredError);
}

LibxmlScope::~LibxmlScope()
{
    xmlSetGenericErrorFunc(m_genericContext, m_generic);
    xmlSetStructuredErrorFunc(m_structuredContext, m_structured);
}

} // namespace ondes
