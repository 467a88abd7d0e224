#ifndef DOSSIER_CFILESWAP_H
#define DOSSIER_CFILESWAP_H

/// Atomically exchanges the two existing paths `first` and `second` (both stay on one file system):
/// at every moment each name points at one complete tree, never at nothing. Returns 0, or -1 with errno set.
int dossier_exchange_paths(const char *first, const char *second);

#endif
