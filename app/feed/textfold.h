#pragma once

// Text folded for loose matching of labels written by people: lower case, accents removed,
// whitespace collapsed ("Émission  PRÉCÉDENTE" and "emission precedente" fold the same).

#include <QString>
#include <QStringView>

namespace ondes {

QString foldText(QStringView text);

} // namespace ondes
