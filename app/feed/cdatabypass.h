#pragma once

// CdataBypass takes CDATA sections, and long runs of plain text, past libxml2. Descriptions are
// most of a feed's bytes and usually sit in CDATA sections, which libxml2's push parser walks
// three times a byte (looking for "]]>", checking the UTF-8, counting lines) before handing them
// over in 300-byte pieces; text outside them (summaries, titles) it reads a character at a time
// as soon as one is not ASCII. CdataBypass stands between the document's bytes and libxml2: it
// replaces each complete CDATA section inside the root element, and each long enough run of text
// between two of its tags, by a reference to an entity of its own
// ("&ondes7.4f1c09a2;"), followed by a comment holding the text's line breaks (so that libxml2
// still counts lines as in the document), and keeps the text; when libxml2 asks for the entity,
// FeedParser hands it that text, which reaches FeedHandler as the section or run would have.
//
// Only what cannot change a result is taken: text that is valid UTF-8 made of XML characters,
// without carriage returns, in a document read as UTF-8 (no encoding declared, or UTF-8),
// between the root element's tags; a run of text besides holds no "&" (references are libxml2's
// to expand), no "]]>" and not only white space, and is whole (the text a chunk starts with,
// which may go on the previous chunk's, stays). Anything the scanner does not follow (a DOCTYPE,
// a "<" that opens no markup, a construct larger than kMaxHeldBack) turns it off for the rest of
// the document, whose bytes then pass unchanged.

#include "feed/plainxmltext.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <string>
#include <string_view>
#include <utility>

namespace ondes {

class CdataBypass
{
public:
    CdataBypass();
    // The same references every time (for tests): "." key after the number.
    explicit CdataBypass(std::string_view key);

    // The bytes to hand to libxml2 for this chunk: a view of chunk itself when nothing changed,
    // else of a buffer of this object, valid until the next call. last marks the end of the
    // document: nothing is held back then.
    QByteArrayView filter(QByteArrayView chunk, bool last);

    // When `filtered`, what filter() returned last, is this object's own buffer, exchanges that
    // buffer with `into` (whose room the next filter() fills) instead of copying it; false
    // otherwise.
    bool swapOutput(QByteArrayView filtered, QByteArray& into);

    // The text of the section that the entity `name` stands for, when name is the next of this
    // object's references; valid until the next call. nullptr for any other name.
    const std::string* take(std::string_view name);

    // How many sections were taken out of the document so far.
    qsizetype bypassedCount() const { return m_issued; }

    // The key of this object's references.
    std::string key() const { return m_suffix.substr(1); }
    // The sections filter() took that take() has not handed out, moved out of this object: to
    // filter on one thread and take on another, with a second CdataBypass of the same key that
    // is given them with addSections() before libxml2 reads their references.
    std::deque<std::string> takeSections() { return std::exchange(m_sections, {}); }
    void addSections(std::deque<std::string>&& sections);

    // The references: "&ondes" number "." key ";", the key drawn at random for each document
    // so that no document can write one of them itself. libxml2 keeps each name it meets in a
    // dictionary that hashes the first ten bytes: the number comes early, modulo kNameCycle.
    static constexpr std::string_view kEntityPrefix = "ondes";
    static constexpr qsizetype kNameCycle = 16;
    // An unfinished tag, comment or section longer than this turns the bypass off.
    static constexpr qsizetype kMaxHeldBack = 4 * 1024 * 1024;
    // Shorter runs of text cost libxml2 less than their reference does; libxml2 reads ASCII
    // faster than the rest.
    static constexpr qsizetype kMinTextRun = 48;
    static constexpr qsizetype kMinAccentedTextRun = 16;

private:
    enum class Mode { Start, Prolog, Content, Off };
    enum class Step { Done, NeedMore, Stop };

    Step scanProlog(QByteArrayView input, qsizetype& pos);
    Step scanMarkup(QByteArrayView input, qsizetype& pos);
    Step scanSection(QByteArrayView input, qsizetype& pos);
    void replaceText(QByteArrayView input, qsizetype start, qsizetype end);
    void replace(QByteArrayView input, qsizetype from, qsizetype to, std::string_view text,
                 qsizetype lines);
    void copyThrough(QByteArrayView input, qsizetype upTo);

    Mode m_mode = Mode::Start;
    int m_depth = 0;
    bool m_textContinues = false; // the previous chunk ended in text
    QByteArray m_pending;         // the unfinished construct at the end of the previous chunk
    QByteArray m_joined;
    QByteArray m_out;
    bool m_changed = false; // m_out holds this chunk's bytes (something was replaced)
    qsizetype m_copied = 0; // bytes of the current input already in m_out
    std::string m_suffix;   // "." key
    std::deque<std::string> m_sections;
    std::string m_current;
    qsizetype m_issued = 0;
    qsizetype m_taken = 0;
};

} // namespace ondes
