#include "library/librarytypes.h"

#include <QFileInfo>
#include <QUrl>

namespace ondes {

QString EpisodeRow::playableUrl() const
{
    if (!localFile.isEmpty() && QFileInfo::exists(localFile))
        return QUrl::fromLocalFile(localFile).toString();
    return enclosureUrl;
}

} // namespace ondes
