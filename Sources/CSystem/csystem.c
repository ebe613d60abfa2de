// The target's functions are inline in include/csystem.h; SwiftPM needs a source file.
#include "csystem.h"
