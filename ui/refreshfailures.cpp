#include "refreshfailures.h"

#include "library/library.h"
#include "messagebar.h"
#include "subscriptions/refresher.h"

namespace ondes {

namespace {

QString shortened(QString reason, int maxLength)
{
    reason = reason.simplified();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    if (reason.size() > maxLength)
        reason = reason.left(maxLength - 1) + QChar(0x2026);
    return reason;
}

} // namespace

RefreshFailures::RefreshFailures(Refresher& refresher, Library& library, MessageBar& messages,
                                 QObject* parent)
    : QObject(parent), m_refresher(refresher), m_library(library), m_messages(messages)
{
    connect(&m_refresher, &Refresher::showFailed, this,
            [this](qint64 showId, const QString& error) {
                m_failures.append({showId, error});
            });
    connect(&m_refresher, &Refresher::showRefreshed, this, [this](qint64 showId) {
        m_failures.removeIf([showId](const auto& failure) { return failure.first == showId; });
    });
    connect(&m_refresher, &Refresher::finished, this, &RefreshFailures::onFinished);
}

QString RefreshFailures::message(const QList<QPair<qint64, QString>>& failures) const
{
    const auto name = [this](qint64 showId) {
        const auto show = m_library.show(showId);
        return show ? show->title : tr("a show");
    };
    if (failures.size() == 1) {
        return tr("“%1” could not be refreshed: %2. Its episodes are kept.")
            .arg(name(failures.first().first),
                 shortened(failures.first().second, kMaxReasonLength));
    }
    QStringList named;
    for (int i = 0; i < failures.size() && i < kNamed; ++i) {
        named << tr("“%1” (%2)")
                     .arg(name(failures.at(i).first),
                          shortened(failures.at(i).second, kMaxReasonLength));
    }
    QString list = named.join(QStringLiteral("; "));
    if (const int rest = int(failures.size()) - kNamed; rest > 0)
        list += tr(" and %n other(s)", nullptr, rest);
    return tr("%n show(s) could not be refreshed, their episodes are kept: %1.", nullptr,
              int(failures.size()))
        .arg(list);
}

void RefreshFailures::onFinished()
{
    const QList<QPair<qint64, QString>> failures = std::exchange(m_failures, {});
    if (failures.isEmpty())
        return;
    QList<qint64> ids;
    for (const auto& failure : failures)
        ids << failure.first;
    m_messages.showMessage(message(failures), [this, ids] { m_refresher.refresh(ids); });
}

} // namespace ondes
