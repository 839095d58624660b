#include "downloadsettingspage.h"

#include "library/settings.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ondes {

DownloadSettingsPage::DownloadSettingsPage(Settings& settings, QWidget* parent)
    : SettingsPage(parent), m_settings(settings), m_folder(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_parallel(new QSpinBox(this)),
      m_writeTags(new QCheckBox(tr("&Write the episode's details into downloaded files"), this)),
      m_cleanup(new QSpinBox(this))
{
    m_browse->setAccessibleName(tr("Choose the download folder"));
    m_parallel->setRange(1, 8);
    m_writeTags->setAccessibleName(tr("Write the episode's details into downloaded files"));
    m_writeTags->setToolTip(tr("Title, show, year, speakers, description and cover, as tags "
                               "that music players and file managers show."));
    m_cleanup->setRange(0, 3650);
    m_cleanup->setSuffix(tr(" days"));
    m_cleanup->setSpecialValueText(tr("Never"));

    auto* folderRow = new QWidget(this);
    auto* folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);

    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QLabel* folderLabel = new QLabel(tr("Download &folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_folder->setAccessibleName(tr("Download folder"));
    form->addRow(folderLabel, folderRow);
    addRow(form, tr("&Parallel downloads:"), m_parallel);
    form->addRow(m_writeTags);
    addRow(form, tr("&Delete played downloads after:"), m_cleanup);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Download folder"), folder().isEmpty() ? QDir::homePath() : folder());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    load();
}

QString DownloadSettingsPage::title() const
{
    return tr("Downloads");
}

QString DownloadSettingsPage::folder() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void DownloadSettingsPage::load()
{
    m_folder->setText(QDir::toNativeSeparators(m_settings.downloadFolder()));
    m_parallel->setValue(m_settings.parallelDownloads());
    m_writeTags->setChecked(m_settings.writeTags());
    m_cleanup->setValue(m_settings.cleanupAfterDays());
}

QString DownloadSettingsPage::validate()
{
    setInvalidControl(m_folder);
    const QString path = folder();
    if (path.isEmpty())
        return tr("Choose a folder for the downloads.");
    if (QDir::isRelativePath(path))
        return tr("The download folder must be a full path, such as %1.")
            .arg(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/Podcasts")));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return tr("“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(path));
    setInvalidControl(nullptr);
    return {};
}

void DownloadSettingsPage::save()
{
    if (folder() != QDir::cleanPath(m_settings.downloadFolder()))
        m_settings.setDownloadFolder(folder());
    if (m_parallel->value() != m_settings.parallelDownloads())
        m_settings.setParallelDownloads(m_parallel->value());
    if (m_writeTags->isChecked() != m_settings.writeTags())
        m_settings.setWriteTags(m_writeTags->isChecked());
    if (m_cleanup->value() != m_settings.cleanupAfterDays())
        m_settings.setCleanupAfterDays(m_cleanup->value());
}

} // namespace ondes
