#include "settingspage.h"

#include <QFormLayout>
#include <QLabel>

namespace ondes {

QLabel* SettingsPage::addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* text = new QLabel(label, this);
    text->setBuddy(field);
    QString name = label;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    field->setAccessibleName(name.trimmed());
    form->addRow(text, field);
    return text;
}

QLabel* SettingsPage::addNote(QFormLayout* form, const QString& text)
{
    auto* note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    return note;
}

} // namespace ondes
