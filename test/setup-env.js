// Every test process: no telemetry to remote hosts, and quiet SQL unless SQL_LOG=1.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
