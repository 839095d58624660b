#pragma once

// Lets GoogleTest print Qt strings readably in failure messages.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& value, std::ostream* out)
{
    *out << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QByteArray& value, std::ostream* out)
{
    *out << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QStringList& value, std::ostream* out)
{
    *out << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}
QT_END_NAMESPACE
