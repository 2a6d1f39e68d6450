import { describe, expect, it } from 'vitest';
import { logDirectoryFiles, rollingLogFiles } from '../../../src/model/event-log/rolling.ts';

describe('rollingLogFiles', () => {
  it('orders events_N files numerically, from the last .compact file, ignoring the appstatus marker', () => {
    const names = [
      'events_10_app-1.zstd',
      'events_2_app-1.zstd.compact',
      'appstatus_app-1.inprogress',
      'events_1_app-1.zstd',
      'events_3_app-1.zstd',
      '.events_3_app-1.zstd.crc',
    ];
    expect(rollingLogFiles(names)).toEqual({
      files: ['events_2_app-1.zstd.compact', 'events_3_app-1.zstd', 'events_10_app-1.zstd'],
      inProgress: true,
    });
  });
});

describe('logDirectoryFiles', () => {
  it('falls back to the EVENT_LOG_N files of a Spark 1.2 directory', () => {
    expect(logDirectoryFiles(['SPARK_VERSION_1.2.0', 'EVENT_LOG_1', 'APPLICATION_COMPLETE'])).toEqual([
      'EVENT_LOG_1',
    ]);
    expect(logDirectoryFiles(['notes.txt'])).toEqual([]);
  });
});
