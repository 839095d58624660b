// FeedElementTable: the rule of an element whatever the address its name comes at, with names
// that meet in the table's cache and addresses that come back holding another name.

#include "feed/feedelements.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace ondes {
namespace {

TEST(FeedElementTableTest, ManyAddressesOfTheSameNamesFindTheirRules)
{
    FeedElementTable table;
    // Far more copies than the cache has slots: many of them meet in one slot.
    const std::vector<std::pair<std::string, FeedElement>> names = {
        {"title", FeedElement::ItemTitle},
        {"link", FeedElement::ItemLink},
        {"guid", FeedElement::Guid},
        {"pubDate", FeedElement::PubDate},
        {"enclosure", FeedElement::Enclosure}};
    std::vector<std::unique_ptr<std::string>> copies;
    for (int i = 0; i < 600; ++i) {
        for (const auto& [name, element] : names)
            copies.push_back(std::make_unique<std::string>(name));
    }
    for (int round = 0; round < 3; ++round) {
        for (std::size_t i = 0; i < copies.size(); ++i) {
            const FeedElementRule* rule =
                table.find(FeedContext::Item, FeedNamespace::Rss, copies[i]->c_str());
            ASSERT_NE(rule, nullptr) << *copies[i];
            EXPECT_EQ(rule->element, names[i % names.size()].second) << *copies[i];
        }
    }
    EXPECT_EQ(table.find(FeedContext::Item, FeedNamespace::Rss, "unknownElement"), nullptr);
    EXPECT_EQ(table.find(FeedContext::Item, FeedNamespace::Atom, "pubDate"), nullptr);
}

TEST(FeedElementTableTest, AnAddressHoldingAnotherNameFindsThatNamesRule)
{
    FeedElementTable table;
    char name[16] = "title";
    const FeedElementRule* rule = table.find(FeedContext::Item, FeedNamespace::Rss, name);
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->element, FeedElement::ItemTitle);
    std::snprintf(name, sizeof name, "link");
    rule = table.find(FeedContext::Item, FeedNamespace::Rss, name);
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->element, FeedElement::ItemLink);
    std::snprintf(name, sizeof name, "title");
    rule = table.find(FeedContext::Item, FeedNamespace::Rss, name);
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->element, FeedElement::ItemTitle);
}

} // namespace
} // namespace ondes
