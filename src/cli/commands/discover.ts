// `kassavakt discover`: list the columns that may describe the tills and suggest a profile SELECT.
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { t, type Lang } from '../../core/i18n.js';
import { unreachableMessage } from '../../core/pollAssessment.js';
import { DISCOVER_QUERY } from '../../core/pollQueries.js';
import { candidateColumns, suggestProfile, type ColumnInfo } from '../../core/profileDiscovery.js';
import { visibleInline } from '../../core/visibleText.js';
import { configPath } from '../../platform/paths.js';
import { Monitor } from '../../monitor/poll.js';
import { isConnectionFailure } from '../../monitor/unreachable.js';
import { addConnectionOptions, langOption, requireServer, resolveConnection, resolveDataDir, type ConnectionOptions } from '../options.js';
import { EXIT_UNREACHABLE } from '../exitCodes.js';

export function registerDiscover(program: Command, lang: Lang): void {
  addConnectionOptions(program.command('discover').description(t(lang, 'cli.discover.description')), lang)
    .option('--json', t(lang, 'cli.option.json'))
    .addOption(langOption(lang))
    .action(async (opts: ConnectionOptions & { json?: boolean }) => {
      const config = resolveConnection(opts, lang);
      requireServer(config);
      const monitor = new Monitor(config);
      let columns: ColumnInfo[];
      let database: string;
      try {
        const result = await monitor.query(`${DISCOVER_QUERY}\nSELECT DB_NAME() AS databaseName;`);
        columns = (result.recordsets[0] as unknown as Record<string, unknown>[]).map(toColumn);
        database = String((result.recordsets[1] as unknown as Record<string, unknown>[])[0]?.databaseName ?? '');
      } catch (error) {
        const failure = monitor.failureOf(error);
        throw new UserError(unreachableMessage(lang, failure, config.server ?? ''), isConnectionFailure(error) ? EXIT_UNREACHABLE : 2);
      } finally {
        await monitor.close();
      }
      const candidates = candidateColumns(columns);
      const suggestion = suggestProfile(candidates);
      process.exitCode = suggestion ? 0 : 1;
      if (opts.json) {
        console.log(JSON.stringify({ database, candidates, profile: suggestion }, null, 2));
        return;
      }
      if (candidates.length === 0) {
        console.log(t(lang, 'discover.none', { database }));
        return;
      }
      const lines = [t(lang, 'discover.header', { database })];
      const byTable = new Map<string, ColumnInfo[]>();
      for (const c of candidates) byTable.set(`${c.tableSchema}.${c.tableName}`, [...(byTable.get(`${c.tableSchema}.${c.tableName}`) ?? []), c]);
      // Names from the database, one line each whatever they hold.
      for (const [table, cols] of byTable) lines.push(`  ${visibleInline(`${table}: ${cols.map((c) => `${c.columnName} (${c.dataType})`).join(', ')}`)}`);
      lines.push('');
      if (suggestion) {
        lines.push(t(lang, 'discover.profileHeader', { path: opts.config ?? configPath(resolveDataDir(opts)) }), '', suggestion.sql, '', `"profile": ${JSON.stringify(suggestion.sql)}`);
      } else lines.push(t(lang, 'discover.noProfile'));
      console.log(lines.join('\n'));
    });
}

function toColumn(row: Record<string, unknown>): ColumnInfo {
  return {
    tableSchema: String(row.tableSchema ?? ''),
    tableName: String(row.tableName ?? ''),
    columnName: String(row.columnName ?? ''),
    dataType: String(row.dataType ?? ''),
  };
}
