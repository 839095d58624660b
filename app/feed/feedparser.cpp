#include "feed/feedparser.h"

#include "feed/bareampersands.h"
#include "feed/cdatabypass.h"
#include "feed/feedentities.h"
#include "feed/feedhandler.h"
#include "feed/feedparserlog.h"
#include "feed/feedxmlerrors.h"
#include "feed/inputfilterthread.h"
#include "feed/leadingwhitespace.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <optional>
#include <utility>

namespace ondes {

namespace {

// libxml2 2.9 halts with "Huge input lookup" once more than 10 MB of input waits unparsed
// (XML_MAX_LOOKUP_LIMIT without XML_PARSE_HUGE, which would also lift the other limits): a whole
// document is pushed in pieces well below that, so a 100 MB feed parses as a 1 MB one does.
// Small pieces also keep what libxml2 copies into its buffer and reads back in the CPU's cache,
// and let the filter thread start on the next piece sooner: 128 KB pieces took dump-feed's
// 10,000-item feed from 0.75 to 0.70 s of CPU (medians of 8 runs, 1 MB pieces before).
constexpr qsizetype kMaxChunk = 128 * 1024;

} // namespace

class FeedParser::Private
{
public:
    explicit Private(FeedParseOptions options)
        : options(std::move(options)), handler(this->options, entities)
    {
        if (this->options.filterOnThread) {
            filterThread = std::make_unique<InputFilterThread>();
            cdata = CdataBypass(filterThread->key()); // to take what the thread's one took
        }
    }

    ~Private()
    {
        if (context != nullptr) {
            // libxml2 builds a stand-in document to record entity declarations "for expat
            // compatibility"; freeing the context does not free it.
            if (context->myDoc != nullptr)
                xmlFreeDoc(context->myDoc);
            xmlFreeParserCtxt(context);
        }
    }

    bool createContext(const char* data, int size);
    void parse(const char* data, qsizetype size, bool terminate);
    void parseOnFilterThread(const char* data, qsizetype size, bool terminate);
    void pushFiltered(bool wait);
    void push(QByteArrayView bytes, bool terminate);
    void fail(const QString& message);
    bool failed() const { return !error.isEmpty(); }
    void resetWellFormed()
    {
        // libxml2 drops every entity reference once a document is marked as not well formed,
        // even after an error we chose to recover from: undo the mark.
        if (recovered) {
            context->wellFormed = 1;
            recovered = false;
        }
    }

    static Private* self(void* user) { return static_cast<Private*>(user); }
    static void onStartElement(void* user, const xmlChar* localName, const xmlChar* prefix,
                               const xmlChar* uri, int, const xmlChar**, int attributeCount, int,
                               const xmlChar** attributes);
    static void onEndElement(void* user, const xmlChar* localName, const xmlChar* prefix,
                             const xmlChar*);
    static void onCharacters(void* user, const xmlChar* text, int length);
    static xmlEntityPtr onGetEntity(void* user, const xmlChar* name);
    static void onEntityDecl(void* user, const xmlChar* name, int type, const xmlChar*,
                             const xmlChar*, xmlChar* content);
    static xmlParserInputPtr onResolveEntity(void*, const xmlChar*, const xmlChar*);
    static void onError(void* user, xmlErrorPtr error);

