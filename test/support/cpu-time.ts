/**
 * The CPU time this process spends (all its threads), in milliseconds. The hostile suites bound
 * the work a file costs with it rather than with the wall clock, which a loaded two-core machine
 * stretches by the other tests running beside them; the wall time is printed beside it.
 */
export function cpuMillis(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
