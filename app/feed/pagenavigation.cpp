#include "feed/pagenavigation.h"

#include "feed/textfold.h"

#include <QList>
#include <QString>

namespace ondes {

namespace {

// A label starts with one of these phrases, then ends or goes on after a separator
// ("Émission précédente : Les jardins partagés").
constexpr const char16_t* previousLabels[] = {
    u"emission precedente",
    u"episode precedent",
    u"emission d'avant",
    u"precedente",
    u"precedent",
    u"prec",
    u"previous episode",
    u"previous show",
    u"previous post",
    u"previous",
    u"prev",
    u"older episode",
    u"older post",
    u"older",
};
constexpr const char16_t* nextLabels[] = {
    u"emission suivante", u"episode suivant", u"suivante",  u"suivant",
    u"next episode",      u"next show",       u"next post", u"next",
    u"newer episode",     u"newer post",      u"newer",
};

bool startsWithLabel(const QString& text, const char16_t* label)
{
    const QStringView phrase(label);
    if (!text.startsWith(phrase))
        return false;
    return text.size() == phrase.size() || !text.at(phrase.size()).isLetterOrNumber();
}

// Arrows, guillemets and punctuation around a label carry no meaning here.
QString stripDecorations(const QString& folded)
{
    qsizetype begin = 0;
    qsizetype end = folded.size();
    while (begin < end && !folded.at(begin).isLetterOrNumber())
        ++begin;
    while (end > begin && !folded.at(end - 1).isLetterOrNumber())
        --end;
    return folded.mid(begin, end - begin);
}

} // namespace

PageNavigation::Direction PageNavigation::fromRel(QStringView rel)
{
    for (const QStringView token : rel.split(u' ', Qt::SkipEmptyParts)) {
        if (token.compare(u"prev", Qt::CaseInsensitive) == 0 ||
            token.compare(u"previous", Qt::CaseInsensitive) == 0)
            return Direction::Previous;
        if (token.compare(u"next", Qt::CaseInsensitive) == 0)
            return Direction::Next;
    }
    return Direction::None;
}

PageNavigation::Direction PageNavigation::fromLabel(QStringView label)
{
    if (label.size() > 120)
        return Direction::None;
    const QString text = stripDecorations(foldText(label));
    if (text.isEmpty())
        return Direction::None;
    for (const char16_t* phrase : previousLabels) {
        if (startsWithLabel(text, phrase))
            return Direction::Previous;
    }
    for (const char16_t* phrase : nextLabels) {
        if (startsWithLabel(text, phrase))
            return Direction::Next;
    }
    return Direction::None;
}

} // namespace ondes
