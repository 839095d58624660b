#pragma once

// SettingsDialog (Ctrl+,): one page per area — Playback, Downloads, Library, Privacy, Discovery,
// Sync, Language, Shortcuts — listed on the left. OK and Apply check every page, save what
// changed and apply it at once (the player's settings, the shortcuts); Cancel leaves everything
// as it was.

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ondes {

class Application;
class DiscoverySettingsPage;
class DownloadSettingsPage;
class LanguageSettingsPage;
class LibrarySettingsPage;
class PlaybackSettingsPage;
class PrivacySettingsPage;
class SettingsPage;
class ShortcutMap;
class ShortcutSettingsPage;
class SyncSettingsPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Application& app, ShortcutMap& shortcuts, QWidget* parent = nullptr);

    // Checks every page, then saves and applies. False (with the reason shown and the page
    // opened) when a value is not valid; nothing is saved then.
    bool apply();

    void setCurrentPage(SettingsPage* page);
    SettingsPage* currentPage() const;
    QList<SettingsPage*> pages() const { return m_pages; }
    PlaybackSettingsPage* playbackPage() const { return m_playback; }
    DownloadSettingsPage* downloadPage() const { return m_downloads; }
    LibrarySettingsPage* libraryPage() const { return m_library; }
    PrivacySettingsPage* privacyPage() const { return m_privacy; }
    DiscoverySettingsPage* discoveryPage() const { return m_discovery; }
    SyncSettingsPage* syncPage() const { return m_sync; }
    LanguageSettingsPage* languagePage() const { return m_language; }
    ShortcutSettingsPage* shortcutPage() const { return m_shortcuts; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void addPage(SettingsPage* page);

    Application& m_app;
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QLabel* m_error;
    QList<SettingsPage*> m_pages;
    PlaybackSettingsPage* m_playback;
    DownloadSettingsPage* m_downloads;
    LibrarySettingsPage* m_library;
    PrivacySettingsPage* m_privacy;
    DiscoverySettingsPage* m_discovery;
    SyncSettingsPage* m_sync;
    LanguageSettingsPage* m_language;
    ShortcutSettingsPage* m_shortcuts;
    // Made after the pages: Tab goes page list → the page's fields → the buttons.
    QDialogButtonBox* m_buttons;
};

} // namespace ondes
