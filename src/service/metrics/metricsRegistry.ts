// Kassavakt's metrics in prom-client: the fixed names and types of the README's table, filled from the
// pure MetricValues (core/metricsModel) after every poll. prom-client writes the exposition format and
// escapes label values; nothing here formats text by hand.
import type { Gauge as GaugeMetric } from 'prom-client';
import { Gauge, Histogram, Registry } from './promClientParts.js';
import type { MetricValues } from '../../core/metricsModel.js';

/** Poll times of a LAN SQL Express: milliseconds normally, seconds when something is wrong. */
const POLL_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class MetricsRegistry {
  readonly registry = new Registry();
  private readonly up = this.gauge('kassavakt_up', 'Whether the main till answered the last poll (1) or not (0).');
  private readonly lastPoll = this.gauge('kassavakt_last_poll_timestamp_seconds', 'When the last poll ended, in Unix seconds.');
  private readonly lastSuccess = this.gauge('kassavakt_last_success_timestamp_seconds', 'When the main till last answered, in Unix seconds.');
  private readonly pollDuration = new Histogram({
    name: 'kassavakt_poll_duration_seconds',
    help: 'How long a poll of the main till took.',
    buckets: POLL_BUCKETS,
    registers: [this.registry],
  });
  private readonly tills = this.gauge('kassavakt_tills', 'Registered tills per role.', ['role']);
  private readonly tillsConnected = this.gauge('kassavakt_tills_connected', 'Tills connected to the main till now.');
  private readonly tillInfo = this.gauge('kassavakt_till_info', 'One series per till: its version, edition and Client ID.', [
    'till',
    'role',
    'version',
    'edition',
    'client_id',
  ]);
  private readonly findings = this.gauge('kassavakt_findings', 'Open findings per code and severity.', ['code', 'severity']);
  private readonly findingTills = this.gauge('kassavakt_finding_tills', 'One series per till an open finding names: the tills to act on.', ['code', 'till']);
  private readonly backupAge = this.gauge('kassavakt_backup_age_seconds', "Age of the main till's latest full backup.");
  private readonly dataBytes = this.gauge('kassavakt_database_data_bytes', "Size of the PC-Kassa database's data files.");
  private readonly limitBytes = this.gauge('kassavakt_database_limit_bytes', "The edition's limit on the data files (SQL Server Express: 10 GB).");
  private readonly volumeFree = this.gauge('kassavakt_volume_free_bytes', "Free space on the main till's data volume.");

  constructor(shop: string, version: string) {
    this.registry.setDefaultLabels({ shop });
    this.gauge('kassavakt_build_info', 'Kassavakt itself: 1, with its version.', ['version']).set({ version }, 1);
  }

  /** Sets every gauge from `values`; a poll's duration, when given, is added to the histogram. */
  update(values: MetricValues, pollSeconds?: number): void {
    setOrRemove(this.up, values.up);
    setOrRemove(this.lastPoll, values.lastPollSeconds);
    setOrRemove(this.lastSuccess, values.lastSuccessSeconds);
    if (pollSeconds !== undefined) this.pollDuration.observe(pollSeconds);
    for (const [role, count] of Object.entries(values.tillsByRole)) this.tills.set({ role }, count);
    this.tillsConnected.set(values.tillsConnected);
    // A till that left (or changed version) must not linger as a second series.
    this.tillInfo.reset();
    for (const till of values.tillInfo) this.tillInfo.set({ ...till }, 1);
    for (const { code, severity, count } of values.findings) this.findings.set({ code, severity }, count);
    this.findingTills.reset();
    for (const { code, till } of values.findingTills) this.findingTills.set({ code, till }, 1);
    setOrRemove(this.backupAge, values.backupAgeSeconds);
    setOrRemove(this.dataBytes, values.databaseDataBytes);
    setOrRemove(this.limitBytes, values.databaseLimitBytes);
    setOrRemove(this.volumeFree, values.volumeFreeBytes);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private gauge<T extends string>(name: string, help: string, labelNames: T[] = []): GaugeMetric<T> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }
}

function setOrRemove(gauge: GaugeMetric, value: number | undefined): void {
  if (value === undefined) gauge.reset();
  else gauge.set(value);
}
