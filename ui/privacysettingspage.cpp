#include "privacysettingspage.h"

#include "library/settings.h"

#include <QCheckBox>
#include <QFormLayout>

namespace ondes {

PrivacySettingsPage::PrivacySettingsPage(Settings& settings, QWidget* parent)
    : SettingsPage(parent), m_settings(settings),
      m_remoteImages(new QCheckBox(tr("Load &remote images in episode descriptions"), this))
{
    m_remoteImages->setAccessibleName(tr("Load remote images in episode descriptions"));
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_remoteImages);
    addNote(form, tr("Images from other sites can tell them that you opened an episode, and "
                     "when (tracking pixels). Off, a description shows only its text and "
                     "links."));
    load();
}

QString PrivacySettingsPage::title() const
{
    return tr("Privacy");
}

void PrivacySettingsPage::load()
{
    m_remoteImages->setChecked(m_settings.remoteImages());
}

void PrivacySettingsPage::save()
{
    if (m_remoteImages->isChecked() != m_settings.remoteImages())
        m_settings.setRemoteImages(m_remoteImages->isChecked());
}

} // namespace ondes
