// The icon and its menu on screen, through systray2's native helper. systray2 fixes the menu's shape
// when it starts, so every slot of the view is declared up front and later changes are sent per item
// (matched by the helper's __id), only for the items that changed. Titles and the tooltip show control
// characters (a till name may carry any) as visible escapes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ClickEvent, Menu, MenuItem } from 'systray2';
import type { IconState, MenuSlot, SlotKey, TrayView } from '../core/trayModel.js';
import { visibleText } from '../core/visibleText.js';
import { ensureHelper } from './helperBinary.js';

type SysTrayClass = typeof import('systray2').default;
type SysTrayInstance = InstanceType<SysTrayClass>;
// systray2 is CommonJS with `exports.default`; an ESM default import would give the exports object.
const SysTray = (createRequire(import.meta.url)('systray2') as { default: SysTrayClass }).default;

const SEPARATOR_TITLE = '<SEPARATOR>';
const SUBMENU_KEYS: ReadonlySet<SlotKey> = new Set(['tills', 'pause']);

interface WireItem extends MenuItem {
  __id?: number;
  items?: WireItem[];
}

export interface TrayHostOptions {
  iconDir: string;
  /** Where the executable copy of the helper lives (see helperBinary.ts). */
  helperDir: string;
  onClick: (key: SlotKey) => void;
  /** The helper ended without being asked to (crash, killed from outside). */
  onHelperExit: (code: number | null, signal: string | null) => void;
  onHelperOutput?: (line: string) => void;
  platform?: NodeJS.Platform;
}

export class TrayHost {
  private readonly idByKey = new Map<SlotKey, number>();
  private readonly sent = new Map<SlotKey, string>();
  private icon: IconState;
  private tooltip: string;
  private stopping = false;
  private readonly killOnExit = () => this.tray.process?.kill();

  private constructor(
    private readonly tray: SysTrayInstance,
    private readonly iconData: (state: IconState) => string,
    view: TrayView,
    declared: WireItem[],
  ) {
    this.icon = view.icon;
    this.tooltip = view.tooltip;
    const visit = (slots: MenuSlot[], items: WireItem[]) =>
      slots.forEach((slot, i) => {
        const item = items[i]!;
        this.idByKey.set(slot.key, item.__id!);
        this.sent.set(slot.key, itemSignature(slot));
        if (slot.items && item.items) visit(slot.items, item.items);
      });
    visit(view.menu, declared);
  }

  static async start(view: TrayView, options: TrayHostOptions): Promise<TrayHost> {
    const platform = options.platform ?? process.platform;
    const helper = ensureHelper(options.helperDir, platform);
    const cache = new Map<IconState, string>();
    const iconData = (state: IconState): string => {
      let data = cache.get(state);
      if (data === undefined) {
        data = readFileSync(join(options.iconDir, `${state}.${platform === 'win32' ? 'ico' : 'png'}`)).toString('base64');
        cache.set(state, data);
      }
      return data;
    };
    const declared = view.menu.map(toWire);
    const menu: Menu = { icon: iconData(view.icon), title: '', tooltip: visibleText(view.tooltip), items: declared };
    const tray = new SysTray({ menu, copyDir: helper.copyDir });
    let host: TrayHost | undefined;
    const failed = new Promise<never>((_, reject) => {
      // The helper may die before it says "ready" (no tray host, missing GTK library).
      const watch = setInterval(() => {
        const child = tray.process;
        if (!child) return;
        clearInterval(watch);
        child.once('exit', (code, signal) => {
          if (host) {
            if (!host.stopping) options.onHelperExit(code, signal);
          } else reject(new Error(`tray helper exited (${signal ?? code})`));
        });
      }, 5);
    });
    await Promise.race([tray.ready(), failed]);
    const child = tray.process;
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) options.onHelperOutput?.(line.trim().slice(0, 300));
    });
    host = new TrayHost(tray, iconData, view, declared);
    process.on('exit', host.killOnExit);
    const keyById = new Map([...host.idByKey].map(([key, id]) => [id, key]));
    await tray.onClick((event: ClickEvent) => {
      // Trust only the id: systray2 merges the helper's echo of the item into our objects.
      const key = keyById.get((event as ClickEvent & { __id: number }).__id);
      if (key && !SUBMENU_KEYS.has(key)) options.onClick(key);
    });
    return host;
  }

  get helperPid(): number | undefined {
    return this.tray.process?.pid;
  }

  /** Sends what changed since the last view. */
  async update(view: TrayView): Promise<void> {
    if (this.stopping) return;
    if (view.icon !== this.icon || view.tooltip !== this.tooltip) {
      this.icon = view.icon;
      this.tooltip = view.tooltip;
      await this.tray.sendAction({
        type: 'update-menu',
        menu: { icon: this.iconData(view.icon), title: '', tooltip: visibleText(view.tooltip), items: view.menu.map((s) => this.toIdentified(s)) },
      });
    }
    // The helper takes only icon, title and tooltip from update-menu; items change one by one.
    const changed: MenuSlot[] = [];
    const collect = (slots: MenuSlot[]) =>
      slots.forEach((slot) => {
        if (this.sent.get(slot.key) !== itemSignature(slot)) changed.push(slot);
        if (slot.items) collect(slot.items);
      });
    collect(view.menu);
    for (const slot of changed) {
      this.sent.set(slot.key, itemSignature(slot));
      await this.tray.sendAction({ type: 'update-item', item: this.toIdentified(slot, false) });
    }
  }

  /** Ends the helper: politely first, then by force. Resolves when it is gone. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const child = this.tray.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await this.tray.kill(false).catch(() => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await gone;
    clearTimeout(timer);
    process.off('exit', this.killOnExit);
  }

  /** A fresh wire item carrying the helper's id (fresh, because systray2 appends "(√)" in place). */
  private toIdentified(slot: MenuSlot, withChildren = true): WireItem {
    const item: WireItem = { ...toWire(slot), __id: this.idByKey.get(slot.key) };
    if (slot.items) item.items = withChildren ? slot.items.map((s) => this.toIdentified(s)) : undefined;
    return item;
  }
}

function toWire(slot: MenuSlot): WireItem {
  const item: WireItem = {
    title: slot.separator ? SEPARATOR_TITLE : visibleText(slot.title),
    tooltip: '',
    enabled: slot.enabled,
    hidden: slot.hidden,
    checked: slot.checked ?? false,
  };
  if (slot.items) item.items = slot.items.map(toWire);
  return item;
}

function itemSignature(slot: MenuSlot): string {
  return JSON.stringify([slot.title, slot.enabled, slot.hidden, slot.checked ?? false]);
}
