#include "languagesettingspage.h"

#include "library/settings.h"

#include <QComboBox>
#include <QFormLayout>

namespace ondes {

LanguageSettingsPage::LanguageSettingsPage(Settings& settings, QWidget* parent)
    : SettingsPage(parent), m_settings(settings), m_language(new QComboBox(this))
{
    // Each language is named in itself, so that it can be found whatever the interface speaks.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addRow(form, tr("&Language:"), m_language);
    addNote(form, tr("The new language applies the next time Ondes starts."));
    load();
}

QString LanguageSettingsPage::title() const
{
    return tr("Language");
}

void LanguageSettingsPage::load()
{
    const int index = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void LanguageSettingsPage::save()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language())
        m_settings.setLanguage(language);
}

} // namespace ondes
