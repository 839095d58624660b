#pragma once

// The phrases that announce speakers in episode descriptions, in French and English, and the
// roles they give. Tables only; SpeakerExtractor applies them. The labels before a colon
// ("Présentation :") are speakerlabels.h's.

#include "feed/speakerlabels.h"
#include "feed/speakertext.h"
#include "feed/speakerwordset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ondes::speakers {

struct Cue
{
    enum class Kind : quint8 {
        Names,  // names follow: "Avec X et Y", "Hosted by X", "Our guest today is X"
        Around, // host before, guests after: "X reçoit Y", "X talks with Y"
        After,  // the name before gets the role: "X est notre invitée", "X joins us"
    };
    enum Flag : quint8 {
        AtBoundary = 1,     // only at the start of a line, sentence or labelled segment
        AfterComma = 2,     // with AtBoundary: also right after a comma ("Animé par X, avec Y")
        Fillers = 4,        // filler words may follow ("Our guest *today is* X")
        NeedPunct = 8,      // must be followed by ',' or ':' ("Pour en parler, X")
        OptionalComma = 16, // a comma may come before the names ("notre correspondant, X")
        NeedRole = 32,      // the first name must be described ("… avec X, historienne")
        NeedNames = 64,     // a person must follow ("A joined Andy Pellow", not "joined NPR")
        LineEnd = 128,      // the names must end the line ("Video Recognition with A and B"),
                            // or After: the cue ends its sentence ("X reports.")
    };

    QStringList words; // foldForMatch form
    Kind kind = Kind::Names;
    QString role;       // the role of the names the cue announces
    QString roleBefore; // Around: the role of the name before the cue
    quint8 flags = 0;
};

class CueTable
{
public:
    CueTable();

    // Cues whose first word is `folded`, longest first.
    const QList<Cue>& startingWith(QStringView folded) const;
    // The same for a word token, looked up once per token.
    const QList<Cue>& startingWith(const Token& word) const;
    // The role a label ("Présentation", "Invité·e·s", "Sound design") gives, or a null string
    // when it is not a speaker label. `key` is the label in foldForMatch form without
    // parentheses, hyphens or a leading determiner; `written` is the label as written.
    QString labelRole(const QString& key, QStringView written) const
    {
        return m_labels.roleOf(key, written);
    }

private:
    void add(QStringView words, Cue::Kind kind, QStringView role, quint8 flags = 0,
             QStringView roleBefore = {});

    QHash<QString, QList<Cue>> m_cues; // while the table is built
    WordSet m_firstWords;              // then: a first word → its index in m_byFirstWord + 1
    QList<QList<Cue>> m_byFirstWord;
    LabelTable m_labels;
    QList<Cue> m_none;
};

const CueTable& cueTable();

} // namespace ondes::speakers
