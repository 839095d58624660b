#include "cli/peoplespool.h"

#include <array>
#include <cstring>

namespace ondes::cli {
namespace {

// Reads what appendList() wrote, from `at` on.
class Reader
{
public:
    Reader(const QByteArray& data, qsizetype at) : m_data(data), m_at(at) {}

    QString string()
    {
        const qint32 length = number();
        QString text(reinterpret_cast<const QChar*>(m_data.constData() + m_at), length);
        m_at += qsizetype(length) * qsizetype(sizeof(QChar));
        return text;
    }
    QList<EpisodeSpeaker> list()
    {
        QList<EpisodeSpeaker> entries(number());
        for (EpisodeSpeaker& entry : entries) {
            entry.person.name = string();
            entry.person.role = string();
            entry.person.group = string();
            entry.person.img = string();
            entry.person.href = string();
            entry.source = string();
            entry.kind = string();
        }
        return entries;
    }

private:
    qint32 number()
    {
        qint32 value = 0;
        std::memcpy(&value, m_data.constData() + m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }

    const QByteArray& m_data;
    qsizetype m_at;
};

// Writes a number at `at` and returns where it ends.
char* writeNumber(char* at, qint32 value)
{
    std::memcpy(at, &value, sizeof value);
    return at + sizeof value;
}

} // namespace

void PeopleSpool::appendList(const QList<EpisodeSpeaker>& list)
{
    // Measured first, then written into room made once: an append per string cost more than
    // the bytes it copied.
    const auto fields = [](const EpisodeSpeaker& entry) {
        return std::array<const QString*, 7>{
            &entry.person.name, &entry.person.role, &entry.person.group, &entry.person.img,
            &entry.person.href, &entry.source,      &entry.kind};
    };
    qsizetype bytes = sizeof(qint32);
    for (const EpisodeSpeaker& entry : list) {
        for (const QString* text : fields(entry))
            bytes += qsizetype(sizeof(qint32)) + text->size() * qsizetype(sizeof(QChar));
    }
    const qsizetype start = m_data.size();
    m_data.resize(start + bytes);
    char* at = writeNumber(m_data.data() + start, qint32(list.size()));
    for (const EpisodeSpeaker& entry : list) {
        for (const QString* text : fields(entry)) {
            at = writeNumber(at, qint32(text->size()));
            const std::size_t size = std::size_t(text->size()) * sizeof(QChar);
            if (size > 0)
                std::memcpy(at, text->constData(), size);
            at += size;
        }
    }
}

void PeopleSpool::add(const EpisodePeople& people, const QString& episodeAuthor)
{
    m_recurring.count(people);
    m_offsets.push_back(m_data.size());
    appendList(people.speakers);
    appendList(people.credits);
    auto known = m_authorIndex.constFind(episodeAuthor);
    if (known == m_authorIndex.cend()) {
        known = m_authorIndex.insert(episodeAuthor, int(m_authors.size()));
        m_authors << episodeAuthor;
    }
    m_author.push_back(*known);
}

EpisodePeople PeopleSpool::take(qsizetype index, ShowHosts& hosts) const
{
    Reader reader(m_data, m_offsets.at(std::size_t(index)));
    EpisodePeople people;
    people.speakers = reader.list();
    people.credits = reader.list();
    addShowHosts(people, m_authors.at(m_author.at(std::size_t(index))), hosts);
    m_recurring.promote(people);
    return people;
}

} // namespace ondes::cli
