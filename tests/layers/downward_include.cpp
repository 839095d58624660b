// Compiled only by the test layers_downward_include_builds (tests/CMakeLists.txt), with the include
// paths of a file in app/library: storage may use the feed parser below it. The control for
// upward_include.cpp: it shows that the probe itself compiles when the include is allowed.
#include "feed/feedtypes.h"
#include "library/library.h"
