#include "feed/feedxmlerrors.h"

#include <libxml/xmlerror.h>

namespace ondes {

bool isRecoverableXmlError(int code)
{
    switch (code) {
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
    case XML_ERR_NAME_REQUIRED:
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
    case XML_ERR_ATTRIBUTE_REDEFINED:
        return true;
    default:
        return false;
    }
}

QString xmlErrorLine(const char* message)
{
    return QString::fromUtf8(message == nullptr ? "" : message).simplified();
}

} // namespace ondes
