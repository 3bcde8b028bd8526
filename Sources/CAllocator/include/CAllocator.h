#ifndef KINERJA_CALLOCATOR_H
#define KINERJA_CALLOCATOR_H

/// Returns memory the allocator keeps for reuse to the system (jemalloc on Linux; a no-op
/// where the binary does not use jemalloc). `kinerja serve` calls it after each rebuild.
void kinerja_allocator_release(void);

#endif
