#include "library/episodesource.h"

namespace ondes {

EpisodeSource EpisodeSource::parse(const QString& key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    const QStringView kind = QStringView(key).left(colon);
    bool ok = false;
    const qint64 id = QStringView(key).mid(colon + 1).toLongLong(&ok);
    if (!ok)
        return {};
    if (kind == u"view" && id >= qint64(EpisodeView::All) && id <= qint64(EpisodeView::Downloaded))
        return ofView(EpisodeView(id));
    if (kind == u"show" && id > 0)
        return ofShow(id);
    if (kind == u"person" && id > 0)
        return ofPerson(id);
    return {};
}

QString EpisodeSource::key() const
{
    switch (kind) {
    case Kind::View:
        return QStringLiteral("view:%1").arg(id);
    case Kind::Show:
        return QStringLiteral("show:%1").arg(id);
    case Kind::Person:
        return QStringLiteral("person:%1").arg(id);
    case Kind::None:
        break;
    }
    return {};
}

} // namespace ondes
