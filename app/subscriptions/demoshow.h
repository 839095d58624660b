#pragma once

// The built-in demo show: a French feed with short spoken clips, compiled into the binary, so a
// fresh Ondes plays something with no network at all.

#include <QCoreApplication>
#include <QString>

namespace ondes {

class Library;

class DemoShow
{
    Q_DECLARE_TR_FUNCTIONS(ondes::DemoShow)

public:
    static QString feedUrl(); // the show's key in the library

    // Copies the clips into audioDir and stores the show. Returns false with *error set.
    static bool install(Library& library, const QString& audioDir, QString* error = nullptr);
};

} // namespace ondes
