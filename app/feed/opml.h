#pragma once

// OPML subscription lists (1.0, 1.1 and 2.0): read what gPodder, AntennaPod, Kasts and feed
// readers export, and write OPML 2.0 that they read back. Pure: bytes in, structs out.
//
// Reading flattens folders (their names, joined with '/', become the category), accepts
// attribute names in any case (xmlUrl, xmlurl, XMLURL), takes title or else text, skips
// outlines without an http(s) feed URL, keeps the first of duplicate URLs and collapses
// whitespace in titles. Entities are never expanded and nothing external is ever read.
// parse(write(document)) == document for any document parse() returns.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ondes {

struct OpmlOutline
{
    QString title;
    QString xmlUrl;
    QString htmlUrl;
    QString type;     // lower case as written ("rss", "link", "atom"); "rss" when missing
    QString category; // the enclosing folders, outermost first, joined with '/'; "" for none

    bool operator==(const OpmlOutline&) const = default;
};

struct OpmlDocument
{
    QString title;
    QList<OpmlOutline> outlines;

    bool operator==(const OpmlDocument&) const = default;
};

struct OpmlParseResult
{
    std::optional<OpmlDocument> document; // set on success
    QString error;                        // one line a user can read, set on failure

    bool ok() const { return document.has_value(); }
};

class Opml
{
    Q_DECLARE_TR_FUNCTIONS(ondes::Opml)

public:
    static constexpr qsizetype maxBytes = 32 * 1024 * 1024;
    static constexpr qsizetype maxOutlines = 100000;

    static OpmlParseResult parse(QByteArrayView bytes);
    // OPML 2.0 in UTF-8. Outlines with a category are written inside a folder outline named
    // after it; consecutive outlines of one category share the folder.
    static QByteArray write(const OpmlDocument& document);
};

} // namespace ondes
