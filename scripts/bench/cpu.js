'use strict';
// CPU time of processes from /proc/<pid>/stat (Linux): user + system time of every thread of
// the process, in clock ticks. Elsewhere, or for a pid that cannot be read, null.
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

let ticksPerSecond = 100;
try {
  ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  // not POSIX: /proc is not there either
}

/** CPU milliseconds a process has used so far, or null. @param {number} pid */
function cpuMsOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** @param {Record<string, number>} pids name -> pid @returns {Record<string, number | null>} */
function readCpu(pids) {
  return Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMsOf(pid)]));
}

/** CPU milliseconds used between two readings, per name. */
function cpuDelta(before, after) {
  return Object.fromEntries(Object.keys(before).map((name) => [name, before[name] === null || after[name] === null ? null : after[name] - before[name]]));
}

/**
 * The pid of the MySQL server `server` names if it runs on this machine (a loopback host): from
 * the server's own pid file (`@@pid_file`), else the only mariadbd or mysqld process; null when
 * remote or not found. Shared by every service, so its CPU is only attributed while one cell runs.
 * @param {{ host: string }} server
 * @param {() => Promise<string | null>} pidFile  asks the server for @@pid_file
 */
async function mysqlServerPid(server, pidFile) {
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(server.host)) return null;
  try {
    const file = await pidFile();
    const pid = file ? Number(fs.readFileSync(file, 'utf8').trim()) : NaN;
    if (Number.isInteger(pid) && cpuMsOf(pid) !== null) return pid;
  } catch {
    // not readable here: look for the process
  }
  return localProcessPid(['mariadbd', 'mysqld']);
}

/**
 * The pid of the only local process named one of `names` (its `/proc/<pid>/comm`), or null.
 * @param {string[]} names
 */
function localProcessPid(names) {
  let dirs = [];
  try {
    dirs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const found = dirs.filter((d) => {
    try {
      return names.includes(fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim());
    } catch {
      return false;
    }
  });
  return found.length === 1 ? Number(found[0]) : null;
}

module.exports = { cpuMsOf, readCpu, cpuDelta, mysqlServerPid, localProcessPid, ticksPerSecond };
