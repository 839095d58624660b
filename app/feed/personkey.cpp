#include "feed/personkey.h"

namespace ondes {

namespace {

// The letter a Latin-1 letter (U+00C0 to U+00FF) decomposes to under NFD, its marks left out,
// or 0 for those that have no decomposition (Æ, Ð, ×, Ø, Þ, ß, æ, ð, ÷, ø, þ).
constexpr char16_t kLatin1Base[64] = {
    u'A', u'A', u'A', u'A', u'A', u'A', 0,    u'C', u'E', u'E', u'E', u'E', u'I', u'I', u'I', u'I',
    0,    u'N', u'O', u'O', u'O', u'O', u'O', 0,    0,    u'U', u'U', u'U', u'U', u'Y', 0,    0,
    u'a', u'a', u'a', u'a', u'a', u'a', 0,    u'c', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i',
    0,    u'n', u'o', u'o', u'o', u'o', u'o', 0,    0,    u'u', u'u', u'u', u'u', u'y', 0,    u'y'};

} // namespace

QString personKey(QStringView name)
{
    // Below U+00C0 no character has a canonical decomposition, and a Latin-1 letter decomposes
    // to one letter and marks, which the key drops: most names (French, English, German…) need
    // no normalisation, which costs more than the rest of the key.
    bool plain = true;
    bool latin1 = true;
    for (const QChar c : name) {
        plain = plain && c.unicode() < 0xC0;
        latin1 = latin1 && c.unicode() < 0x100;
    }
    QString decomposed;
    if (!plain && latin1) {
        decomposed = name.toString();
        for (QChar& c : decomposed) {
            if (c.unicode() >= 0xC0) {
                if (const char16_t base = kLatin1Base[c.unicode() - 0xC0]; base != 0)
                    c = QChar(base);
            }
        }
    } else if (!plain) {
        decomposed = name.toString().normalized(QString::NormalizationForm_D);
    }
    const QStringView source = plain ? name : QStringView(decomposed);
    // At most two characters and a space per character: one buffer, sized once.
    QString key(source.size() * 3, Qt::Uninitialized);
    char16_t* const out = reinterpret_cast<char16_t*>(key.data());
    qsizetype length = 0;
    bool pendingSpace = false;
    const auto append = [&](QStringView piece) {
        if (pendingSpace && length > 0)
            out[length++] = u' ';
        pendingSpace = false;
        for (const QChar p : piece)
            out[length++] = p.unicode();
    };
    for (const QChar c : source) {
        const char16_t u = c.unicode();
        if (u < 0x80) { // ASCII, most names: no marks, the same cases as below
            if (u == u'\'' || u == u'`') {
                append(u"'");
            } else if (u == u'-') {
                append(u"-");
            } else if (u == u'.' || u == u',' || u == u'_' || u == u' ' ||
                       (u >= 0x09 && u <= 0x0D)) {
                pendingSpace = true;
            } else {
                const char16_t lower = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
                append(QStringView(&lower, 1));
            }
            continue;
        }
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        switch (u) {
        case u'\'':
        case u'\u2019': // right single quotation mark
        case u'\u2018':
        case u'\u02BC': // modifier letter apostrophe
        case u'`':
        case u'\u00B4':
            append(u"'");
            continue;
        case u'-':
        case u'\u2010':
        case u'\u2011':
        case u'\u2012':
        case u'\u2013':
        case u'\u2014':
        case u'\u2212':
            append(u"-");
            continue;
        case u'.':
        case u',':
        case u'_':
            pendingSpace = true;
            continue;
        case u'\u0153': // œ
        case u'\u0152':
            append(u"oe");
            continue;
        case u'\u00E6': // æ
        case u'\u00C6':
            append(u"ae");
            continue;
        case u'\u00DF': // ß
            append(u"ss");
            continue;
        case u'\u00F8': // ø
        case u'\u00D8':
            append(u"o");
            continue;
        case u'\u0142': // ł
        case u'\u0141':
            append(u"l");
            continue;
        case u'\u0111': // đ
        case u'\u0110':
            append(u"d");
            continue;
        case u'\u0131': // dotless i
            append(u"i");
            continue;
        default:
            break;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        const QChar folded = c.toCaseFolded();
        append(QStringView(&folded, 1));
    }
    key.truncate(length);
    return key;
}

} // namespace ondes
