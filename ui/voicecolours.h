#pragma once

// The colours of the voices in a transcript (the seek bar's band, the legend): eight hues
// after Okabe and Ito's set (apart for colour-blind eyes too), in a darker variant on light
// palettes and a lighter one on dark palettes, each at least 3:1 against the window. A ninth
// voice takes the first colour again.

#include <QColor>

class QPalette;

namespace ondes {

constexpr int kVoiceColourCount = 8;

QColor voiceColour(int voice, const QPalette& palette);
bool isDarkPalette(const QPalette& palette);

} // namespace ondes
