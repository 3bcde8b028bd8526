#include "CAllocator.h"
#include <stddef.h>

// jemalloc reads its options from this symbol of the executable. A build allocates and frees
// millions of small objects and then ends: returning freed pages to the system while it runs
// (jemalloc's default decay) only made them fault in again, about 5-8 % of a full build's
// time. One-shot commands keep them; `kinerja serve` releases them after each rebuild.
const char *malloc_conf = "dirty_decay_ms:-1,muzzy_decay_ms:-1";

// Weak: elsewhere (macOS, no jemalloc linked) it is absent and the release does nothing.
extern int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen) __attribute__((weak));

void kinerja_allocator_release(void) {
    if (mallctl != NULL) {
        // MALLCTL_ARENAS_ALL (4096): every arena.
        mallctl("arena.4096.purge", NULL, NULL, NULL, 0);
    }
}
