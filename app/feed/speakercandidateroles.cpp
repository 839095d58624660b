#include "feed/speakercandidateroles.h"

#include "feed/speakercues.h"

namespace ondes::speakers {

// What a list item of the name says of it (at any of its appearances), else what follows one
// of its appearances ("X journaliste à …", "X, from …"); "" when neither.
QString CandidateRoles::itemOrFollowingRole(const QList<NameSpan>& appearances) const
{
    for (const NameSpan& span : appearances) {
        ListItem item;
        if (m_items.parseItem(span.start, item) && item.name.first == span.first &&
            !item.role.isEmpty() && !nextPersonAfter(span.end))
            return clauseOf(span.end, item.role);
    }
    for (const NameSpan& span : appearances) {
        const QString after = roleAfter(span);
        if (!after.isEmpty())
            return after;
    }
    return {};
}

// The list goes on with the next person right after the name ("Anouk, Clara, Héloïse et
// Solène"): what follows is no role of it.
bool CandidateRoles::nextPersonAfter(qsizetype end) const
{
    qsizetype k = end;
    while (k < m_tokens.size() && k - end < 2 &&
           (isOneOf(at(k), u",&/") || (at(k).isWord() && isWord(Words::Conjunction, at(k).folded))))
        ++k;
    return k > end &&
           (m_items.names().givenNameAt(k).isValid() || m_items.names().nameAt(k).isValid());
}

// The role the text gives a name the rules did not list: what a list item of it says of it
// (at any of its appearances), else the label its line opens with ("Présentation : A et B",
// "Retour de terrain : A"), else "guest".
QString CandidateRoles::roleOf(const QList<NameSpan>& appearances) const
{
    const QString own = itemOrFollowingRole(appearances);
    if (!own.isEmpty())
        return own;
    const QString before = appositionBefore(appearances.constFirst());
    if (!before.isEmpty())
        return before;
    const QString label = labelBefore(appearances.constFirst());
    return label.isEmpty() ? QStringLiteral("guest") : label;
}

// The role `role` read after the name ending at token `end`, cut where the person's clause
// ends: at a verb ("chroniqueur pour Le Média ont rejoint notre plateau" → "chroniqueur pour
// Le Média"), without a trailing "et enfin".
QString CandidateRoles::clauseOf(qsizetype end, const QString& role) const
{
    static const QStringList verbs = {
        QStringLiteral("ont"),        QStringLiteral("a"),     QStringLiteral("est"),
        QStringLiteral("sont"),       QStringLiteral("etait"), QStringLiteral("rejoint"),
        QStringLiteral("rejoignent"), QStringLiteral("has"),   QStringLiteral("have"),
        QStringLiteral("is"),         QStringLiteral("are"),   QStringLiteral("was"),
        QStringLiteral("were"),       QStringLiteral("joins"), QStringLiteral("join"),
        QStringLiteral("joined")};
    static const QStringList dangling = {QStringLiteral("et"),    QStringLiteral("and"),
                                         QStringLiteral("enfin"), QStringLiteral("puis"),
                                         QStringLiteral("then"),  QStringLiteral("finally")};
    const qsizetype roleEnd = end + 1 + 64;
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype k = end; k < m_tokens.size() && k < roleEnd; ++k) {
        const Token& t = at(k);
        if (t.begin >= m_text.size())
            break;
        if (first < 0 && QStringView(m_text).mid(t.begin).startsWith(QStringView(role).left(1)) &&
            QStringView(m_text).mid(t.begin).startsWith(role))
            first = k;
        if (first < 0)
            continue;
        if (t.end > at(first).begin + role.size())
            break;
        // Folded, "à" is "a": the verb is the one written without its accent.
        if (t.isWord() && k > first && verbs.contains(t.folded) &&
            (t.folded != u"a" || m_text.at(t.begin) == u'a'))
            break;
        last = k + 1;
    }
    if (first < 0 || last <= first)
        return role;
    while (last > first + 1 && at(last - 1).isWord() && dangling.contains(at(last - 1).folded))
        --last;
    return m_items.roleText(first, last, false);
}

// A guest the rules gave only their cue's role, described at another of their appearances
// ("with Kailin Yuen, …" then "Kailin Yuen, from Princeton University, …"), or by the label
// their line opens with ("… RTBF. Présentation : A et B").
QString CandidateRoles::describedRole(const QList<NameSpan>& appearances,
                                      const QString& cueRole) const
{
    const QString own = itemOrFollowingRole(appearances);
    if (!own.isEmpty())
        return own;
    const QString label = labelBefore(appearances.constFirst());
    return label.isEmpty() ? cueRole : label;
}

