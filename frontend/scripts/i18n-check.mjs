// Checks the message catalogue, then writes the Spanish module the app loads (src/generated/locales/es.ts).
// Fails the build when a message of the source is missing from xliff/es.xlf, has no Spanish text, lost or gained a
// placeholder, or was left in English without being listed in xliff/same-in-both.txt; and when xliff/es.xlf holds
// messages the source no longer has. `npm run i18n:extract` brings the catalogue up to date with the source.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', '.bin', 'lit-localize');
const scratch = join(root, 'node_modules', '.cache', 'hrw-i18n-check');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

export function units(xliff) {
  const found = new Map();
  for (const match of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2];
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    found.set(match[1], { source: source ?? '', target });
  }
  return found;
}

const placeholders = (text) => [...text.matchAll(/<x id="([^"]+)"/g)].map((m) => m[1]).sort().join(',');
const plain = (text) => text.replace(/<x [^>]*\/>/g, '…').replace(/\s+/g, ' ').trim();

function extractFresh() {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const locale of config.targetLocales) {
    const committed = join(root, config.interchange.xliffDir, `${locale}.xlf`);
    if (existsSync(committed)) {
      writeFileSync(join(scratch, `${locale}.xlf`), readFileSync(committed));
    }
  }
  // The tool reads paths relative to its config file, so the scratch config sits beside the real one.
  const scratchConfig = join(root, '.lit-localize.check.json');
  writeFileSync(scratchConfig, JSON.stringify({ ...config, $schema: undefined, interchange: { ...config.interchange, xliffDir: scratch } }));
  try {
    execFileSync(cli, ['extract', '--config', scratchConfig], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  } finally {
    rmSync(scratchConfig, { force: true });
  }
}

function check() {
  const sameInBoth = new Set(
    readFileSync(join(root, config.interchange.xliffDir, 'same-in-both.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#')),
  );
  const problems = [];
  for (const locale of config.targetLocales) {
    const committedPath = join(root, config.interchange.xliffDir, `${locale}.xlf`);
    const committed = existsSync(committedPath) ? units(readFileSync(committedPath, 'utf8')) : new Map();
    const fresh = units(readFileSync(join(scratch, `${locale}.xlf`), 'utf8'));
    for (const [id, unit] of fresh) {
      const where = `${locale} ${id} "${plain(unit.source).slice(0, 90)}"`;
      if (!committed.has(id)) {
        problems.push(`not in the catalogue yet (run npm run i18n:extract, then translate it): ${where}`);
      } else if (unit.target === undefined || !plain(unit.target)) {
        problems.push(`no ${locale} text: ${where}`);
      } else if (placeholders(unit.target) !== placeholders(unit.source)) {
        problems.push(`the ${locale} text has other placeholders than the source: ${where}`);
      } else if (plain(unit.target) === plain(unit.source) && !sameInBoth.has(plain(unit.source))) {
        problems.push(`left in English (list it in xliff/same-in-both.txt if it is written the same): ${where}`);
      }
    }
    for (const [id, unit] of committed) {
      if (!fresh.has(id)) {
        problems.push(`in the catalogue but no longer in the source (run npm run i18n:extract): ${locale} ${id} "${plain(unit.source).slice(0, 90)}"`);
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  extractFresh();
  const problems = check();
  if (problems.length > 0) {
    console.error(`The message catalogue is not complete (${problems.length}):`);
    for (const problem of problems) {
      console.error(`  - ${problem}`);
    }
    process.exit(1);
  }
  execFileSync(cli, ['build'], { cwd: root, stdio: 'inherit' });
  decodePlainMessages();
}

/**
 * lit-localize writes a plain (not html``) message's Spanish as the XLIFF holds it, XML escapes included, so
 * "( ) &amp; /" reached the page as "&amp;". Plain messages are text, so their escapes are decoded here; html``
 * messages are markup and keep theirs.
 */
function decodePlainMessages() {
  const file = join(root, config.output.outputDir, `${config.targetLocales[0]}.ts`);
  const entities = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };
  const source = readFileSync(file, 'utf8');
  const decoded = source.replace(/^('s[0-9a-f]+': (?:str)?`)([\s\S]*?)(`,)$/gm, (_all, start, text, end) =>
    start + text.replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => entities[entity]) + end);
  writeFileSync(file, decoded);
}
