#include "cli/output.h"

#include "application.h"
#include "library/library.h"

#include <cstdio>

namespace ondes::cli {

namespace {

void writeLine(const QString& line, FILE* stream)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

void printLine(const QString& line)
{
    writeLine(line, stdout);
}

void printError(const QString& line)
{
    writeLine(line, stderr);
}

QString counted(qint64 count, const char* one, const char* many)
{
    return QString::number(count) + QLatin1Char(' ') + QString::fromUtf8(count == 1 ? one : many);
}

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

bool startApplication(Application& app)
{
    if (app.start())
        return true;
    printError(QStringLiteral("ondes: ") + app.errorString());
    return false;
}

std::optional<ShowRow> findShow(const Library& library, const QString& name)
{
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    for (const ShowRow& show : library.shows()) {
        if ((isNumber && show.id == id) || show.feedUrl == name ||
            show.title.compare(name, Qt::CaseInsensitive) == 0)
            return show;
    }
    return std::nullopt;
}

} // namespace ondes::cli
