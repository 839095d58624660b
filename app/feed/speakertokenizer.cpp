#include "feed/speakertext.h"

namespace ondes::speakers {

namespace {

// A word's shape, read as it is folded.
struct WordShape
{
    bool lower = false;
    bool digit = false;
    int letters = 0;
    qsizetype length = 0; // of its folded form so far
};

// What foldWordChar() reads of a character from U+0080 to U+00FF, taken once from QChar and
// foldInto(): the accented letters of French text, without QChar's Unicode tables per letter.
struct Latin1Char
{
    bool lower = false;
    bool letter = false;
    bool digit = false;
    quint8 length = 0; // of its folded form
    std::array<char16_t, 2> folded{};
};
const std::array<Latin1Char, 128>& latin1Chars()
{
    static const std::array<Latin1Char, 128> table = [] {
        std::array<Latin1Char, 128> chars{};
        for (char16_t u = 0x80; u < 0x100; ++u) {
            const QChar c(u);
            Latin1Char& l = chars[u - 0x80];
            l.lower = c.isLower();
            l.letter = c.isLetter();
            l.digit = c.isDigit();
            l.length = quint8(foldInto(QStringView(&c, 1), l.folded.data()));
        }
        return chars;
    }();
    return table;
}

// Folds one character of a word onto `out` (foldInto() folds character by character, so a word
// may be folded in pieces) and notes it in `shape`.
[[gnu::always_inline]] inline void foldWordChar(QChar c, char16_t* out, WordShape& shape)
{
    const char16_t u = c.unicode();
    if (u < 0x80) { // the QChar tests' answers for ASCII, without their other branches
        const bool small = char16_t(u - u'a') < 26;
        const bool capital = char16_t(u - u'A') < 26;
        shape.lower = shape.lower || small;
        shape.letters += (small || capital) ? 1 : 0;
        shape.digit = shape.digit || char16_t(u - u'0') < 10;
        out[shape.length] = capital ? char16_t(u + 32) : u;
        shape.length += u != u'.' ? 1 : 0;
        return;
    }
    if (u < 0x100) { // Latin-1 (é, à, ç…): read from a table of the same answers
        const Latin1Char& l = latin1Chars()[u - 0x80];
        shape.lower = shape.lower || l.lower;
        shape.letters += l.letter ? 1 : 0;
        shape.digit = shape.digit || l.digit;
        for (quint8 k = 0; k < l.length; ++k)
            out[shape.length + k] = l.folded[k];
        shape.length += l.length;
        return;
    }
    shape.lower = shape.lower || c.isLower();
    shape.letters += c.isLetter() ? 1 : 0;
    shape.digit = shape.digit || c.isDigit();
    shape.length += foldInto(QStringView(&c, 1), out + shape.length);
}

// ASCII letters and digits, by class: what a run of them folds to and tells of its word's shape.
enum AsciiClass : quint8 { AsciiLower = 1, AsciiUpper = 2, AsciiDigit = 4 };
inline constexpr auto asciiClasses = [] {
    std::array<quint8, 128> table{};
    for (char16_t u = 0; u < 128; ++u) {
        if (u >= u'a' && u <= u'z')
            table[u] = AsciiLower;
        else if (u >= u'A' && u <= u'Z')
            table[u] = AsciiUpper;
        else if (u >= u'0' && u <= u'9')
            table[u] = AsciiDigit;
    }
    return table;
}();

// Folds the ASCII letters and digits from text[j] on onto `out`, notes them in `shape`, and
// returns where they stop (most of most words: one table look-up per character). Stops at n, or
// with `terminated` at the null that ends the text (no look-up, no letter: no bound to test).
template <bool terminated = false>
[[gnu::always_inline]] inline qsizetype foldAsciiRun(const char16_t* text, qsizetype j, qsizetype n,
                                                     char16_t* out, WordShape& shape)
{
    const qsizetype start = j;
    char16_t* const to = out + (shape.length - start); // text[j] folds onto to[j]
    quint8 seen = 0;
    for (; terminated || j < n; ++j) {
        const char16_t u = text[j];
        if (u >= 0x80)
            break;
        const quint8 kind = asciiClasses[u];
        if (kind == 0)
            break;
        seen |= kind;
        to[j] = u | 0x20; // lower case for letters; digits have the bit already
    }
    qsizetype letters = j - start;
    if (seen & AsciiDigit) {
        for (qsizetype k = start; k < j; ++k)
            letters -= asciiClasses[text[k]] == AsciiDigit ? 1 : 0;
    }
    shape.length += j - start;
    shape.lower = shape.lower || (seen & AsciiLower);
    shape.digit = shape.digit || (seen & AsciiDigit);
    shape.letters += int(letters);
    return j;
}

// Folds text[begin, end) (word characters and inner joiners) onto `out` and notes it in `shape`:
// ASCII runs by table, the rest character by character.
void foldWord(const char16_t* text, qsizetype begin, qsizetype end, char16_t* out, WordShape& shape)
{
    qsizetype k = begin;
    while (k < end) {
        k = foldAsciiRun(text, k, end, out, shape);
        if (k < end)
            foldWordChar(QChar(text[k++]), out, shape);
    }
}

// The tokens of one text as they are read, written into room made in advance (default tokens,
// the rest cut at the end): QList::emplaceBack() is a call of its own per token.
class TokenWriter
{
public:
    explicit TokenWriter(qsizetype expected) { grow(expected); }

