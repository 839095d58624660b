#pragma once

// Where the words that describe a person in a list of speakers start and end, for
// SpeakerExtractor (", chercheuse au CNRS, et …", "– trumpet", "(sociologue)"): a role stops at
// its clause's end, the next person, a verb after a comma, a duration, a label; and its text,
// without a leading article or a title alone.

#include "feed/listitembounds.h"

namespace ondes::speakers {

class RoleExtent
{
public:
    RoleExtent(const QString& text, const QList<Token>& tokens, const ListItemBounds& bounds);

    // A role may start at token i after a comma ("X, historienne"), after a dash ("X –
    // trumpet").
    bool roleMayStart(qsizetype i) const;
    bool dashRoleMayStart(qsizetype i) const;
    // Where a role starting at token `start` ends: its clause's end (exclusive), -1 when a
    // label's colon follows a few words ("X – Réalisation : Y").
    qsizetype roleEnd(qsizetype start) const;
    // The ")" closing the "(" at token `open`, -1 when none does on its line.
    qsizetype closingParen(qsizetype open) const;
    // Tokens [first, end) are a duration: "9 min", "1 h 30", "12'30".
    bool durationIn(qsizetype first, qsizetype end) const;
    // The text of tokens [first, end), a leading article dropped, trailing punctuation trimmed.
    QString roleText(qsizetype first, qsizetype end, bool dropArticle = true) const;

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }

    bool sentenceAt(qsizetype i) const;
    bool commaEndsRole(qsizetype next) const;
    bool verbAfterComma(qsizetype q) const;
    bool occasionAt(qsizetype k) const;
    bool innerHyphenAt(qsizetype k) const;
    bool hostTitleDescribesAt(qsizetype i) const;
    bool trailingBylineAt(qsizetype k) const;
    bool relativeAt(qsizetype q) const;
    static bool onlyTitles(QStringView role);
    static bool isWebAddress(QStringView role);

    const QString& m_text;
    const QList<Token>& m_tokens;
    const ListItemBounds& m_bounds;
};

} // namespace ondes::speakers
