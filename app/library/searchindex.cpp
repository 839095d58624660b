#include "library/searchindex.h"

#include <QStringList>

namespace ondes {

namespace {

bool hasWordCharacter(const QString& word)
{
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
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
        terms << QLatin1Char('"') + quoted + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace ondes
