/**
 * `npm run mutation [-- NAME ...]`: Stryker over the modules where a bug changes an answer, one
 * module at a time (the machine is small): each module's mutants run against the unit and
 * golden test files that exercise it, with its own incremental file in bench/mutation/
 * incremental/, so a rerun retests only mutants whose code or tests changed. Prints each
 * module's score; the reports are in reports/mutation/NAME.html and NAME.json, and the
 * figures with the surviving mutants explained are in bench/MUTATION.md.
 *
 *   npm run mutation                     every module
 *   npm run mutation -- pagination auth  those modules only
 *   npm run mutation -- --list           the module names
 *   npm run mutation -- --table          bench/MUTATION.md's table, from the reports there are
 */
/* global console */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS script: it runs without a build */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const MODULES = require('./modules.json');
/** A module mutates one file, a line range of one, or several (an array). */
const targets = (m) => (Array.isArray(m.mutate) ? m.mutate : [m.mutate]);
const shown = (m) => targets(m).join(', ');

function main(argv) {
  if (argv.includes('--table')) {
    printTable();
    return 0;
  }
  if (argv.includes('--list')) {
    for (const m of MODULES)
      console.log(`${m.name.padEnd(20)} ${shown(m)}${m.note ? `  (${m.note})` : ''}`);
    return 0;
  }
  const unknown = argv.filter((a) => !MODULES.some((m) => m.name === a));
  if (unknown.length) {
    console.error(`unknown module(s): ${unknown.join(', ')}; see npm run mutation -- --list`);
    return 2;
  }
  const chosen = argv.length ? MODULES.filter((m) => argv.includes(m.name)) : MODULES;
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'stryker.config.json'), 'utf8'));
  const configDir = path.join(ROOT, '.stryker-tmp');
  fs.mkdirSync(configDir, { recursive: true });
  const scores = [];
  let failed = 0;
  for (const m of chosen) {
    console.log(`\n== ${m.name}: ${shown(m)} ==`);
    const config = {
      ...base,
      mutate: targets(m),
      incrementalFile: `bench/mutation/incremental/${m.name}.json`,
      htmlReporter: { fileName: `reports/mutation/${m.name}.html` },
      jsonReporter: { fileName: `reports/mutation/${m.name}.json` },
    };
    const configFile = path.join(configDir, `stryker.${m.name}.config.json`);
    fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'),
        'run',
        configFile,
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, STRYKER_TESTS: m.tests.join(',') },
      },
    );
    if (run.status !== 0) {
      failed++;
      console.error(`stryker failed on ${m.name} (exit ${run.status})`);
      continue;
    }
    scores.push({ name: m.name, ...scoreOf(path.join(ROOT, config.jsonReporter.fileName)) });
  }
  console.log('\nmodule               score  killed timeout survived no-cov ignored');
  for (const s of scores) {
    console.log(
      `${s.name.padEnd(20)} ${s.score.toFixed(1).padStart(5)}% ${[s.Killed, s.Timeout, s.Survived, s.NoCoverage, s.Ignored].map((n) => String(n).padStart(7)).join('')}`,
    );
  }
  return failed ? 1 : 0;
}

/** A Markdown table of every module's last report, for bench/MUTATION.md. */
function printTable() {
  console.log(
    '| module | mutated | score | killed | timed out | survived | no coverage | equivalent (marked) | compile errors |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const m of MODULES) {
    const file = path.join(ROOT, 'reports', 'mutation', `${m.name}.json`);
    if (!fs.existsSync(file)) {
      console.log(`| ${m.name} | \`${shown(m)}\` | not run | | | | | | |`);
      continue;
    }
    const s = scoreOf(file);
    console.log(
      `| ${m.name} | \`${shown(m)}\` | ${s.score.toFixed(1)}% | ${s.Killed} | ${s.Timeout} | ${s.Survived} | ${s.NoCoverage} | ${s.Ignored} | ${s.CompileError} |`,
    );
  }
}

/** Stryker's mutation score: detected (killed or timed out) over the valid mutants. */
function scoreOf(reportFile) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const counts = {
    Killed: 0,
    Timeout: 0,
    Survived: 0,
    NoCoverage: 0,
    Ignored: 0,
    CompileError: 0,
  };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (mutant.status in counts) counts[mutant.status]++;
    }
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return { ...counts, score: valid ? (100 * detected) / valid : 100 };
}

process.exitCode = main(process.argv.slice(2));
