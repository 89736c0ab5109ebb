/**
 * `npm run check:package` (part of `npm run check`, after a build): packs the tarball a user would install and
 * lints it with publint (strict) and Are the Types Wrong (esm-only profile: the package is ESM, and Node
 * >= 20.19 can `require` it). Packs with --ignore-scripts: the build already ran, and packing must not redo it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'fleet-pack-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' }),
  );
  const tarball = join(dir, packed.filename);
  process.stdout.write(
    `${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked\n`,
  );
  execFileSync('npx', ['publint', 'run', tarball, '--strict'], { stdio: 'inherit' });
  execFileSync('npx', ['attw', tarball, '--profile', 'esm-only'], { stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
