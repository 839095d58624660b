#include "library/showkind.h"

namespace ondes {

QString showKindName(ShowKind kind)
{
    switch (kind) {
    case ShowKind::Feed:
        return QStringLiteral("feed");
    case ShowKind::Web:
        return QStringLiteral("web");
    case ShowKind::File:
        return QStringLiteral("file");
    case ShowKind::Folder:
        return QStringLiteral("folder");
    case ShowKind::Demo:
        return QStringLiteral("demo");
    }
    return QStringLiteral("feed");
}

ShowKind showKindFromName(const QString& name)
{
    for (const ShowKind kind :
         {ShowKind::Feed, ShowKind::Web, ShowKind::File, ShowKind::Folder, ShowKind::Demo}) {
        if (name == showKindName(kind))
            return kind;
    }
    return ShowKind::Feed;
}

} // namespace ondes
