/* bcryptprimitives.dll for Wine 8 (Debian 12), which has none: Rust's
 * standard library takes its random bytes (HashMap keys) from
 * ProcessPrng, found there on Windows 10 and later. Only the tests put
 * this DLL beside tirkeme.exe; Windows has its own, and the archives
 * never carry it.
 *
 * x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll \
 *     processprng.c -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom, exported by advapi32 under this name. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
