#include "downloads/downloadadmission.h"

#include "downloads/downloadfilename.h"
#include "downloads/downloadstore.h"
#include "library/library.h"
#include "net/httpclient.h"

#include <QFileInfo>
#include <QUrl>

namespace ondes {

QString DownloadAdmission::admit(qint64 episodeId, const QString& folder, bool* queued)
{
    *queued = false;
    const std::optional<DownloadSubject> subject = m_store.subject(episodeId);
    if (!subject)
        return tr("There is no episode %1.").arg(episodeId);
    if (subject->showKind == ShowKind::Folder || subject->showKind == ShowKind::Demo)
        return tr("“%1” is a file on this computer already.").arg(subject->title);
    if (!subject->localFile.isEmpty() && QFileInfo::exists(subject->localFile))
        return tr("“%1” is downloaded already.").arg(subject->title);
    if (subject->enclosureUrl.isEmpty())
        return tr("“%1” has no audio to download.").arg(subject->title);
    const QUrl url(subject->enclosureUrl);
    const QString reason = HttpClient::unsupportedUrlReason(url);
    if (!reason.isEmpty())
        return tr("Cannot download “%1”: %2").arg(subject->title, reason);
    if (m_store.download(episodeId))
        return {};
    if (!subject->localFile.isEmpty()) // the file went away: forget it
        m_library.setLocalFile(episodeId, {});
    if (!m_store.enqueue(episodeId, DownloadFileName::targetPath(folder, *subject, m_store)))
        return tr("Cannot queue “%1”: the library could not be written.").arg(subject->title);
    *queued = true;
    return {};
}

} // namespace ondes
