/**
 * `npm run openapi:lint`: `@redocly/cli lint` on openapi.json with redocly.yaml, offline: no telemetry, no
 * update check, so it runs the same on a machine without network.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  ['node_modules/@redocly/cli/bin/cli.js', 'lint', 'openapi.json', '--config', 'redocly.yaml', '--format', 'stylish'],
  {
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' },
  },
);
process.exit(result.status ?? 1);
