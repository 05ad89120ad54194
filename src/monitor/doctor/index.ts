// The connection doctor's public face, for the CLI, the tray and the console.
export { runDoctor, type CandidateReport, type DoctorInput, type DoctorReport } from './runDoctor.js';
export type { RememberedMainTill, CandidateOrigin } from './candidates.js';
export type { DoctorTimeouts } from './probe.js';
export type { NameResolver } from './dnsProbe.js';
export type { ProbeRecord } from './probeRecord.js';
