#include "feed/speakertext.h"

#include "feed/speakerwordset.h"

namespace ondes::speakers {

bool isAbbreviation(QStringView folded)
{
    static const WordSet abbreviations = WordSet::folded(
        {u"dr", u"pr",   u"prof", u"mr",  u"mrs",  u"ms",   u"st", u"mme", u"mlle", u"jr",
         u"sr", u"ret",  u"rev",  u"gen", u"col",  u"capt", u"lt", u"sgt", u"no",   u"vol",
         u"vs", u"feat", u"ft",   u"mgr", u"univ", u"cf",   u"ed", u"eds"});
    return abbreviations.contains(folded);
}

// A fast path for ASCII.
qsizetype foldInto(QStringView word, char16_t* buffer)
{
    qsizetype length = 0;
    const auto put = [&](char16_t c) { buffer[length++] = c; };
    for (const QChar ch : word) {
        const char16_t raw = ch.unicode();
        if (raw < 0x80) {
            if (raw != u'.')
                put(raw >= u'A' && raw <= u'Z' ? char16_t(raw + 32) : raw);
            continue;
        }
        const char16_t c = ch.toLower().unicode();
        switch (c) {
        case u'à':
        case u'á':
        case u'â':
        case u'ã':
        case u'ä':
        case u'å':
            put(u'a');
            break;
        case u'ç':
            put(u'c');
            break;
        case u'è':
        case u'é':
        case u'ê':
        case u'ë':
            put(u'e');
            break;
        case u'ì':
        case u'í':
        case u'î':
        case u'ï':
            put(u'i');
            break;
        case u'ñ':
            put(u'n');
            break;
        case u'ò':
        case u'ó':
        case u'ô':
        case u'õ':
        case u'ö':
        case u'ø':
            put(u'o');
            break;
        case u'ù':
        case u'ú':
        case u'û':
        case u'ü':
            put(u'u');
            break;
        case u'ý':
        case u'ÿ':
            put(u'y');
            break;
        case u'œ':
            put(u'o');
            put(u'e');
            break;
        case u'æ':
            put(u'a');
            put(u'e');
            break;
        case u'\u2019':
        case u'\u02BC':
        case u'\u2018':
            put(u'\'');
            break;
        case u'\u2010':
        case u'\u2011':
            put(u'-');
            break;
        case u'\u00B7':
            break;
        default:
            put(c);
        }
    }
    return length;
}

QString foldForMatch(QStringView word)
{
    QString out(word.size() * 2, Qt::Uninitialized);
    out.truncate(foldInto(word, reinterpret_cast<char16_t*>(out.data())));
    return out;
}

} // namespace ondes::speakers
