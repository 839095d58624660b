#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include <string_view>

namespace ondes {

// Text kept as UTF-8 bytes. A feed's descriptions are most of its bytes, and their readers
// mostly pass them on as UTF-8 (JSON, tags, search) or look at a few of them: the parser keeps
// them as it read them and toString() widens one to UTF-16 when a caller needs a QString.
class Utf8Text
{
public:
    Utf8Text() = default;
    explicit Utf8Text(QByteArray utf8) : m_utf8(std::move(utf8)) {}
    static Utf8Text fromString(QStringView text) { return Utf8Text(text.toUtf8()); }

    bool isEmpty() const { return m_utf8.isEmpty(); }
    std::string_view view() const
    {
        return {m_utf8.constData(), static_cast<std::size_t>(m_utf8.size())};
    }
    QString toString() const { return QString::fromUtf8(m_utf8); }

    friend bool operator==(const Utf8Text& a, const Utf8Text& b) { return a.m_utf8 == b.m_utf8; }
    friend bool operator!=(const Utf8Text& a, const Utf8Text& b) { return !(a == b); }

private:
    QByteArray m_utf8;
};

} // namespace ondes

Q_DECLARE_TYPEINFO(ondes::Utf8Text, Q_RELOCATABLE_TYPE);
