#pragma once

namespace ondes::test {

// Under AddressSanitizer (the asan-ubsan preset, a Debug build) code runs several times slower
// and its stack frames are larger: the time limits of tests that guard against a hang are
// multiplied by this.
#if defined(__SANITIZE_ADDRESS__)
constexpr int sanitizerSlowdown = 10;
#else
constexpr int sanitizerSlowdown = 1;
#endif

} // namespace ondes::test
