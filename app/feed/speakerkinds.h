#pragma once

// What a person does in an episode, from the words that introduce them: hosts, guests,
// reporters… speak; production credits (réalisation, montage, producer, editor…) do not.

#include <QHash>
#include <QString>
#include <QStringView>

namespace ondes {

enum class SpeakerKind : quint8 {
    Unknown,
    Host,
    Guest,
    Reporter,  // reporters and correspondents
    Columnist, // chroniqueurs, columnists
    Reader,    // "Read by", "lu par", "Lectures :"
    Narrator,  // "Narration", "voix off"
    Interpreter,
    Credit, // production credits: not a speaker
};

// "host", "guest", "reporter", "columnist", "reader", "narrator", "interpreter", "credit", "".
QString speakerKindName(SpeakerKind kind);

// The kind a role or label names ("Réalisation" → Credit, "chroniqueuse" → Columnist,
// "Présentation" → Host, "invités" → Guest), or Unknown for a description of the person
// ("sociologue", "maîtresse de conférences à Lyon 2"). A role the table lacks whole may be a
// columnist's or a reporter's by its head word ("chronique cinéma", "correspondante à Kiev").
// Case and accents do not matter.
SpeakerKind speakerKindOfRole(QStringView role);

// "iPhone / 4,99€", "iOS & Android / Gratuit", "$12": what a product is glossed with (a price,
// platforms), never a person's role: the name before it is an app's or a device's.
bool isProductGloss(QStringView role);

// Every role, label and credit word speakerKindOfRole() knows, in foldForMatch() form, with its
// kind: the one list of them (the cue table takes its labels from it too).
const QHash<QString, SpeakerKind>& speakerRoleWords();

} // namespace ondes
