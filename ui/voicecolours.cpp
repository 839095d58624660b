#include "voicecolours.h"

#include <QPalette>

#include <array>

namespace ondes {

namespace {

constexpr std::array<QRgb, kVoiceColourCount> kOnLight = {
    0x0072B2, // blue
    0xD55E00, // vermilion
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0x8C7A00, // olive (yellow, darkened to show on white)
    0x404040, // dark grey
};

constexpr std::array<QRgb, kVoiceColourCount> kOnDark = {
    0x3D9BE0, // blue, lightened
    0xF07A2A, // vermilion
    0x1FC295, // bluish green
    0xE39AC4, // reddish purple
    0xF5B52E, // orange
    0x7ECBF2, // sky blue
    0xF0E442, // yellow
    0xD0D0D0, // light grey
};

} // namespace

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor voiceColour(int voice, const QPalette& palette)
{
    const auto& colours = isDarkPalette(palette) ? kOnDark : kOnLight;
    const int index = ((voice % kVoiceColourCount) + kVoiceColourCount) % kVoiceColourCount;
    return QColor::fromRgb(colours[static_cast<size_t>(index)]);
}

} // namespace ondes
