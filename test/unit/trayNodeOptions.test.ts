import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TRAY_NODE_OPTIONS } from '../../src/tray/nodeOptions.js';
import { relaunchArgs } from '../../src/tray/relaunch.js';
import { launchCommand } from '../../src/tray/runTray.js';

describe('how the tray is started', () => {
  it('starts again (autostart) with the lite-mode options and the same data folder', () => {
    const command = launchCommand('/srv/kassavakt data', 'linux');
    expect(command.executable).toBe(process.execPath);
    expect(command.args.slice(0, TRAY_NODE_OPTIONS.length)).toEqual(['--lite-mode', '--no-expose-wasm']);
    expect(command.args.slice(-3)).toEqual(['tray', '--data', '/srv/kassavakt data']);
  });

  it('leaves out --data when the default data folder is used', () => {
    expect(launchCommand(undefined, 'linux').args.at(-1)).toBe('tray');
  });

  it('detaches on Windows, where node.exe from the Run key would keep a console window open', () => {
    expect(launchCommand('C:\\Kassavakt', 'win32').args.slice(-4)).toEqual(['tray', '--data', 'C:\\Kassavakt', '--detach']);
    expect(launchCommand('C:\\Kassavakt', 'linux').args).not.toContain('--detach');
  });

  it('relaunches with the same Node options and arguments, without --detach', () => {
    const argv = ['/usr/bin/node', '/opt/kv/kassavakt.js', 'tray', '--detach', '--data', '/d'];
    expect(relaunchArgs(['--lite-mode', '--no-expose-wasm'], argv)).toEqual(['--lite-mode', '--no-expose-wasm', '/opt/kv/kassavakt.js', 'tray', '--data', '/d']);
  });

  it('are accepted by this Node without a warning, with WebAssembly off', () => {
    const run = spawnSync(process.execPath, [...TRAY_NODE_OPTIONS, '-p', "require('v8').getHeapStatistics() && typeof WebAssembly"], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('undefined');
  });
});
