// The inspection worker as built (dist/inspectionWorker.js, `npm test` builds it first): a worker
// thread runs JavaScript, so tests that import the sources hand the inspector the bundled worker.
export const BUILT_INSPECTION_WORKER = new URL('../../dist/inspectionWorker.js', import.meta.url);
