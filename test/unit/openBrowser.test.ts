// The browser is started by an absolute path on Windows: rundll32 from System32, never a program of
// that name planted in PATH or in the working folder.
import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../src/platform/openBrowser.js';

const URL_WITH_KEY = 'http://127.0.0.1:51234/settings?token=abc';

describe('browserCommand', () => {
  it('runs rundll32 from System32 on Windows, wherever Windows is', () => {
    expect(browserCommand(URL_WITH_KEY, 'win32', { SystemRoot: 'D:\\WINDOWS', PATH: 'C:\\Users\\kassa\\Downloads' })).toEqual([
      'D:\\WINDOWS\\System32\\rundll32.exe',
      ['url.dll,FileProtocolHandler', URL_WITH_KEY],
    ]);
    expect(browserCommand(URL_WITH_KEY, 'win32', {})[0]).toBe('C:\\Windows\\System32\\rundll32.exe');
  });

  it('asks the desktop on Linux and macOS', () => {
    expect(browserCommand(URL_WITH_KEY, 'linux', {})).toEqual(['xdg-open', [URL_WITH_KEY]]);
    expect(browserCommand(URL_WITH_KEY, 'darwin', {})).toEqual(['open', [URL_WITH_KEY]]);
  });
});
