#pragma once

// Who speaks in an episode, read from its description: listeners of talk shows choose episodes
// by their guests. Pure (no network, no database), French and English: rules propose the
// speakers and every other name that looks like a person's, a small learned model
// (speakermodel.h) decides which of them speak.

#include "feed/speaker.h"
#include "feed/speakercandidates.h"

#include <QList>
#include <QString>

#include <string_view>

namespace ondes {

// Finds the people a description presents as speaking in (or credited for) the episode:
// names announced by a cue ("Avec", "Invités :", "Pour en parler, nous accueillons", "Guests:",
// "host X talks with Y", "Hosted by", "Our guest today is", "X reçoit Y", "X joins us") or by a
// label ("Présentation : X / Réalisation : Y"). People only mentioned ("les annonces
// d'Emmanuel Macron", "Margaret Thatcher's government") are left out. Music credits are
// ignored: they name bands and libraries more often than people.
//
// The role is, in order of preference:
//  1. what the text says about the person, as written: an apposition ("X, chercheuse au
//     CNRS" → "chercheuse au CNRS"), parentheses ("X (sociologue)"), a dash ("X – trumpet") or a
//     job before the name ("l'économiste X", "with historian X"); a leading article is dropped
//     ("a marine biologist at …" → "marine biologist at …"); relative clauses are not kept;
//  2. else "host" for presenting cues (Présentation, Animé par, Hosted by, host X, X reçoit…),
//     "guest" for inviting cues (Avec, Invité·e·s, Guests, Featuring, Entretien avec, X joins
//     us…), the agent noun for English "… by" credits ("Produced by" → "producer"), and for
//     other labels the label itself in lower case ("Réalisation" → "réalisation",
//     "Prise de son" → "prise de son", "Executive producer" → "executive producer");
//  3. else "".
// Names are returned as written, without titles (Dr., Pr, Colonel); each person once (by
// personKey()), in the order of first appearance; a later role fills an empty one.
class SpeakerExtractor
{
public:
    // Plain text or HTML (tags stripped, <br>/<p>/<li> read as line breaks, entities decoded).
    QList<Speaker> extract(const QString& textOrHtml) const;
    // The same from UTF-8 (a feed's text as the parser keeps it): HTML and the pre-scan read
    // the bytes as they are, and only a text that may name someone is widened to UTF-16.
    // Anything but valid UTF-8 is read as QString::fromUtf8() reads it.
    QList<Speaker> extract(std::string_view utf8) const;
    // Every name the model weighs, with its features and the rules' answer (for the trainer,
    // tools/speakertrain.cpp).
    QList<speakers::SpeakerCandidate> candidates(const QString& textOrHtml) const;
};

} // namespace ondes
