#include "feed/roleclausewords.h"

#include "feed/speakerwordset.h"

namespace ondes::speakers {
namespace {

// Token k as the text writes it (its folded form loses the accents these checks need).
QStringView writtenAt(const QString& text, const QList<Token>& tokens, qsizetype k)
{
    return QStringView(text).mid(tokens.at(k).begin, tokens.at(k).end - tokens.at(k).begin);
}

} // namespace

// "Marc Zanetti, dès le 17 janvier", "Join Matthew Barraclough, Monday to Thursday", "X,
// chaque samedi": when the show is on air, not what the person does.
bool scheduleAt(const QString& text, const QList<Token>& tokens, qsizetype i)
{
    const auto at = [&tokens](qsizetype k) -> const Token& { return tokens.at(k); };
    const qsizetype size = tokens.size();
    static const WordSet days = WordSet::folded(
        {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday",
         u"weekdays", u"weeknights", u"every", u"each", u"lundi", u"mardi", u"mercredi", u"jeudi",
         u"vendredi", u"samedi", u"dimanche", u"chaque"});
    if (i >= size || !at(i).isWord())
        return false;
    const QStringView written = writtenAt(text, tokens, i);
    return days.contains(at(i).folded) || written.compare(u"d\u00E8s", Qt::CaseInsensitive) == 0;
}
// "…, a discuté avec", "… pour Le Média ont rejoint notre plateau", "…, l’a remporté": a French
// auxiliary before a past participle (or "ont"/"sont" before any lower-case word) is the
// sentence's verb, past the role. The "a" of "à" is told apart by the text; English "a" is
// followed by a noun, not a participle.
bool auxiliaryAt(const QString& text, const QList<Token>& tokens, qsizetype q)
{
    const auto at = [&tokens](qsizetype k) -> const Token& { return tokens.at(k); };
    const qsizetype size = tokens.size();
    if (q + 1 >= size || !at(q).isWord() || !at(q).lowerStart || !at(q + 1).isWord() ||
        !at(q + 1).lowerStart || at(q + 1).hasDigit)
        return false;
    const QStringView word = at(q).folded;
    if (word == u"ont" || word == u"sont")
        return true;
    const QStringView written = writtenAt(text, tokens, q);
    if (written != u"a" && written != u"est" && written != u"avait" && written != u"\u00E9tait")
        return false;
    static const WordSet participles = WordSet::folded(
        {u"rejoint", u"pris",   u"fait",   u"dit",    u"ecrit",  u"mis",    u"ete",     u"eu",
         u"vu",      u"lu",     u"repris", u"remis",  u"permis", u"appris", u"produit", u"conduit",
         u"ouvert",  u"offert", u"choisi", u"reussi", u"fini",   u"obtenu", u"venu",    u"devenu",
         u"tenu",    u"voulu",  u"recu",   u"su",     u"pu",     u"ne",     u"nee"});
    const QStringView next = writtenAt(text, tokens, q + 1);
    return participles.contains(at(q + 1).folded) || next.endsWith(u"\u00E9") ||
           next.endsWith(u"\u00E9e") || next.endsWith(u"\u00E9s") || next.endsWith(u"\u00E9es");
}
} // namespace ondes::speakers
