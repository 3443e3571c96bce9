// Preloaded (node --require) into a benchmarked process. What a run costs is the resident memory of its whole
// process tree (worker threads are inside the process; any child process is counted too): sampled every 50 ms
// from /proc (Linux; elsewhere the process alone). At exit the peak goes to $BENCH_PEAK_FILE, and if
// $BENCH_RSS_LOG is set, each sample ("<epoch ms> <bytes>") is appended to it as it is taken. Worker threads
// load this file too and do nothing.
const { appendFileSync, readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const PAGE_KB = 1024;

function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * PAGE_KB : 0;
  } catch {
    return 0; // it exited between listing and reading
  }
}

function childrenOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

const treeRss = (pid) => rssOf(pid) + childrenOf(pid).reduce((sum, c) => sum + treeRss(c), 0);
const hasProc = (() => {
  try {
    readFileSync('/proc/self/status');
    return true;
  } catch {
    return false;
  }
})();
const sample = () => (hasProc ? treeRss(process.pid) : process.memoryUsage().rss);

if (isMainThread) {
  let peak = 0;
  const log = process.env.BENCH_RSS_LOG;
  setInterval(() => {
    const rss = sample();
    peak = Math.max(peak, rss);
    if (log) appendFileSync(log, `${Date.now()} ${rss}\n`);
  }, 50).unref();
  const peakFile = process.env.BENCH_PEAK_FILE;
  // The kernel's high-water mark of the process catches a spike between two samples.
  if (peakFile) process.on('exit', () => writeFileSync(peakFile, String(Math.max(peak, process.resourceUsage().maxRSS * 1024))));
}
