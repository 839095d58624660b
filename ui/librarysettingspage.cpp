#include "librarysettingspage.h"

#include "library/settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>

namespace ondes {

LibrarySettingsPage::LibrarySettingsPage(Settings& settings, QWidget* parent)
    : SettingsPage(parent), m_settings(settings),
      m_onStart(new QCheckBox(tr("Refresh every show when Ondes &starts"), this)),
      m_interval(new QSpinBox(this))
{
    m_onStart->setAccessibleName(tr("Refresh every show when Ondes starts"));
    m_interval->setRange(0, 24 * 7);
    m_interval->setSuffix(tr(" h"));
    m_interval->setSpecialValueText(tr("Never"));

    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_onStart);
    addRow(form, tr("Then refresh &every:"), m_interval);
    addNote(form, tr("Refreshing runs in the background and asks each site only for what "
                     "changed. F5 refreshes at any time."));
    load();
}

QString LibrarySettingsPage::title() const
{
    return tr("Library");
}

void LibrarySettingsPage::load()
{
    m_onStart->setChecked(m_settings.refreshOnStart());
    m_interval->setValue(m_settings.refreshIntervalHours());
}

void LibrarySettingsPage::save()
{
    if (m_onStart->isChecked() != m_settings.refreshOnStart())
        m_settings.setRefreshOnStart(m_onStart->isChecked());
    if (m_interval->value() != m_settings.refreshIntervalHours())
        m_settings.setRefreshIntervalHours(m_interval->value());
}

} // namespace ondes
