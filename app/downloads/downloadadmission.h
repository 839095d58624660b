#pragma once

// DownloadAdmission decides whether an episode may join the download queue and, when it may,
// adds its row with the file name it will have inside the download folder. It refuses a file of
// a local folder or the demo, an episode downloaded already, one without audio and an address
// that is not http(s); an episode in the queue already is left as it is, and a download whose
// file went away is forgotten before the episode is queued again.

#include <QCoreApplication>
#include <QString>

namespace ondes {

class DownloadStore;
class Library;

class DownloadAdmission
{
    Q_DECLARE_TR_FUNCTIONS(ondes::DownloadAdmission)

public:
    DownloadAdmission(DownloadStore& store, Library& library) : m_store(store), m_library(library)
    {}

    // Queues the episode's download into folder. Returns why it cannot be downloaded; empty when
    // it was queued (*queued true) or is in the queue already (*queued false).
    QString admit(qint64 episodeId, const QString& folder, bool* queued);

private:
    DownloadStore& m_store;
    Library& m_library;
};

} // namespace ondes
