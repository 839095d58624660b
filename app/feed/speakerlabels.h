#pragma once

// The labels that introduce speakers and credits before a colon in episode descriptions
// ("Présentation : X", "Invités : Y", "Réalisation : Z", "Guest this week: W"), in French and
// English, and the role each gives. A table only; SpeakerExtractor reads the labels.

#include <QHash>
#include <QString>
#include <QStringView>

namespace ondes::speakers {

class LabelTable
{
public:
    LabelTable();

    // The role a label ("Présentation", "Invité·e·s", "Sound design") gives, or a null string
    // when it is not a speaker label. `key` is the label in foldForMatch form without
    // parentheses, hyphens or a leading determiner; `written` is the label as written.
    QString roleOf(const QString& key, QStringView written) const;

private:
    QHash<QString, QString> m_labels; // value "=" means: the label itself, in lower case
};

} // namespace ondes::speakers
