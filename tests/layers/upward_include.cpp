// Compiled only by the test layers_upward_include_fails (tests/CMakeLists.txt), with the include
// paths of a file in app/library: storage may not use a feature above it, so the build must
// reject this include.
#include "subscriptions/subscriber.h"
