/**
 * Installs the conformance harness on first use and caches it under `.harness/` (git-ignored):
 * a Python virtual environment with a pinned `pyspark` from PyPI, whose `pyspark/jars` are Spark's
 * classpath, and the harness's Java sources (harness/java) compiled against them with `javac`.
 * Classes are recompiled when the sources or the Spark version change (a hash of both). Progress
 * goes to standard error; a failing step throws an error that says what failed and how to retry.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Spark versions the harness can run, pinned; the first is the default. */
export const SPARK_VERSIONS = ['3.5.9', '4.0.5'] as const;
export type SparkVersion = (typeof SPARK_VERSIONS)[number];

/** The Scala version each Spark's jars are built with (Spark 4 is Scala 2.13 only). */
function scalaOf(version: SparkVersion): '2.12' | '2.13' {
  return version.startsWith('3.') ? '2.12' : '2.13';
}

export const ROOT = resolve(import.meta.dirname, '..');
export const HARNESS_DIR = join(ROOT, '.harness');
const JAVA_SOURCES = join(ROOT, 'harness', 'java');
export const LOG4J_CONFIG = join(ROOT, 'harness', 'log4j2.properties');

/** The `--add-opens` options of Spark's launcher on Java 17 (`launcher/.../JavaModuleOptions.java`). */
export const JAVA_MODULE_OPTIONS: readonly string[] = [
  'java.lang',
  'java.lang.invoke',
  'java.lang.reflect',
  'java.io',
  'java.net',
  'java.nio',
  'java.util',
  'java.util.concurrent',
  'java.util.concurrent.atomic',
  'jdk.internal.ref',
  'sun.nio.ch',
  'sun.nio.cs',
  'sun.security.action',
  'sun.util.calendar',
]
  .map((pkg) => `--add-opens=java.base/${pkg}=ALL-UNNAMED`)
  .concat(['-Djdk.reflect.useDirectMethodHandle=false']);

export interface Installed {
  readonly sparkVersion: SparkVersion;
  /** The `java` classpath: the compiled harness, then Spark's jars. */
  readonly classpath: string;
}

export class HarnessInstallError extends Error {}

type Log = (message: string) => void;

function venvDir(version: SparkVersion): string {
  return join(HARNESS_DIR, version === '3.5.9' ? 'venv' : `venv-${version}`);
}

const SETUP_HINT =
  'Check that python3 (with venv and pip) and a JDK 17 (java, javac) are installed and PyPI is reachable';

function run(command: string, args: readonly string[], what: string, hint = SETUP_HINT): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `exit status ${String(result.status)}`;
    throw new HarnessInstallError(
      `${what} failed (${command}: ${reason}). ${hint}, then delete ${HARNESS_DIR} and run again.`,
    );
  }
}

/** `pyspark/jars` of the virtual environment, installing pyspark there first if needed. */
export function sparkJars(version: SparkVersion, log: Log): string {
  const venv = venvDir(version);
  const marker = join(venv, `.pyspark-${version}`);
  const python = join(venv, 'bin', 'python');
  if (!existsSync(marker)) {
    log(
      `installing pyspark ${version} into ${venv} (first run only, ~${version.startsWith('3.') ? 320 : 450} MB)…`,
    );
    rmSync(venv, { recursive: true, force: true });
    mkdirSync(HARNESS_DIR, { recursive: true });
    run('python3', ['-m', 'venv', venv], 'creating the Python virtual environment');
    run(
      python,
      ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', '--no-deps', `pyspark==${version}`],
      `installing pyspark ${version} from PyPI`,
    );
    writeFileSync(marker, `pyspark ${version}\n`);
  }
  const libDir = join(venv, 'lib');
  const pythonDir = readdirSync(libDir).find((d) => d.startsWith('python'));
  const jars = pythonDir ? join(libDir, pythonDir, 'site-packages', 'pyspark', 'jars') : '';
  if (!pythonDir || !existsSync(join(jars, `spark-core_${scalaOf(version)}-${version}.jar`))) {
    throw new HarnessInstallError(
      `no Spark ${version} jars in ${venv}: delete ${HARNESS_DIR} and run again to reinstall`,
    );
  }
  return jars;
}

/** The common sources and those for the Scala version of `version` (harness/java/scala-2.1x). */
function javaSources(version: SparkVersion): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.java')) out.push(path);
    }
  };
  walk(join(JAVA_SOURCES, 'common'));
  walk(join(JAVA_SOURCES, `scala-${scalaOf(version)}`));
  return out.sort();
}

/** Installs what is missing (pyspark, compiled classes) and returns how to start the harness JVM. */
export function ensureHarness(version: SparkVersion = SPARK_VERSIONS[0], log: Log = () => {}): Installed {
  const jars = sparkJars(version, log);
  const sources = javaSources(version);
  const hash = createHash('sha256').update(version);
  for (const file of sources) hash.update(file).update(readFileSync(file));
  const digest = hash.digest('hex').slice(0, 16);
  const classes = join(HARNESS_DIR, `classes-${version}`);
  const stamp = join(classes, '.sources-hash');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest) {
    log(`compiling the harness (harness/java) against Spark ${version}…`);
    rmSync(classes, { recursive: true, force: true });
    mkdirSync(classes, { recursive: true });
    run(
      'javac',
      ['-nowarn', '-encoding', 'UTF-8', '-d', classes, '-cp', join(jars, '*'), ...sources],
      'compiling the harness',
      'javac printed the errors above; a JDK 17 (javac) is needed',
    );
    writeFileSync(stamp, digest);
  }
  return { sparkVersion: version, classpath: pathingJar(version, classes, jars, digest, log) };
}

/**
 * A jar holding only a manifest whose `Class-Path` lists the compiled classes and Spark's jars, so
 * the JVM's `java.class.path` is one entry. Spark copies the class path into every event log
 * (`SparkListenerEnvironmentUpdate`, "Classpath Entries"); with ~250 jars listed there, each log
 * would be ten times larger.
 */
function pathingJar(version: SparkVersion, classes: string, jars: string, digest: string, log: Log): string {
  const jar = join(HARNESS_DIR, `classpath-${version}.jar`);
  const stamp = `${jar}.hash`;
  if (existsSync(jar) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return jar;
  log(`writing ${jar}…`);
  const entries = [pathToFileURL(classes).href + '/'];
  for (const name of readdirSync(jars).sort())
    if (name.endsWith('.jar')) entries.push(pathToFileURL(join(jars, name)).href);
  // Manifest lines are at most 72 bytes; a continuation line starts with one space.
  const value = `Class-Path: ${entries.join(' ')}`;
  const lines = [value.slice(0, 70)];
  for (let i = 70; i < value.length; i += 69) lines.push(` ${value.slice(i, i + 69)}`);
  const manifest = join(HARNESS_DIR, `manifest-${version}.txt`);
  writeFileSync(manifest, `Manifest-Version: 1.0\n${lines.join('\n')}\n`);
  rmSync(jar, { force: true });
  run('jar', ['cfm', jar, manifest], 'writing the class-path jar', "the JDK's jar tool is needed");
  writeFileSync(stamp, digest);
  return jar;
}
