// The pollSchedule check: node-cron's own rules, and no time spent on ranges no field accepts.
import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { configSchema, isCronExpression } from '../../src/core/config.js';

const PICKED = ['* * * * *', '*/5 * * * *', '*/10 * * * * *', '0 8-18 * * 1-5', '@daily', '0 0 * jan-mar *', 'every minute', '', '* * * *', '60 * * * *', '0 0 30 2 *'];

describe('pollSchedule check (isCronExpression)', () => {
  it.each(PICKED)('says what node-cron says about %j', (expression) => {
    expect(isCronExpression(expression)).toBe(cron.validate(expression));
  });

  // node-cron would expand this range for minutes, past the test's time-out.
  it('refuses a huge range without handing it to node-cron', () => {
    expect(isCronExpression('0-99999999999999999999 * * * *')).toBe(false);
  });

  it('is part of the settings schema, which names the field', () => {
    expect(configSchema.parse({ pollSchedule: '*/2 * * * *' }).pollSchedule).toBe('*/2 * * * *');
    const result = configSchema.safeParse({ pollSchedule: 'every minute' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['pollSchedule']);
  });
});
