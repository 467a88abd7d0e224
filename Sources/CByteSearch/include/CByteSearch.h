#ifndef DOSSIER_CBYTESEARCH_H
#define DOSSIER_CBYTESEARCH_H

#include <stddef.h>

/// The first occurrence of the `needle_length` bytes at `needle` in the `length` bytes at `bytes`,
/// or NULL: the C library's `memmem`, which Swift's Glibc module does not declare.
const void *dossier_memmem(const void *bytes, size_t length, const void *needle, size_t needle_length);

#endif
