#include "feed/speakerchars.h"

#include <QByteArrayView>

namespace ondes::speakers {

bool isValidUtf8(std::string_view utf8)
{
    if (utf8.starts_with("\xEF\xBB\xBF"))
        return false;
    return QByteArrayView(utf8.data(), qsizetype(utf8.size())).isValidUtf8();
}

} // namespace ondes::speakers