// "Invités: Thomas Bricout journaliste à l'hebdomadaire …" (a job noun right after the name,
// as text run together), "joined by Kailin Yuen, from Princeton University, …": what follows
// the name says who the person is, up to where the role ends.
QString CandidateRoles::roleAfter(const NameSpan& span) const
{
    const qsizetype e = span.end;
    qsizetype start = -1;
    if (e < m_tokens.size() && at(e).isWord() && at(e).lowerStart && isRoleNoun(at(e)))
        start = e;
    else if (e + 2 < m_tokens.size() && at(e).isPunct(u',') && at(e + 1).isWord() &&
             at(e + 1).folded == u"from" && at(e + 2).isWord() &&
             (!at(e + 2).lowerStart || at(e + 2).folded == u"the"))
        start = e + 1;
    if (start < 0)
        return {};
    qsizetype end = m_items.roleEndAt(start);
    // "… Sport Foot Magazine et Thierry Lutgens journaliste …": the next person ends it.
    for (qsizetype k = start + 1; k + 1 < end; ++k) {
        if ((at(k).isPunct(u',') || (at(k).isWord() && isWord(Words::Conjunction, at(k).folded))) &&
            m_items.names().nameAt(k + 1).isValid()) {
            end = k;
            break;
        }
    }
    if (end <= start)
        return {};
    return m_items.roleText(start, end, false);
}

// "la correspondante permanente de RFI à Kiev, Oksana Verbitska": the job the sentence gives
// right before the name, after an article.
QString CandidateRoles::appositionBefore(const NameSpan& span) const
{
    const qsizetype comma = span.start - 1;
    if (comma < 2 || !at(comma).isPunct(u','))
        return {};
    qsizetype k = comma - 1;
    while (k >= 0 && comma - k < 12 && !at(k).isBreak() && !at(k).sentenceEnd &&
           !at(k).isPunct(u',') && !(at(k).isWord() && isWord(Words::Determiner, at(k).folded)))
        --k;
    if (k < 0 || !at(k).isWord() || !isWord(Words::Determiner, at(k).folded) || k + 1 >= comma ||
        !at(k + 1).isWord() || !isRoleNoun(at(k + 1)))
        return {};
    return m_items.roleText(k, comma);
}

QString CandidateRoles::labelBefore(const NameSpan& span) const
{
    // Back over the list the name is in (names, commas, "et") to a colon.
    qsizetype k = span.start - 1;
    while (k >= 0 && (at(k).isWord() || isOneOf(at(k), u",&")) && span.start - k < 16 &&
           (!at(k).isWord() || !at(k).lowerStart || isWord(Words::Conjunction, at(k).folded) ||
            isNameParticle(at(k))))
        --k;
    if (k < 1 || !at(k).isPunct(u':'))
        return {};
    const qsizetype colon = k;
    qsizetype s = colon;
    while (s > 0 && at(s - 1).isWord() && colon - s < 5) {
        if (at(s - 1).hasDigit)
            return {}; // a date: "11 février au 16 février : X pour « … »"
        --s;
    }
    if (s == colon || (s > 0 && !at(s - 1).isBreak() && !at(s - 1).sentenceEnd &&
                       !isOneOf(at(s - 1), u"\u25B6\u2022-*|")))
        return {};
    const QStringView written =
        QStringView(m_text).mid(at(s).begin, at(colon - 1).end - at(s).begin);
    QString key = foldForMatch(written);
    key.remove(u'(').remove(u')').remove(u'-');
    const QString role = cueTable().labelRole(key.simplified(), written);
    if (!role.isNull())
        return role;
    // An unknown label is a role when it reads like one ("Retour de terrain"), not like a
    // heading naming a show ("This week on Intercepted") nor like one telling when ("This week",
    // "Cette semaine", "Aujourd’hui", "In this episode": time words only).
    bool onlyWhen = true;
    for (qsizetype k = s; k < colon; ++k) {
        if (k > s && !at(k).lowerStart)
            return {};
        onlyWhen = onlyWhen && isWord(Words::Filler, at(k).folded);
    }
    return colon - s <= 3 && !onlyWhen ? written.toString() : QString();
}

} // namespace ondes::speakers
