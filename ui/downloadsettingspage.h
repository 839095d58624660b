#pragma once

// DownloadSettingsPage: where downloads go, how many run at once, whether tags are written into
// the files, and when played downloads are cleaned up.

#include "settingspage.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ondes {

class Settings;

class DownloadSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit DownloadSettingsPage(Settings& settings, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    void save() override;

    QLineEdit* folderEdit() const { return m_folder; }
    QSpinBox* parallelBox() const { return m_parallel; }
    QCheckBox* writeTagsBox() const { return m_writeTags; }
    QSpinBox* cleanupBox() const { return m_cleanup; } // days, 0: never

private:
    QString folder() const;

    Settings& m_settings;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QSpinBox* m_parallel;
    QCheckBox* m_writeTags;
    QSpinBox* m_cleanup;
};

} // namespace ondes
