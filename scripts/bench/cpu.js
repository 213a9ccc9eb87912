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
 * The pid of the MySQL server if it runs on this machine (host a loopback address), else null.
 * Shared by every service, so its CPU is only attributed while one cell runs.
 * @param {string} host
 */
function mysqlServerPid(host) {
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) return null;
  let dirs = [];
  try {
    dirs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const name of ['mariadbd', 'mysqld']) {
    for (const d of dirs) {
      try {
        if (fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim() === name) return Number(d);
      } catch {
        // gone meanwhile
      }
    }
  }
  return null;
}

module.exports = { cpuMsOf, readCpu, cpuDelta, mysqlServerPid, ticksPerSecond };
