#pragma once

// SearchWords finds in a line of text the words a transcript search matched, by the rule the
// search itself follows (TranscriptStore::matchExpression): case and accents ignored, every
// word whole, the last one, as it is being typed, also as a word prefix from 4 characters.
// The episode list emphasises them in the line it shows under a hit.

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ondes {

class SearchWords
{
public:
    explicit SearchWords(const QString& search);

    // Where the matched words are in text: (start, length) pairs, in order.
    QList<std::pair<int, int>> find(const QString& text) const;
    // Where text is best cut to show its first matched word within about maxChars characters
    // ("…" then the text from there): 0 when it fits or when nothing matched.
    int cutBefore(const QString& text, int maxChars) const;

    // A word as the search compares it: accents taken off, case folded.
    static QString fold(const QString& word);

private:
    QStringList m_words; // folded
};

} // namespace ondes
