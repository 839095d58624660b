#include "searchwords.h"

namespace ondes {

namespace {

constexpr int kPrefixFrom = 4; // as TranscriptStore::matchExpression

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

SearchWords::SearchWords(const QString& search)
{
    QString word;
    const QString padded = search + QLatin1Char(' ');
    for (const QChar c : padded) {
        if (isWordChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            m_words << fold(word);
            word.clear();
        }
    }
}

QString SearchWords::fold(const QString& word)
{
    QString folded;
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded.toCaseFolded();
}

QList<std::pair<int, int>> SearchWords::find(const QString& text) const
{
    QList<std::pair<int, int>> found;
    if (m_words.isEmpty())
        return found;
    const QString& last = m_words.constLast();
    const bool lastIsPrefix = last.size() >= kPrefixFrom;
    int start = -1;
    for (int i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && isWordChar(text.at(i));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            const QString word = fold(text.mid(start, i - start));
            if (m_words.contains(word) || (lastIsPrefix && word.startsWith(last)))
                found.append({start, i - start});
            start = -1;
        }
    }
    return found;
}

int SearchWords::cutBefore(const QString& text, int maxChars) const
{
    const QList<std::pair<int, int>> found = find(text);
    if (found.isEmpty() || text.size() <= maxChars)
        return 0;
    const auto& [first, length] = found.constFirst();
    if (first + length <= maxChars * 2 / 3)
        return 0;
    // A few words of what comes before it stay, from the start of a word.
    int cut = qMax(0, first - maxChars / 4);
    while (cut > 0 && isWordChar(text.at(cut - 1)))
        --cut;
    return cut;
}

} // namespace ondes