    FeedParseOptions options;
    FeedEntities entities;
    FeedHandler handler;
    xmlSAXHandler sax{};
    xmlParserCtxtPtr context = nullptr;
    BareAmpersands ampersands;
    CdataBypass cdata;
    xmlEntity cdataEntity{}; // what onGetEntity hands libxml2 for one of cdata's references
    QByteArray head;         // the first bytes, until the document's first character is in them
    QByteArray start; // the first bytes for libxml2, until there are enough to detect the encoding
    qint64 total = 0;
    bool started = false; // the white space before the document is behind us
    bool recovered = false;
    bool finished = false;
    QString error;
    std::unique_ptr<InputFilterThread> filterThread; // with options.filterOnThread
    const QByteArray* sharedChunk = nullptr;         // addData(const QByteArray&)'s, while it runs
    bool filteredAll = false;                        // its last chunk was pushed
};

void FeedParser::Private::onStartElement(void* user, const xmlChar* localName,
                                         const xmlChar* prefix, const xmlChar* uri, int,
                                         const xmlChar**, int attributeCount, int,
                                         const xmlChar** attributes)
{
    Private* d = self(user);
    d->resetWellFormed();
    if (d->failed())
        return;
    d->handler.startElement(localName, prefix, uri, attributeCount, attributes);
    if (!d->handler.error().isEmpty())
        d->fail(d->handler.error());
}

void FeedParser::Private::onEndElement(void* user, const xmlChar* localName, const xmlChar* prefix,
                                       const xmlChar*)
{
    Private* d = self(user);
    d->resetWellFormed();
    if (!d->failed())
        d->handler.endElement(localName, prefix);
}

void FeedParser::Private::onCharacters(void* user, const xmlChar* text, int length)
{
    Private* d = self(user);
    d->resetWellFormed();
    if (!d->failed())
        d->handler.characters(text, length);
}

xmlEntityPtr FeedParser::Private::onGetEntity(void* user, const xmlChar* name)
{
    Private* d = self(user);
    d->resetWellFormed();
    // Inside the DTD libxml2 only asks in order to hand the entity its raw text (and ownership
    // of it): nothing there needs our entities.
    if (d->failed() || d->context->inSubset != 0)
        return nullptr;
    const bool inContent = d->context->instate == XML_PARSER_CONTENT;
    if (inContent) {
        if (const std::string* text = d->cdata.take(reinterpret_cast<const char*>(name))) {
            // A CDATA section CdataBypass took out: its text, handed over as text.
            xmlEntity& entity = d->cdataEntity;
            std::memset(&entity, 0, sizeof entity);
            entity.type = XML_ENTITY_DECL;
            entity.name = name;
            entity.content = reinterpret_cast<xmlChar*>(const_cast<char*>(text->c_str()));
            entity.length = static_cast<int>(text->size());
            entity.etype = XML_INTERNAL_PREDEFINED_ENTITY;
            entity.checked = 2;
            return &entity;
        }
    }
    xmlEntityPtr entity = d->entities.lookup(reinterpret_cast<const char*>(name), inContent);
    if (d->entities.exhausted())
        d->fail(FeedParser::tr("not a feed: entity expansion exceeds Ondes's limits"));
    return entity;
}

void FeedParser::Private::onEntityDecl(void* user, const xmlChar* name, int type, const xmlChar*,
                                       const xmlChar*, xmlChar* content)
{
    Private* d = self(user);
    // Only internal general entities: external ones are never read, parameter entities never
    // expanded.
    if (type != XML_INTERNAL_GENERAL_ENTITY || name == nullptr || content == nullptr)
        return;
    if (!d->entities.declare(reinterpret_cast<const char*>(name),
                             reinterpret_cast<const char*>(content)))
        d->fail(FeedParser::tr("not a feed: too many or too large entity declarations"));
}

xmlParserInputPtr FeedParser::Private::onResolveEntity(void*, const xmlChar*, const xmlChar*)
{
    return nullptr; // never load anything from outside the document
}

void FeedParser::Private::onError(void* user, xmlErrorPtr error)
{
    Private* d = self(user);
    if (error == nullptr || d->failed())
        return;
    if (error->domain == XML_FROM_NAMESPACE || error->level == XML_ERR_WARNING) {
        // Undeclared prefixes (itunes:, podcast:) are mapped by FeedHandler.
        return;
    }
    if (error->code == XML_ERR_INVALID_CHAR && error->message != nullptr &&
        std::strstr(error->message, "not proper UTF-8") != nullptr)
        d->handler.setRepairEncoding();
    // Undeclared entities are dropped wherever they are, DTD included (an external parameter
    // entity Ondes refuses to load is one); other errors only once the root says "feed".
    const bool undeclared =
        error->code == XML_ERR_UNDECLARED_ENTITY || error->code == XML_WAR_UNDECLARED_ENTITY;
    if ((d->handler.rootSeen() || undeclared) && isRecoverableXmlError(error->code)) {
        qCDebug(lcFeedParser) << "recovered from XML error at line" << error->line << ":"
                              << xmlErrorLine(error->message);
        d->recovered = true;
        return;
    }
    if (error->code == XML_ERR_DOCUMENT_END && d->handler.depth() > 0) {
        // What libxml2's push parser says when the input stops inside the document.
        d->fail(FeedParser::tr("not a feed: the document is truncated (it ends at line %1 "
                               "with elements still open)")
                    .arg(error->line));
        return;
    }
    if (error->code == XML_ERR_DOCUMENT_EMPTY && !d->handler.rootSeen()) {
        d->fail(FeedParser::tr("not a feed: no XML document found"));
        return;
    }
    d->fail(FeedParser::tr("not a feed: XML error at line %1: %2")
                .arg(error->line)
                .arg(xmlErrorLine(error->message)));
}

void FeedParser::Private::fail(const QString& message)
{
    if (!error.isEmpty())
        return;
    error = message;
    qCDebug(lcFeedParser) << "feed refused:" << message;
    if (context != nullptr)
        xmlStopParser(context);
}

bool FeedParser::Private::createContext(const char* data, int size)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });

    std::memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = &Private::onStartElement;
    sax.endElementNs = &Private::onEndElement;
    sax.characters = &Private::onCharacters;
    sax.cdataBlock = &Private::onCharacters;
    sax.ignorableWhitespace = &Private::onCharacters;
    sax.getEntity = &Private::onGetEntity;
    sax.entityDecl = &Private::onEntityDecl;
    sax.resolveEntity = &Private::onResolveEntity;
    sax.serror = &Private::onError;
    // No externalSubset, getParameterEntity or reference handlers: DTDs are never loaded.

    context = xmlCreatePushParserCtxt(&sax, this, data, size, nullptr);
    if (context == nullptr) {
        fail(FeedParser::tr("out of memory"));
        return false;
    }
    // No XML_PARSE_NOENT (entities are ours to expand), no DTD loading, no network; RECOVER so
    // that onError() decides which errors are fatal.
    xmlCtxtUseOptions(context, XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR |
                                   XML_PARSE_NOWARNING);
    return true;
}

