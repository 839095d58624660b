#pragma once

// The cues (speakercuephrases.h) and labels (speakerlabels.h) that announce speakers, indexed
// for SpeakerExtractor: the cues by their first word, looked up for every word of a description.

#include "feed/speakercuephrases.h"
#include "feed/speakerlabels.h"
#include "feed/speakertext.h"
#include "feed/speakerwordset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ondes::speakers {

class CueTable
{
public:
    CueTable();

    // Cues whose first word is `word`'s, longest first; looked up once per token. Inline: asked
    // at every word, most of them asked before (the answer kept on the token) or no cue's.
    const QList<Cue>& startingWith(const Token& word) const
    {
        if (word.cueWord < 0)
            word.cueWord = qint16(m_firstWords.valueOf(word.folded));
        return word.cueWord == 0 ? m_none : m_byFirstWord.at(word.cueWord - 1);
    }
    // The role a label ("Présentation", "Invité·e·s", "Sound design") gives, or a null string
    // when it is not a speaker label. `key` is the label in foldForMatch form without
    // parentheses, hyphens or a leading determiner; `written` is the label as written.
    QString labelRole(const QString& key, QStringView written) const
    {
        return m_labels.roleOf(key, written);
    }

private:
    void add(Cue cue);

    QHash<QString, QList<Cue>> m_cues; // while the table is built
    WordSet m_firstWords;              // then: a first word → its index in m_byFirstWord + 1
    QList<QList<Cue>> m_byFirstWord;
    LabelTable m_labels;
    QList<Cue> m_none;
};

const CueTable& cueTable();

} // namespace ondes::speakers
