// Windows DPAPI (CryptProtectData / CryptUnprotectData in crypt32.dll) through koffi: the password is
// sealed for the Windows user who is logged in, so the file is useless to another user or on another
// computer. koffi (native) is loaded at the first use, so it is only ever loaded on Windows.
import { createRequire } from 'node:module';
import type { LibraryHandle } from 'koffi';
import { SecretError, type SecretProtector } from './protector.js';

type Koffi = typeof import('koffi');

/** Never show a dialog: Kassavakt runs in the tray, often with nobody at the screen. */
const CRYPTPROTECT_UI_FORBIDDEN = 0x1;
/** Keeps Kassavakt's sealed values apart from other programs' values of the same user. */
const ENTROPY = Buffer.from('Kassavakt config.json password', 'utf8');

interface DataBlob {
  cbData: number;
  pbData: Buffer | bigint;
}

interface Crypt32 {
  call(name: 'CryptProtectData' | 'CryptUnprotectData', data: Buffer): Buffer | null;
}

let crypt32: Crypt32 | undefined;

function loadCrypt32(): Crypt32 {
  if (crypt32) return crypt32;
  let koffi: Koffi;
  let crypt: LibraryHandle;
  let kernel: LibraryHandle;
  try {
    koffi = createRequire(import.meta.url)('koffi') as Koffi;
    crypt = koffi.load('crypt32.dll');
    kernel = koffi.load('kernel32.dll');
  } catch (error) {
    throw new SecretError('unavailable', error instanceof Error ? error.message : String(error));
  }
  const blob = koffi.struct({ cbData: 'uint32_t', pbData: 'void *' });
  const input = koffi.pointer(blob);
  const output = koffi.out(koffi.pointer(blob));
  // Both functions have the same shape; the description (2nd) is an input for one, an output for the other.
  const functions = {
    CryptProtectData: crypt.func('__stdcall', 'CryptProtectData', 'bool', [input, 'str16', input, 'void *', 'void *', 'uint32_t', output]),
    CryptUnprotectData: crypt.func('__stdcall', 'CryptUnprotectData', 'bool', [input, 'void *', input, 'void *', 'void *', 'uint32_t', output]),
  };
  const localFree = kernel.func('__stdcall', 'LocalFree', 'void *', ['void *']);
  const toBlob = (data: Buffer): DataBlob => ({ cbData: data.length, pbData: data });
  crypt32 = {
    call(name, data) {
      const out: Partial<DataBlob> = {};
      if (!functions[name](toBlob(data), null, toBlob(ENTROPY), null, null, CRYPTPROTECT_UI_FORBIDDEN, out)) return null;
      // The result lives in memory Windows allocated with LocalAlloc: copy it, then give it back.
      try {
        return Buffer.from(koffi.decode(out.pbData, 'uint8_t', out.cbData!) as Uint8Array);
      } finally {
        localFree(out.pbData);
      }
    },
  };
  return crypt32;
}

export function dpapiProtector(): SecretProtector {
  return {
    scheme: 'dpapi',
    protect(secret) {
      const sealed = loadCrypt32().call('CryptProtectData', Buffer.from(secret, 'utf8'));
      if (sealed === null) throw new SecretError('unavailable', 'CryptProtectData failed');
      return sealed.toString('base64');
    },
    unprotect(sealed) {
      const opened = loadCrypt32().call('CryptUnprotectData', Buffer.from(sealed, 'base64'));
      if (opened === null) throw new SecretError('unreadable', 'CryptUnprotectData refused the value');
      return opened.toString('utf8');
    },
  };
}
