// The voices' colours stand out from the window in light and dark palettes (WCAG's 3:1 for
// graphics) and from one another (CIE76 ΔE of at least 20).

#include "voicecolours.h"

#include <QPalette>

#include <gtest/gtest.h>

#include <array>
#include <cmath>

namespace ondes {
namespace {

double relativeLuminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

// CIE L*a*b* (D65) of an sRGB colour, to measure how far apart two colours look (CIE76 ΔE).
std::array<double, 3> lab(const QColor& colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear(colour.redF());
    const double g = linear(colour.greenF());
    const double b = linear(colour.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteWithWindow(const QColor& window)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    return palette;
}

TEST(VoiceColoursTest, EachVoiceStandsOutFromLightAndDarkWindows)
{
    // Fusion's light window, a brighter one, and two usual dark ones.
    for (const QColor window :
         {QColor(0xEFEFEF), QColor(0xFFFFFF), QColor(0x353535), QColor(0x1E1E1E)}) {
        const QPalette palette = paletteWithWindow(window);
        EXPECT_EQ(isDarkPalette(palette), window.lightness() < 128);
        for (int voice = 0; voice < kVoiceColourCount; ++voice) {
            const QColor colour = voiceColour(voice, palette);
            EXPECT_GE(contrastRatio(colour, window), 3.0)
                << "voice " << voice << " " << colour.name().toStdString() << " on "
                << window.name().toStdString();
        }
    }
}

TEST(VoiceColoursTest, EightVoicesHaveEightDistinctColoursThenTheyRepeat)
{
    for (const QColor window : {QColor(0xEFEFEF), QColor(0x353535)}) {
        const QPalette palette = paletteWithWindow(window);
        for (int a = 0; a < kVoiceColourCount; ++a) {
            for (int b = a + 1; b < kVoiceColourCount; ++b) {
                const auto la = lab(voiceColour(a, palette));
                const auto lb = lab(voiceColour(b, palette));
                const double deltaE = std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
                EXPECT_GE(deltaE, 20) << a << " and " << b << " on " << window.name().toStdString();
            }
        }
        EXPECT_EQ(voiceColour(kVoiceColourCount, palette), voiceColour(0, palette));
        EXPECT_EQ(voiceColour(-1, palette), voiceColour(kVoiceColourCount - 1, palette));
    }
}

} // namespace
} // namespace ondes