    Token& add()
    {
        if (m_count == m_tokens.size())
            grow(m_count * 2);
        return m_base[m_count++];
    }
    bool isEmpty() const { return m_count == 0; }
    const Token& last() const { return m_base[m_count - 1]; }
    QList<Token> take()
    {
        m_tokens.resize(m_count);
        return std::move(m_tokens);
    }

private:
    void grow(qsizetype size)
    {
        m_tokens.resize(size, Token{}); // copies of one default token: cheaper than each made
        m_base = m_tokens.data();
    }

    QList<Token> m_tokens;
    Token* m_base = nullptr;
    qsizetype m_count = 0;
};

// The folded words of one text, one after the other in one buffer (a token's `folded` costs no
// allocation of its own). Each is followed by a null.
class FoldedWords
{
public:
    explicit FoldedWords(qsizetype textSize)
        : m_store(textSize * 3 + 1, Qt::Uninitialized),
          m_base(reinterpret_cast<char16_t*>(m_store.data()))
    {}

    // Where the next word is written. Words never hold more than the text's characters: 2 per
    // character and a null per word fit in the store.
    char16_t* next() const { return m_base + m_used; }
    // The word of `length` units just written at next().
    QStringView take(qsizetype length)
    {
        char16_t* const begin = m_base + m_used;
        begin[length] = u'\0';
        m_used += length + 1;
        return QStringView(begin, length);
    }
    // What the words point into.
    const QString& store() const { return m_store; }

private:
    QString m_store;
    char16_t* m_base;
    qsizetype m_used = 0;
};

} // namespace

TokenizedText tokenize(const QString& text)
{
    TokenWriter tokens(text.size() / 4 + 4);
    FoldedWords folded(text.size());
    const qsizetype n = text.size();
    // Ends with a null (QString::utf16()), which foldAsciiRun() stops at.
    const char16_t* const units = reinterpret_cast<const char16_t*>(text.utf16());
    bool space = true;
    const auto addWord = [&](qsizetype begin, qsizetype end, const WordShape& shape)
        __attribute__((always_inline))
    {
        Token& t = tokens.add();
        t.kind = Token::Kind::Word;
        t.begin = begin;
        t.end = end;
        t.spaceBefore = space;
        space = false;
        const char16_t first = units[begin];
        // QChar's answers for ASCII without its other branches.
        const bool upperFirst = first < 0x80 ? char16_t(first - u'A') < 26 : QChar(first).isUpper();
        t.hasDigit = shape.digit;
        t.capitalised = upperFirst && shape.lower;
        t.allCaps = upperFirst && !shape.lower && shape.letters >= 2;
        t.lowerStart = first < 0x80 ? char16_t(first - u'a') < 26 : QChar(first).isLower();
        t.folded = folded.take(shape.length);
    };
    // A word split off another (an elision): folded again on its own.
    const auto addPart = [&](qsizetype begin, qsizetype end) {
        WordShape shape;
        foldWord(units, begin, end, folded.next(), shape);
        addWord(begin, end, shape);
    };
    qsizetype i = 0;
    while (i < n) {
        const char16_t u = units[i];
        if (u == u' ') { // most characters between words: asked first
            space = true;
            ++i;
            continue;
        }
        const QChar c(u);
        // Asked first: the start of a word (never a line break nor a space) is the next most
        // common.
        const bool wordChar = isWordChar(c);
        if (!wordChar && (c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029')) {
            if (!tokens.isEmpty() && !tokens.last().isBreak()) {
                Token& t = tokens.add();
                t.kind = Token::Kind::Break;
                t.begin = i;
                t.end = i + 1;
            }
            space = true;
            ++i;
        } else if (!wordChar && c.isSpace()) {
            space = true;
            ++i;
        } else if (wordChar) {
            // One pass: where the word ends (by wordEnd()'s rules), its shape and its folded form.
            WordShape shape;
            char16_t* const out = folded.next();
            qsizetype j = foldAsciiRun<true>(units, i, n, out, shape);
            // An elision's apostrophe is second or third: none when the first ASCII run goes on
            // past the third character.
            const bool mayElide = j - i <= 2;
            while (j < n) {
                const char16_t d = units[j];
                // ASCII but for a joiner or a dot: not a word character (the run stopped on it).
                if (d < 0x80 && d != u'-' && d != u'\'' && d != u'.')
                    break;
                // Other letters and digits; inner joiners and dots when a word character follows
                // them (j > i here: the word starts with a word character).
                if (isWordChar(d) || (j + 1 < n && isWordChar(units[j + 1]) &&
                                      (isWordJoiner(d) || (d == u'.' && text.at(j - 1).isLower() &&
                                                           text.at(j + 1).isLower())))) {
                    foldWordChar(d, out, shape);
                    j = foldAsciiRun<true>(units, j + 1, n, out, shape);
                    continue;
                }
                break;
            }
            // An elision starts with an apostrophe second or third ("l'", "qu'").
            const qsizetype split =
                mayElide && j - i > 2 && (isApostrophe(units[i + 1]) || isApostrophe(units[i + 2]))
                    ? elisionSplit(text, i, j)
                    : -1;
            if (split > 0) {
                addPart(i, split);
                addPart(split, j);
            } else {
                addWord(i, j, shape);
            }
            i = j;
        } else {
            Token t;
            t.kind = Token::Kind::Punct;
            t.ch = c;
            t.begin = i;
            t.end = i + 1;
            t.spaceBefore = space;
            const QChar after = i + 1 < n ? text.at(i + 1) : QChar();
            const bool followedBySpace = i + 1 >= n || after.isSpace() || after == u'"' ||
                                         after == u'\u201D' || after == u'\u00BB' ||
                                         after == u'\u2019';
            if (c == u'!' || c == u'?') {
                t.sentenceEnd = followedBySpace;
            } else if (c == u'\u2026') {
                // "… et Marie Lenoir": an ellipsis followed by lower case goes on with the
                // sentence.
                qsizetype k = i + 1;
                while (k < n && text.at(k).isSpace() && text.at(k) != u'\n')
                    ++k;
                t.sentenceEnd = followedBySpace && (k >= n || !text.at(k).isLower());
            } else if (c == u'.' && followedBySpace) {
                const Token* prev = tokens.isEmpty() ? nullptr : &tokens.last();
                const bool abbreviation =
                    prev && prev->isWord() && prev->end == i &&
                    ((prev->end - prev->begin == 1 && text.at(prev->begin).isUpper()) ||
                     isAbbreviation(prev->folded));
                t.sentenceEnd = !abbreviation;
            } else if (c == u'.' && text.at(i + 1).isUpper() && !tokens.isEmpty()) {
                // "…présentée par Bastien Morvillier.Traduction : …": paragraphs glued together
                // when HTML was removed.
                const Token& prev = tokens.last();
                t.sentenceEnd = prev.isWord() && prev.end == i && prev.end - prev.begin >= 3 &&
                                text.at(i - 1).isLower() && !isAbbreviation(prev.folded);
            }
            space = false;
            tokens.add() = t;
            ++i;
        }
    }
    return TokenizedText{tokens.take(), folded.store()};
}

} // namespace ondes::speakers
