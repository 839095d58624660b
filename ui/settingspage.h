#pragma once

// SettingsPage is one page of the settings dialog (Playback, Downloads…): it loads its controls
// from the settings, checks them, and saves only what the listener changed.

#include <QWidget>

class QFormLayout;
class QLabel;

namespace ondes {

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The page's name in the dialog's list.
    virtual QString title() const = 0;
    // Puts the saved values in the controls.
    virtual void load() = 0;
    // What is wrong with the values, or "" when they can be saved. invalidControl() is then the
    // control to focus.
    virtual QString validate() { return {}; }
    QWidget* invalidControl() const { return m_invalid; }
    // Writes the values that differ from the loaded ones.
    virtual void save() = 0;

protected:
    // A form row whose label is the field's buddy and whose text names the field for assistive
    // technologies.
    QLabel* addRow(QFormLayout* form, const QString& label, QWidget* field);
    // A line of explanation under the fields, wrapped.
    QLabel* addNote(QFormLayout* form, const QString& text);
    void setInvalidControl(QWidget* control) { m_invalid = control; }

private:
    QWidget* m_invalid = nullptr;
};

} // namespace ondes
