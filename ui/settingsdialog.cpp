#include "settingsdialog.h"

#include "application.h"
#include "discoverysettingspage.h"
#include "downloadsettingspage.h"
#include "languagesettingspage.h"
#include "library/settings.h"
#include "librarysettingspage.h"
#include "playbacksettingspage.h"
#include "privacysettingspage.h"
#include "shortcutsettingspage.h"
#include "syncsettingspage.h"

#include <QAbstractSpinBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ondes {

SettingsDialog::SettingsDialog(Application& app, ShortcutMap& shortcuts, QWidget* parent)
    : QDialog(parent), m_app(app), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_error(new QLabel(this)), m_playback(new PlaybackSettingsPage(app.settings(), this)),
      m_downloads(new DownloadSettingsPage(app.settings(), this)),
      m_library(new LibrarySettingsPage(app.settings(), this)),
      m_privacy(new PrivacySettingsPage(app.settings(), this)),
      m_discovery(new DiscoverySettingsPage(app.settings(), this)),
      m_sync(new SyncSettingsPage(app.settings(), app.syncSchedule(), this)),
      m_language(new LanguageSettingsPage(app.settings(), this)),
      m_shortcuts(new ShortcutSettingsPage(shortcuts, this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_list->setAccessibleName(tr("Settings pages"));
    // As wide as the longest page name, in any language and at any font size.
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Expanding);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Settings error"));
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->hide();

    for (SettingsPage* page :
         {static_cast<SettingsPage*>(m_playback), static_cast<SettingsPage*>(m_downloads),
          static_cast<SettingsPage*>(m_library), static_cast<SettingsPage*>(m_privacy),
          static_cast<SettingsPage*>(m_discovery), static_cast<SettingsPage*>(m_sync),
          static_cast<SettingsPage*>(m_language), static_cast<SettingsPage*>(m_shortcuts)})
        addPage(page);

    auto* pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    m_list->setCurrentRow(0);
}

void SettingsDialog::addPage(SettingsPage* page)
{
    m_pages << page;
    m_stack->addWidget(page);
    m_list->addItem(page->title());
}

void SettingsDialog::setCurrentPage(SettingsPage* page)
{
    const int row = m_pages.indexOf(page);
    if (row >= 0)
        m_list->setCurrentRow(row);
}

SettingsPage* SettingsDialog::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

bool SettingsDialog::apply()
{
    // A number typed but not yet confirmed counts, as it shows.
    for (QAbstractSpinBox* box : findChildren<QAbstractSpinBox*>())
        box->interpretText();
    for (SettingsPage* page : std::as_const(m_pages)) {
        const QString error = page->validate();
        if (error.isEmpty())
            continue;
        setCurrentPage(page);
        m_error->setText(error);
        m_error->show();
        if (QWidget* control = page->invalidControl())
            control->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_error->hide();

    for (SettingsPage* page : std::as_const(m_pages))
        page->save();
    m_app.settings().sync();
    m_app.applySettings(); // every service and view follows from here
    for (SettingsPage* page : std::as_const(m_pages))
        page->load();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace ondes
