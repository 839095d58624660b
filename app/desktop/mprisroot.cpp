#include "desktop/mprisroot.h"

#include "desktop/mpris.h"

namespace ondes {

MprisRoot::MprisRoot(Mpris* mpris) : QDBusAbstractAdaptor(mpris), m_mpris(mpris) {}

QString MprisRoot::identity() const
{
    return QStringLiteral("Ondes");
}

QString MprisRoot::desktopEntry() const
{
    return QStringLiteral("org.ondes.Ondes");
}

QStringList MprisRoot::supportedUriSchemes() const
{
    return {QStringLiteral("file"), QStringLiteral("http"), QStringLiteral("https")};
}

QStringList MprisRoot::supportedMimeTypes() const
{
    return {
        QStringLiteral("audio/mpeg"), QStringLiteral("audio/ogg"),   QStringLiteral("audio/opus"),
        QStringLiteral("audio/mp4"),  QStringLiteral("audio/aac"),   QStringLiteral("audio/x-m4a"),
        QStringLiteral("audio/flac"), QStringLiteral("audio/x-wav"), QStringLiteral("audio/webm")};
}

void MprisRoot::Raise()
{
    Q_EMIT m_mpris->raiseRequested();
}

void MprisRoot::Quit()
{
    Q_EMIT m_mpris->quitRequested();
}

} // namespace ondes
