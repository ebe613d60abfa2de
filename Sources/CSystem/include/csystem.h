#ifndef CSYSTEM_H
#define CSYSTEM_H

// C library calls Swift's Glibc module does not reach.

// Any C library header says which C library this is; without one __GLIBC__ is never defined.
#include <stdlib.h>

#ifdef __GLIBC__
#include <malloc.h>

// Keeps up to `trim` bytes of freed heap instead of giving them back to the system, and grows the
// heap `pad` bytes at a time (glibc's M_TRIM_THRESHOLD and M_TOP_PAD).
static inline void csystem_keep_freed_heap(int trim, int pad) {
    mallopt(M_TRIM_THRESHOLD, trim);
    mallopt(M_TOP_PAD, pad);
}
#else
// Other C libraries have no such settings: nothing to do.
static inline void csystem_keep_freed_heap(int trim, int pad) {
    (void)trim;
    (void)pad;
}
#endif

#endif
