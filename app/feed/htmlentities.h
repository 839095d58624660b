#pragma once

// The HTML 4 named character entities (&eacute;, &nbsp;, …). Feeds put them in titles and
// descriptions although XML does not define them; the parser supplies their values.

#include <span>
#include <string_view>

namespace ondes {

struct HtmlEntity
{
    const char* name;  // without '&' and ';'
    const char* value; // UTF-8
};

// All entities, sorted by name.
std::span<const HtmlEntity> htmlEntities();
// The position of an entity in htmlEntities(), or -1 when the name is not an HTML entity.
int htmlEntityIndex(std::string_view name);
// The UTF-8 value of an entity, or an empty view when the name is not an HTML entity.
std::string_view htmlEntityValue(std::string_view name);

} // namespace ondes
