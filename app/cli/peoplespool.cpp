#include "cli/peoplespool.h"

#include <cstring>

namespace ondes::cli {
namespace {

// Reads what appendString()/appendList() wrote, from `at` on.
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

void appendNumber(QByteArray& data, qint32 value)
{
    data.append(reinterpret_cast<const char*>(&value), sizeof value);
}

} // namespace

void PeopleSpool::appendString(const QString& text)
{
    appendNumber(m_data, qint32(text.size()));
    m_data.append(reinterpret_cast<const char*>(text.constData()),
                  text.size() * qsizetype(sizeof(QChar)));
}

void PeopleSpool::appendList(const QList<EpisodeSpeaker>& list)
{
    appendNumber(m_data, qint32(list.size()));
    for (const EpisodeSpeaker& entry : list) {
        for (const QString* text :
             {&entry.person.name, &entry.person.role, &entry.person.group, &entry.person.img,
              &entry.person.href, &entry.source, &entry.kind})
            appendString(*text);
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
