// memmem is declared only with _GNU_SOURCE, which Swift's Glibc module does not set.
#define _GNU_SOURCE
#include "CByteSearch.h"
#include <string.h>

const void *dossier_memmem(const void *bytes, size_t length, const void *needle, size_t needle_length) {
    return memmem(bytes, length, needle, needle_length);
}
