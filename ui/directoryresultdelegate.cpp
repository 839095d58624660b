#include "directoryresultdelegate.h"

#include "discovery/directoryresultmodel.h"

#include <QDateTime>
#include <QLocale>

namespace ondes {

DirectoryResultDelegate::DirectoryResultDelegate(DirectoryArtwork* artwork, QAbstractItemView* view)
    : ArtworkDelegate(artwork, DirectoryResultModel::ArtworkUrlRole, view)
{}

QString DirectoryResultDelegate::detailLine(const QModelIndex& index)
{
    QStringList parts;
    const QString author = index.data(DirectoryResultModel::AuthorRole).toString();
    if (!author.isEmpty())
        parts << author;
    const QString language = index.data(DirectoryResultModel::LanguageRole).toString();
    if (!language.isEmpty())
        parts << language;
    const int episodes = index.data(DirectoryResultModel::EpisodeCountRole).toInt();
    if (episodes >= 0)
        parts << tr("%n episode(s)", nullptr, episodes);
    const qint64 last = index.data(DirectoryResultModel::LastEpisodeRole).toLongLong();
    if (last > 0) {
        parts << tr("last %1").arg(
            QLocale().toString(QDateTime::fromSecsSinceEpoch(last).date(), QLocale::ShortFormat));
    }
    parts << tr("from %1").arg(index.data(DirectoryResultModel::ProviderNamesRole).toString());
    return parts.join(QStringLiteral(" · "));
}

void DirectoryResultDelegate::initStyleOption(QStyleOptionViewItem* option,
                                              const QModelIndex& index) const
{
    ArtworkDelegate::initStyleOption(option, index);
    option->text = index.data(DirectoryResultModel::TitleRole).toString() + QLatin1Char('\n') +
                   detailLine(index);
}

} // namespace ondes
