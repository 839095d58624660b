#pragma once

// SearchIndex turns what the listener typed into an FTS5 query for the episode_search table
// (migration 0004, kept current by triggers): every word a prefix from two letters on, all of
// them required.

#include <QString>

namespace ondes {

class SearchIndex
{
public:
    // The MATCH expression for text, or an empty string when text has nothing to search for.
    // Each word is quoted, so the listener's quotes, stars, colons and operators are only text.
    // A word whose last token has one letter ("a", "l'", "l'e") is that whole word.
    static QString matchExpression(const QString& text);

    // The shortest word (its last token) searched as a prefix; the index keeps prefix lists
    // for the short lengths that would otherwise be slow (migration 0014).
    static constexpr int kPrefixFrom = 2;

    // Results are capped: typing one letter must not list the whole library.
    static constexpr int kDefaultLimit = 500;
};

} // namespace ondes