void FeedParser::Private::parse(const char* data, qsizetype size, bool terminate)
{
    if (filterThread != nullptr) {
        parseOnFilterThread(data, size, terminate);
        return;
    }
    do {
        const qsizetype piece = std::min(size, kMaxChunk);
        size -= piece;
        const bool last = terminate && size == 0;
        push(cdata.filter(ampersands.filter(QByteArrayView(data, piece), last), last), last);
        data += piece;
    } while (size > 0 && !failed());
    if (terminate && ampersands.repairedCount() > 0)
        qCDebug(lcFeedParser) << "read" << ampersands.repairedCount() << "bare '&' as text";
    if (terminate && cdata.bypassedCount() > 0)
        qCDebug(lcFeedParser) << "passed" << cdata.bypassedCount()
                              << "CDATA sections around libxml2";
}

void FeedParser::Private::parseOnFilterThread(const char* data, qsizetype size, bool terminate)
{
    // The thread filters a chunk while libxml2 parses the ones before it.
    do {
        const qsizetype piece = std::min(size, kMaxChunk);
        size -= piece;
        const bool last = terminate && size == 0;
        if (sharedChunk != nullptr && data == sharedChunk->constData() &&
            piece == sharedChunk->size())
            filterThread->submit(*sharedChunk, last); // a reference, not a copy
        else
            filterThread->submit(QByteArrayView(data, piece), last);
        data += piece;
        pushFiltered(false);
    } while (size > 0 && !failed());
    if (terminate && !failed())
        pushFiltered(true);
}

void FeedParser::Private::pushFiltered(bool wait)
{
    // Without wait, the chunks already filtered; with it, all of them, up to the last one.
    while (!filteredAll) {
        std::optional<InputFilterThread::Output> output = filterThread->next(wait);
        if (!output)
            return;
        cdata.addSections(std::move(output->sections));
        if (!failed())
            push(output->bytes, output->last);
        filterThread->recycle(std::move(output->bytes));
        if (output->last) {
            filteredAll = true;
            if (output->repairedAmpersands > 0)
                qCDebug(lcFeedParser) << "read" << output->repairedAmpersands << "bare '&' as text";
            if (output->bypassedSections > 0)
                qCDebug(lcFeedParser) << "passed" << output->bypassedSections
                                      << "CDATA sections and text runs around libxml2";
            return;
        }
    }
}

