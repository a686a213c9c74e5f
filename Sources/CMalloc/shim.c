// Everything is in the header; this file makes CMalloc a buildable C target.
#include "CMalloc.h"
