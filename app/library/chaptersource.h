#pragma once

// Where an episode's chapters came from. Stored in the chapters table as the enum's value, so the
// order and values are part of the schema; a later source overrides an earlier one.

namespace ondes {

enum class ChapterSource { Psc = 0, Embedded = 1, Json = 2 }; // lowest to highest precedence

} // namespace ondes
