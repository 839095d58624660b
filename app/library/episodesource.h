#pragma once

// EpisodeSource is what the episode list shows, as the settings keep it: "view:1" (All, New,
// In progress, Downloaded by number), "show:12", "person:3". A search is not kept. This is the
// one place that writes and reads those keys.

#include "library/episodequery.h"

#include <QString>

namespace ondes {

struct EpisodeSource
{
    enum class Kind { None, View, Show, Person };

    Kind kind = Kind::None;
    qint64 id = 0; // the view's number, or the show's or the person's id

    static EpisodeSource ofView(EpisodeView view) { return {Kind::View, qint64(view)}; }
    static EpisodeSource ofShow(qint64 showId) { return {Kind::Show, showId}; }
    static EpisodeSource ofPerson(qint64 personId) { return {Kind::Person, personId}; }
    // None for a key that names nothing: empty, an unknown kind, a view out of range, an id
    // that is not a positive number.
    static EpisodeSource parse(const QString& key);

    QString key() const;                                 // "" for None
    EpisodeView view() const { return EpisodeView(id); } // for Kind::View
    bool isValid() const { return kind != Kind::None; }
    bool operator==(const EpisodeSource&) const = default;
};

} // namespace ondes
