#include "feed/textfold.h"

namespace ondes {

QString foldText(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Ligatures people type in French labels.
        if (c == u'\u0153' || c == u'\u0152') {
            folded += QStringLiteral("oe");
            continue;
        }
        if (c == u'\u2019' || c == u'\u02bc') {
            folded += u'\'';
            continue;
        }
        folded += c.toLower();
    }
    return folded.simplified();
}

} // namespace ondes
