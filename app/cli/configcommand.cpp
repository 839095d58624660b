#include "cli/configcommand.h"

#include "cli/output.h"
#include "library/datapaths.h"

#include <QRegularExpression>
#include <QSettings>

namespace ondes::cli {

namespace {

QString usageLine()
{
    return QStringLiteral("usage: ondes config [KEY [VALUE] | --unset KEY]");
}

// "section/name": the keys Ondes writes all have one section.
bool isKey(const QString& key)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9]*/[A-Za-z0-9._]+$"));
    return shape.match(key).hasMatch();
}

QString text(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("(%1 bytes)").arg(value.toByteArray().size());
    return value.toString();
}

} // namespace

int config(const QString& dataDir, const QStringList& arguments)
{
    QSettings settings(DataPaths(dataDir).settingsPath(), QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        printError(QStringLiteral("ondes config: cannot read %1").arg(settings.fileName()));
        return 1;
    }
    if (arguments.isEmpty()) {
        for (const QString& key : settings.allKeys())
            printLine(QStringLiteral("%1=%2").arg(key, text(settings.value(key))));
        return 0;
    }
    const bool unset = arguments.first() == QLatin1String("--unset");
    const QStringList rest = unset ? arguments.mid(1) : arguments;
    if (rest.isEmpty() || rest.size() > 2 || (unset && rest.size() != 1) || !isKey(rest.first())) {
        printError(usageLine());
        return 2;
    }
    const QString key = rest.first();
    if (unset) {
        settings.remove(key);
    } else if (rest.size() == 1) {
        if (!settings.contains(key)) {
            printError(
                QStringLiteral("ondes config: %1 is not set (Ondes uses its default)").arg(key));
            return 1;
        }
        printLine(text(settings.value(key)));
        return 0;
    } else {
        settings.setValue(key, rest.at(1));
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        printError(QStringLiteral("ondes config: cannot write %1").arg(settings.fileName()));
        return 1;
    }
    return 0;
}

} // namespace ondes::cli
