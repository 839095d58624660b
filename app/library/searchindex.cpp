#include "library/searchindex.h"

#include <QStringList>

#include <algorithm>

namespace ondes {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool hasWordCharacter(const QString& word)
{
    return std::any_of(word.begin(), word.end(), isWordCharacter);
}

// The characters of the word's last token ("emp" in "l'emp", "l" in "l'"): what a star makes
// a prefix of.
qsizetype lastTokenLength(const QString& word)
{
    qsizetype end = word.size();
    while (end > 0 && !isWordCharacter(word.at(end - 1)))
        --end;
    qsizetype start = end;
    while (start > 0 && isWordCharacter(word.at(start - 1)))
        --start;
    return end - start;
}

} // namespace

QString SearchIndex::matchExpression(const QString& text)
{
    QStringList terms;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        // A word of punctuation alone tokenizes to nothing, which FTS5 would reject.
        if (!hasWordCharacter(word))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        // A prefix from kPrefixFrom characters: a one-letter prefix begins a good part of every
        // word of the library, which FTS5 would merge into one list at each keystroke.
        const bool prefix = lastTokenLength(word) >= kPrefixFrom;
        terms << QLatin1Char('"') + quoted + (prefix ? QLatin1String("\"*") : QLatin1String("\""));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace ondes
