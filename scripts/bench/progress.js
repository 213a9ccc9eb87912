'use strict';
// A progress display: one status line rewritten in place on a terminal, plain lines elsewhere.
const { performance } = require('node:perf_hooks');

class Progress {
  constructor(stream = process.stderr) {
    this.stream = stream;
    this.tty = Boolean(stream.isTTY);
    this.started = performance.now();
    this.lastStatus = '';
    this.lastPlain = 0;
  }

  elapsed() {
    const s = Math.round((performance.now() - this.started) / 1000);
    return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }

  /** A line that stays. */
  say(message) {
    this.clear();
    this.stream.write(`[bench ${this.elapsed()}] ${message}\n`);
  }

  /** A line that the next one replaces (on a terminal; elsewhere at most every 5 s). */
  status(message) {
    const line = `[bench ${this.elapsed()}] ${message}`;
    if (this.tty) {
      this.clear();
      this.stream.write(line.slice(0, (this.stream.columns ?? 120) - 1));
      this.lastStatus = line;
    } else if (performance.now() - this.lastPlain > 5000) {
      this.lastPlain = performance.now();
      this.stream.write(`${line}\n`);
    }
  }

  clear() {
    if (this.tty && this.lastStatus) {
      this.stream.write('\r\x1b[2K');
      this.lastStatus = '';
    }
  }

  done() {
    this.clear();
  }
}

module.exports = { Progress };
