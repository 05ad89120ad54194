// The parts of prom-client the export uses, loaded on their own: its index also loads the cluster
// aggregator, Pushgateway (http/https) and the default process metrics, about 4 MB of private memory
// in the tray for nothing Kassavakt uses (measured: 4.2 MB for the index, 0.3 MB for these three).
import Gauge from 'prom-client/lib/gauge.js';
import Histogram from 'prom-client/lib/histogram.js';
import Registry from 'prom-client/lib/registry.js';

export { Gauge, Histogram, Registry };
