/**
 * Which files of a rolling event-log directory (`eventlog_v2_<appId>[_<attempt>]/`, Spark 3.0+) to
 * read, and in what order (EventLogFileReaders.RollingEventLogFilesFileReader): the
 * `events_<n>_<appId>[.<codec>][.compact]` files by numeric n, starting at the last compacted file
 * (it replaces every earlier one). The zero-byte `appstatus_…` marker and anything else is ignored.
 */

export interface RollingLogFiles {
  /** The names to read, in order. */
  readonly files: readonly string[];
  /** True while the `appstatus_…` marker ends in `.inprogress` (the application was still running). */
  readonly inProgress: boolean;
}

const EVENTS = /^events_(\d+)_/;

export function isRollingLogDirName(name: string): boolean {
  return name.startsWith('eventlog_v2_');
}

export function rollingLogFiles(names: readonly string[]): RollingLogFiles {
  const events = names
    .map((name) => ({ name, index: Number(EVENTS.exec(name)?.[1] ?? NaN) }))
    .filter((f) => !Number.isNaN(f.index))
    .sort((a, b) => a.index - b.index);
  const lastCompact = events.reduce((at, f) => (f.name.endsWith('.compact') ? f.index : at), -1);
  const files = events.filter((f) => f.index >= lastCompact).map((f) => f.name);
  const inProgress = names.some((n) => n.startsWith('appstatus_') && n.endsWith('.inprogress'));
  return { files, inProgress };
}

/**
 * The files to read from any event-log directory: a rolling log's event files (above), or the
 * `EVENT_LOG_<n>` file(s) of Spark ≤ 1.2's legacy directory `<appId>/` (beside its
 * `SPARK_VERSION_<v>`, `COMPRESSION_CODEC_<c>` and `APPLICATION_COMPLETE` markers; the codec is
 * recognised from the data's first bytes). Empty when the directory holds neither.
 */
export function logDirectoryFiles(names: readonly string[]): readonly string[] {
  const rolling = rollingLogFiles(names).files;
  if (rolling.length > 0) return rolling;
  return names
    .map((name) => ({ name, index: Number(/^EVENT_LOG_(\d+)$/.exec(name)?.[1] ?? NaN) }))
    .filter((f) => !Number.isNaN(f.index))
    .sort((a, b) => a.index - b.index)
    .map((f) => f.name);
}
