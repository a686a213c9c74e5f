// The shims are static inline in the header; this file makes CNcurses a buildable C target.
#include "CNcurses.h"
