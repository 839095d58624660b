#pragma once

// Recognises the links between the episode pages of an archive: rel="prev"/"next", or labels
// people write, in French or English ("« Émission précédente", "épisode suivant →", "Older").
// Previous means the older episode, next the newer one.

#include <QStringView>

namespace ondes {

class PageNavigation
{
public:
    enum class Direction { None, Previous, Next };

    // From a rel attribute ("prev", "previous", "next"; other tokens are ignored).
    static Direction fromRel(QStringView rel);
    // From the text (or title) of a link. Long texts are not labels.
    static Direction fromLabel(QStringView label);
};

} // namespace ondes
