#include "voicecolours.h"

#include <QPalette>

#include <array>

namespace ondes {

namespace {

// At least 3:1 against the window's colour (WCAG's contrast for graphics) in each palette,
// and at least 20 apart (CIE76 ΔE) from one another.
constexpr std::array<QRgb, kVoiceColourCount> kOnLight = {
    0x0072B2, // blue
    0xD55E00, // vermilion
    0x008A65, // bluish green, darkened
    0xB0508A, // reddish purple, darkened
    0xA86800, // orange, darkened
    0x6A3D9A, // violet
    0x6B6B00, // olive (yellow, darkened to show on white)
    0x404040, // dark grey
};

constexpr std::array<QRgb, kVoiceColourCount> kOnDark = {
    0x3D9BE0, // blue, lightened
    0xF07A2A, // vermilion
    0x1FC295, // bluish green
    0xF28CC8, // reddish purple
    0xF5C518, // orange
    0xA98BE8, // violet, lightened
    0xC8E86B, // yellow-green
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
