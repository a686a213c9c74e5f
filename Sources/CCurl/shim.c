// The shims are static inline in the header; this file makes CCurl a buildable C target.
#include "CCurl.h"
