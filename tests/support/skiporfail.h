#pragma once

// A test that cannot run because something it needs is missing (a tool such as espeak-ng or
// ffmpeg, a session bus, a sound server, a TLS backend) skips itself on a developer's machine,
// but fails in CI: there .ci/deps installs all of it, so such a skip means the setup is broken.
//
//     if (!haveAudioTools())
//         ONDES_SKIP_OR_FAIL("espeak-ng and ffmpeg are needed");
//
// The reason is anything ::testing::Message can stream. Like GTEST_SKIP and FAIL, the macro
// returns from the function it is used in (a test body, SetUp, or a function returning void).

#include <gtest/gtest.h>

#include <string>

namespace ondes::test {

// Whether the tests run in CI: the environment variable CI is "true" (or "1"), as CI services
// and .ci/test set it.
bool runsInCi();

// The message of a test that fails in CI for want of what it needs.
std::string missingInCiMessage(const std::string& reason);

} // namespace ondes::test

#define ONDES_SKIP_OR_FAIL(reason)                                                                 \
    do {                                                                                           \
        const std::string ondesSkipReason = (::testing::Message() << reason).GetString();          \
        if (::ondes::test::runsInCi())                                                             \
            GTEST_FAIL() << ::ondes::test::missingInCiMessage(ondesSkipReason);                    \
        else                                                                                       \
            GTEST_SKIP() << ondesSkipReason;                                                       \
    } while (false)
