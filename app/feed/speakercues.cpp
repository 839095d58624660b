#include "feed/speakercues.h"

#include "feed/speakertext.h"

#include <algorithm>

namespace ondes::speakers {

CueTable::CueTable()
{
    for (Cue& cue : cuePhrases())
        add(std::move(cue));

    // Every word of every description is looked up: by view, in one small table.
    for (auto it = m_cues.cbegin(); it != m_cues.cend(); ++it) {
        m_byFirstWord.append(it.value());
        m_firstWords.insert(it.key(), quint16(m_byFirstWord.size()));
    }
    m_cues.clear();
}

void CueTable::add(Cue cue)
{
    QList<Cue>& list = m_cues[cue.words.constFirst()];
    const auto longer = [&](const Cue& c) { return c.words.size() < cue.words.size(); };
    list.insert(std::find_if(list.begin(), list.end(), longer), std::move(cue));
}

const CueTable& cueTable()
{
    static const CueTable table;
    return table;
}

} // namespace ondes::speakers
