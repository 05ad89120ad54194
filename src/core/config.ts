// The user's settings, validated. Pure: reading and writing the file is platform/configFile.ts.
import cron from 'node-cron';
import { z } from 'zod';
import { LANGS } from './i18n.js';

/** PC-Kassa, PCKassa, PC_Kassa.exe, … */
export const DEFAULT_TILL_PROGRAM_PATTERN = 'pc[ _-]?kassa';

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

/**
 * The schema's own checks name their problem in `params.problem` (not in words: the schema has no
 * language); platform/configFile.ts turns it into a catalog message.
 */
export type ConfigProblem = 'notRegExp' | 'badSchedule' | 'warningPastError';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const configSchema = z
  .object({
    /** `HOST\INSTANCE`, `HOST,PORT` or `HOST`; empty means "take it from the PC-Kassa DSN". */
    server: z.string().trim().min(1).optional(),
    user: z.string().min(1).optional(),
    password: z.string().optional(),
    database: z.string().min(1).optional(),
    auth: z.enum(['sql', 'ntlm']).default('sql'),
    domain: z.string().optional(),
    browserPort: z.number().int().min(1).max(65535).default(1434),
    connectTimeoutSeconds: z.number().min(1).max(60).default(5),
    requestTimeoutSeconds: z.number().min(1).max(120).default(10),
    dsnName: z.string().min(1).default('Nutid - PC Kassa'),
    /** node-cron expression; default every minute. */
    pollSchedule: z
      .string()
      .min(1)
      .refine(isCronExpression, { message: 'not a valid cron expression', params: { problem: 'badSchedule' satisfies ConfigProblem } })
      .default('* * * * *'),
    lang: z.enum(LANGS).default('sv'),
    /** A SELECT whose columns are aliased to the fleet fields; default: the reference schema. */
    profile: z.string().min(1).optional(),
    /**
     * Which connected sessions are tills: a case-insensitive regular expression matched against the
     * session's program name (what the till program reports to SQL Server).
     */
    tillProgramPattern: z
      .string()
      .min(1)
      .refine(isRegExp, { message: 'not a valid regular expression', params: { problem: 'notRegExp' satisfies ConfigProblem } })
      .default(DEFAULT_TILL_PROGRAM_PATTERN),
    notifications: z
      .object({
        enabled: z.boolean().default(true),
        dailyReminder: z.boolean().default(false),
        quietHours: z.object({ start: clock, end: clock }).optional(),
        unreachableAfterPolls: z.number().int().min(1).max(100).default(3),
        reachableAfterPolls: z.number().int().min(1).max(100).default(2),
        /** Quiet time after start and after waking from sleep; default 3 minutes or the debounce if longer. */
        graceMinutes: z.number().min(0).max(120).optional(),
      })
      .prefault({}),
    watchFolders: z.array(z.string().min(1)).default([]),
    retention: z
      .object({
        /** Hourly poll counts older than this are rolled up per day. */
        hourlyDays: z.number().int().min(1).max(3650).default(90),
        /** Events and closed finding episodes older than this are removed. */
        eventDays: z.number().int().min(1).max(3650).default(730),
      })
      .prefault({}),
    /** The main till's own health: how often it is read and where its findings start. */
    health: z
      .object({
        intervalMinutes: z.number().min(1).max(1440).default(60),
        backupMaxAgeHours: z.number().min(1).max(24 * 365).default(36),
        backupErrorDays: z.number().min(1).max(365).default(7),
        sizeWarningPercent: z.number().min(1).max(100).default(80),
        sizeErrorPercent: z.number().min(1).max(100).default(95),
        diskWarningPercent: z.number().min(0).max(100).default(10),
        diskWarningGB: z.number().min(0).max(100_000).default(5),
        diskErrorPercent: z.number().min(0).max(100).default(2),
        diskErrorGB: z.number().min(0).max(100_000).default(1),
      })
      .strict()
      .superRefine(checkHealthOrder)
      .prefault({}),
    /** Prometheus export (README "För kedjor"); off unless `textfile` or `listen` is set. */
    metrics: z
      .object({
        /** A folder: kassavakt.prom is written there after every poll. */
        textfile: z.string().min(1).optional(),
        /** HOST:PORT for GET /metrics; loopback unless `token` is set. */
        listen: z.string().min(1).optional(),
        /** Bearer token Prometheus must send; required off loopback. */
        token: z.string().min(16).optional(),
        /** The `shop` label on every series; default this computer's name. */
        shop: z.string().trim().min(1).max(200).optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

/**
 * Each warning threshold must come before its error threshold, else a finding skips the warning or
 * (a size warning above the error) is never raised in between. The issue names the warning setting,
 * the error setting it passes and that one's value in hours, percent or GB as the settings say.
 */
function checkHealthOrder(
  health: { backupMaxAgeHours: number; backupErrorDays: number; sizeWarningPercent: number; sizeErrorPercent: number; diskWarningPercent: number; diskErrorPercent: number; diskWarningGB: number; diskErrorGB: number },
  context: z.RefinementCtx,
): void {
  const days = health.backupErrorDays;
  const pairs: Array<[warning: string, error: string, limit: string, past: 'above' | 'below' | null]> = [
    ['backupMaxAgeHours', 'backupErrorDays', `${days} × 24 = ${days * 24}`, health.backupMaxAgeHours > days * 24 ? 'above' : null],
    ['sizeWarningPercent', 'sizeErrorPercent', `${health.sizeErrorPercent}`, health.sizeWarningPercent > health.sizeErrorPercent ? 'above' : null],
    // Free disk: the warning comes first, at more free space.
    ['diskWarningPercent', 'diskErrorPercent', `${health.diskErrorPercent}`, health.diskWarningPercent < health.diskErrorPercent ? 'below' : null],
    ['diskWarningGB', 'diskErrorGB', `${health.diskErrorGB}`, health.diskWarningGB < health.diskErrorGB ? 'below' : null],
  ];
  for (const [warning, error, limit, past] of pairs) {
    if (past === null) continue;
    context.addIssue({ code: 'custom', path: [warning], message: `${warning} is ${past} ${error}`, params: { problem: 'warningPastError' satisfies ConfigProblem, past, error: `health.${error}`, limit } });
  }
}

export type Config = z.infer<typeof configSchema>;
export type HealthSettings = Config['health'];

export function defaultConfig(): Config {
  return configSchema.parse({});
}

/**
 * pollSchedule: node-cron's own check (node-cron runs the schedule), after refusing a number of three
 * digits or more, which no cron field accepts and which node-cron would spend minutes expanding
 * ("0-99999999"). Checking here means a bad schedule never gets past the settings file or page.
 */
export function isCronExpression(expression: string): boolean {
  return !/\d{3}/.test(expression) && cron.validate(expression);
}
