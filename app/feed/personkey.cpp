#include "feed/personkey.h"

namespace ondes {

QString personKey(QStringView name)
{
    // Below U+00C0 no character has a canonical decomposition: most names need no
    // normalisation, which costs more than the rest of the key.
    bool plain = true;
    for (const QChar c : name)
        plain = plain && c.unicode() < 0xC0;
    QString decomposed;
    if (!plain)
        decomposed = name.toString().normalized(QString::NormalizationForm_D);
    const QStringView source = plain ? name : QStringView(decomposed);
    QString key;
    key.reserve(source.size());
    bool pendingSpace = false;
    const auto append = [&](QStringView piece) {
        if (pendingSpace && !key.isEmpty())
            key += u' ';
        pendingSpace = false;
        key += piece;
    };
    for (const QChar c : source) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const char16_t u = c.unicode();
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
    return key;
}

} // namespace ondes
