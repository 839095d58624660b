#include "feed/speakerlabelreader.h"

#include "feed/speakerkinds.h"
#include "feed/speakerwordset.h"

#include <algorithm>

namespace ondes::speakers {

// Token i counts the people a heading lists: digits ("3 invités") or a number word ("Nos
// quatre invités", "Our two guests").
bool LabelReader::countAt(qsizetype i) const
{
    static const WordSet counts = WordSet::folded(
        {u"deux", u"trois", u"quatre", u"cinq", u"six", u"sept", u"huit", u"two", u"three", u"four",
         u"five", u"seven", u"eight"}); // "six" is French and English
    if (!at(i).isWord())
        return false;
    if (at(i).hasDigit)
        return std::all_of(at(i).folded.cbegin(), at(i).folded.cend(),
                           [](QChar c) { return c.isDigit(); });
    return counts.contains(at(i).folded);
}

// "Réalisation Cédric Aubrac", "Choix des textes Pierre Sorel": a credit line without a colon,
// the label then a name that ends the line.
qsizetype LabelReader::tryLineLabel(qsizetype i)
{
    qsizetype last = i + 1; // the longest label first: "Sound Design Anna Leland"
    while (last < size() && last - i < 4 && at(last).isWord())
        ++last;
    for (qsizetype end = last; end > i; --end) {
        if (end >= size() || !at(end).isWord() || !at(end).capitalised)
            continue;
        const NameSpan name = m_items.names().nameAt(end);
        if (!name.isValid() || name.start != end || (name.end < size() && !at(name.end).isBreak()))
            continue;
        const QStringView written =
            QStringView(m_text).mid(at(i).begin, at(end - 1).end - at(i).begin);
        const QString role = m_cues.labelRole(foldForMatch(written).simplified(), written);
        if (role.isNull() || speakerKindOfRole(role) != SpeakerKind::Credit)
            continue;
        m_roster.add(name, role, role);
        return name.end;
    }
    return i;
}

qsizetype LabelReader::tryLabel(qsizetype colon)
{
    // The label: up to six words back to a boundary, with ( ) - inside ("Invité(e)s"). It ends
    // at a colon, or at a line break when it is alone on its line (a heading: "<p>Guests</p>").
    const bool heading = at(colon).isBreak();
    qsizetype s = colon;
    int words = 0;
    while (s > 0) {
        const Token& prev = at(s - 1);
        if (prev.isWord() && ++words <= 6)
            --s;
        else if (isOneOf(prev, u"()-") && !prev.spaceBefore && s < colon)
            --s;
        else if (prev.isPunct(u'&') && s < colon && s > 1 && at(s - 2).isWord())
            --s; // "Coordination & Web :"
        else
            break;
    }
    if (words == 0 || words > 6 || (heading && s > 0 && !at(s - 1).isBreak()) ||
        !(m_items.atBoundary(s) || at(s - 1).isPunct(u',')))
        return colon;
    if (at(s).isWord() && isWord(Words::Determiner, at(s).folded) && s + 1 < colon)
        ++s; // "Nos invités :", "Les intervenants :"
    if (s + 1 < colon && countAt(s))
        ++s; // "Nos quatre invités :", "3 invités :", "Our two guests:"
    const QStringView written =
        QStringView(m_text).mid(at(s).begin, at(colon - 1).end - at(s).begin);
    QString key = foldForMatch(written);
    key.remove(u'(').remove(u')').remove(u'-');
    QString role = m_cues.labelRole(key.simplified(), written);
    for (qsizetype t = colon - 1; role.isNull() && !heading && t > s && colon - t <= 3; --t) {
        // "Présentation : A et B Réalisation : C": text run together once HTML is removed; the
        // label is the capitalised words right before the colon.
        if (!at(t).isWord() || !at(t).capitalised || !at(t - 1).isWord())
            continue;
        const QStringView last =
            QStringView(m_text).mid(at(t).begin, at(colon - 1).end - at(t).begin);
        const QString label = m_cues.labelRole(foldForMatch(last).simplified(), last);
        if (!label.isNull() && speakerKindOfRole(label) == SpeakerKind::Credit)
            role = label;
    }
    if (role.isNull())
        return colon;
    const qsizetype p = colon + 1;
    const qsizetype end =
        m_lists.read(heading ? colon : p, role, heading || (p < size() && at(p).isBreak()));
    return end > p ? end : colon + 1;
}

} // namespace ondes::speakers