void FeedParser::Private::push(QByteArrayView bytes, bool terminate)
{
    if (context == nullptr) {
        // libxml2 detects the encoding (UTF-16 byte order marks) from the first four bytes.
        if (start.isEmpty() && bytes.size() >= 4) {
            if (createContext(bytes.data(), 4))
                xmlParseChunk(context, bytes.data() + 4, static_cast<int>(bytes.size() - 4),
                              terminate ? 1 : 0);
            return;
        }
        start.append(bytes);
        if (start.size() < 4 && !terminate)
            return;
        const int first = static_cast<int>(std::min<qsizetype>(start.size(), 4));
        if (createContext(start.constData(), first))
            xmlParseChunk(context, start.constData() + first,
                          static_cast<int>(start.size() - first), terminate ? 1 : 0);
        start = QByteArray();
        return;
    }
    if (bytes.isEmpty() && !terminate)
        return; // all held back by the ampersand filter
    xmlParseChunk(context, bytes.data(), static_cast<int>(bytes.size()), terminate ? 1 : 0);
}

FeedParser::FeedParser(FeedParseOptions options) : d(std::make_unique<Private>(std::move(options)))
{}

FeedParser::~FeedParser() = default;

void FeedParser::setEpisodeHandler(EpisodeHandler handler)
{
    d->handler.setEpisodeHandler(std::move(handler));
}

bool FeedParser::addData(QByteArrayView chunk)
{
    if (d->failed() || d->finished)
        return false;
    d->total += chunk.size();
    d->entities.setDocumentSize(static_cast<std::size_t>(d->total));
    if (d->options.maxBytes >= 0 && d->total > d->options.maxBytes) {
        d->fail(FeedParser::tr("the document is larger than the %1 MB Ondes accepts")
                    .arg(d->options.maxBytes / (1024 * 1024)));
        return false;
    }
    if (chunk.isEmpty())
        return true;
    if (!d->started) {
        // Some servers send white space before "<?xml", which libxml2 refuses: drop it, a few
        // bytes at a time so that a whole document is not copied for it.
        while (!d->started && !chunk.isEmpty()) {
            const qsizetype take = std::min<qsizetype>(chunk.size(), 64);
            d->head.append(chunk.first(take));
            chunk = chunk.sliced(take);
            d->started = dropLeadingWhitespace(d->head);
        }
        if (!d->started)
            return true;
        const QByteArray head = std::exchange(d->head, QByteArray());
        d->parse(head.constData(), head.size(), false);
    }
    if (!chunk.isEmpty() && !d->failed())
        d->parse(chunk.data(), chunk.size(), false);
    return !d->failed();
}

bool FeedParser::addData(const QByteArray& chunk)
{
    // Bytes the array does not own (QByteArray::fromRawData) may go once this returns.
    if (!QByteArray(chunk).data_ptr().isMutable())
        return addData(QByteArrayView(chunk));
    d->sharedChunk = &chunk;
    const bool ok = addData(QByteArrayView(chunk));
    d->sharedChunk = nullptr;
    return ok;
}

FeedParseResult FeedParser::finish()
{
    FeedParseResult result;
    if (d->finished) {
        result.error = FeedParser::tr("the parser was already finished");
        return result;
    }
    d->finished = true;
    if (!d->failed()) {
        if (d->total == 0) {
            d->fail(FeedParser::tr("not a feed: the document is empty"));
        } else if (!d->started) {
            // Only white space, or a byte order mark and white space.
            d->started = true;
            const QByteArray head = std::exchange(d->head, QByteArray());
            d->parse(head.constData(), head.size(), true);
        } else {
            d->parse(nullptr, 0, true);
        }
    }
    if (!d->failed() && !d->handler.rootSeen())
        d->fail(FeedParser::tr("not a feed: no root element"));
    if (d->failed()) {
        result.error = d->error;
        return result;
    }
    result.feed = d->handler.takeFeed();
    return result;
}

FeedParseResult FeedParser::parse(QByteArrayView document, const FeedParseOptions& options)
{
    FeedParser parser(options);
    parser.addData(document);
    return parser.finish();
}

} // namespace ondes
