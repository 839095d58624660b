#pragma once

// PlaybackSpeed: the speed the player plays at (0.5–3.0 in 0.1 steps) and the default a show
// without a speed of its own starts at. Each episode starts at its show's remembered speed or
// the default; whether that changed the speed is told once (takeChangedByEpisode).

namespace ondes {

class PlaybackSpeed
{
public:
    static constexpr double kMin = 0.5;
    static constexpr double kMax = 3.0;
    static constexpr double kStep = 0.1;

    // rate rounded to a step and kept within kMin–kMax; 1.0 for what is not a number.
    static double normalized(double rate);

    double rate() const { return m_rate; }
    double defaultRate() const { return m_default; }
    void setDefault(double rate) { m_default = normalized(rate); }
    // The listener's choice; true when the speed changed.
    bool set(double rate);
    // An episode starts: at showRate when its show has one (> 0), else at the default.
    void startEpisode(double showRate);
    // Whether the last startEpisode() changed the speed; false again after it is asked.
    bool takeChangedByEpisode();

private:
    double m_rate = 1.0;
    double m_default = 1.0;
    bool m_changedByEpisode = false;
};

} // namespace ondes
