#include "feed/speakerlabels.h"

#include "feed/speakerkinds.h"
#include "feed/speakertext.h"

namespace ondes::speakers {

LabelTable::LabelTable()
{
    const QString host = QStringLiteral("host");
    const QString guest = QStringLiteral("guest");

    for (const char16_t* w : {u"présentation",
                              u"présentateur",
                              u"présentatrice",
                              u"animation",
                              u"animateur",
                              u"animatrice",
                              u"animateurs",
                              u"présenté par",
                              u"animé par",
                              u"host",
                              u"hosts",
                              u"cohost",
                              u"cohosts",
                              u"presenter",
                              u"presenters",
                              u"presented by",
                              u"hosted by",
                              u"moderator",
                              u"modérateur",
                              u"modératrice",
                              u"modération",
                              u"moderated by",
                              u"hosted and produced",
                              u"hosted and produced by",
                              u"hosted & produced"})
        m_labels.insert(foldForMatch(QStringView(w)), host);
    for (const char16_t* w : {u"invité",
                              u"invités",
                              u"invitée",
                              u"invitées",
                              u"invitees",
                              u"invitée",
                              u"intervenant",
                              u"intervenants",
                              u"intervenante",
                              u"intervenantes",
                              u"avec",
                              u"guest",
                              u"guests",
                              u"special guest",
                              u"special guests",
                              u"panelist",
                              u"panelists",
                              u"panellists",
                              u"panel",
                              u"featuring",
                              u"with",
                              u"speakers",
                              u"interviewee",
                              u"in this episode",
                              u"in today's episode",
                              u"on the show",
                              u"dans cet épisode",
                              u"au programme",
                              u"on reçoit"})
        m_labels.insert(foldForMatch(QStringView(w)), guest);
    // Every other role or credit word is a label whose role is the label itself ("Réalisation :
    // X" → "réalisation", "Chroniques : X" → "chroniques"): one list, speakerkinds.cpp's. Music
    // credits are not read: they name bands and libraries more often than people.
    const QString itself = QStringLiteral("=");
    for (auto it = speakerRoleWords().cbegin(); it != speakerRoleWords().cend(); ++it) {
        QString key = it.key();
        key.remove(u'-');
        if (!m_labels.contains(key) && !key.contains(u"musi"))
            m_labels.insert(key, itself);
    }
    // "Programmation musicale : X" names the person who programmes the music, not a band.
    m_labels.insert(foldForMatch(u"programmation musicale"), itself);
    m_labels.insert(QStringLiteral("par"), host); // "… - par : Name - …" (Radio France pages)
}

QString LabelTable::roleOf(const QString& key, QStringView written) const
{
    auto it = m_labels.constFind(key);
    if (it == m_labels.cend()) {
        // A qualifier and a joint both start with a space: a single word has neither.
        if (!key.contains(u' '))
            return {};
        // "L'invité de la semaine", "Guest this week": the label with a time qualifier.
        static const QStringList qualifiers = {
            QStringLiteral(" de la semaine"), QStringLiteral(" du jour"),
            QStringLiteral(" du soir"),       QStringLiteral(" du mois"),
            QStringLiteral(" de l'emission"), QStringLiteral(" cette semaine"),
            QStringLiteral(" ce soir"),       QStringLiteral(" aujourd'hui"),
            QStringLiteral(" this week"),     QStringLiteral(" today"),
            QStringLiteral(" tonight"),       QStringLiteral(" of the week"),
            QStringLiteral(" of the day"),    QStringLiteral(" d'honneur")};
        for (const QString& qualifier : qualifiers) {
            // The last letters compared first: endsWith() is a call, and most keys differ there.
            if (key.back() == qualifier.back() && key.endsWith(qualifier)) {
                it = m_labels.constFind(key.chopped(qualifier.size()));
                written = written.chopped(qualifier.size());
                break;
            }
        }
        if (it == m_labels.cend()) {
            // "Coordination & Web", "Réalisation et montage": two labels for the same people.
            for (const QStringView joint :
                 {QStringView(u" & "), QStringView(u" et "), QStringView(u" and ")}) {
                const qsizetype at = key.indexOf(joint);
                if (at > 0 && m_labels.contains(key.left(at)) &&
                    m_labels.contains(key.mid(at + joint.size())))
                    return written.toString().toLower().simplified();
            }
            return {};
        }
    }
    if (it.value() != u"=")
        return it.value();
    return written.toString().toLower().simplified();
}

} // namespace ondes::speakers
