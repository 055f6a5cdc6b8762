// npm run bench: every figure beside its baselines, measured in the same run, on one core.
import { run as calendar } from './calendar.mjs';

console.log(`send-timescales benchmark: Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('Calls per second through the public API (built dist/), with ratios to baselines measured in this run.');
await calendar();
