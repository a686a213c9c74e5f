#ifndef CMALLOC_H
#define CMALLOC_H

// glibc's malloc tuning (mallopt and its M_* parameters), which the Glibc module does not bring in.
#include <malloc.h>

#endif
