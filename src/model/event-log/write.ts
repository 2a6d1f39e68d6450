/**
 * Trace → Spark 3.5 event log: one JSON object per line, with JsonProtocol's event names and field
 * names (JsonProtocol.sparkEventToJsonString), so a simulated application can be opened by Spark's
 * History Server, and reading the written log back gives the same application (the round-trip test).
 *
 * Core events use their short names and Title-Case keys; exclusion and SQL events are Jackson-style
 * (fully qualified names, camelCase keys). Like Spark ≥ 3.1, each exclusion event is written twice,
 * under its old `…Blacklisted` and its new `…Excluded` name. Scheduler steps are not written: the
 * event log does not record them. Values the log gives no time for (LogStart, EnvironmentUpdate, a
 * Spark 1.2 job's times) are written without one.
 */
import type { ListenerEvent, StageRef } from '../trace/listener-events.ts';
import type { Trace } from '../trace/trace.ts';
import { stageInfoJson, taskEndReasonJson, taskInfoJson, taskMetricsJson } from './write-json-parts.ts';

type Json = Record<string, unknown>;

const SCHEDULER = 'org.apache.spark.scheduler.';
const SQL_UI = 'org.apache.spark.sql.execution.ui.';

/** The log's lines, one per event (two for each exclusion event), without line ends. */
export function* eventLogLines(trace: Trace): Generator<string> {
  for (const event of trace.events) {
    if (event.kind === 'step') continue;
    for (const json of eventJson(event)) yield JSON.stringify(json);
  }
}

/** The whole log as text: `\n` after every line, as Spark writes it. */
export function writeEventLog(trace: Trace): string {
  let text = '';
  for (const line of eventLogLines(trace)) text += line + '\n';
  return text;
}

function stageFields(stage: StageRef | null): Json {
  return stage ? { stageId: stage.stageId, stageAttemptId: stage.attemptId } : {};
}

/** Old and new names of an exclusion event, with or without the `ForStage` suffix. */
function twice(oldName: string, newName: string, stage: StageRef | null, fields: Json): Json[] {
  const suffix = stage ? 'ForStage' : '';
  return [
    { Event: `${SCHEDULER}${oldName}${suffix}`, ...fields },
    { Event: `${SCHEDULER}${newName}${suffix}`, ...fields },
  ];
}

export function eventJson(event: ListenerEvent): Json[] {
  switch (event.kind) {
    case 'logStart':
      return [{ Event: 'SparkListenerLogStart', 'Spark Version': event.sparkVersion }];
    case 'applicationStart': {
      const json: Json = { Event: 'SparkListenerApplicationStart', 'App Name': event.appName };
      if (event.appId !== null) json['App ID'] = event.appId;
      json['Timestamp'] = event.time;
      json['User'] = event.user;
      if (event.attemptId !== null) json['App Attempt ID'] = event.attemptId;
      return [json];
    }
    case 'applicationEnd': {
      const json: Json = { Event: 'SparkListenerApplicationEnd', Timestamp: event.time };
      if (event.exitCode !== null) json['ExitCode'] = event.exitCode;
      return [json];
    }
    case 'environmentUpdate':
      return [
        {
          Event: 'SparkListenerEnvironmentUpdate',
          'JVM Information': {},
          'Spark Properties': event.sparkProperties,
          'Hadoop Properties': {},
          'System Properties': {},
          'Metrics Properties': {},
          'Classpath Entries': {},
        },
      ];
    case 'executorAdded':
      return [
        {
          Event: 'SparkListenerExecutorAdded',
          Timestamp: event.time,
          'Executor ID': event.executorId,
          'Executor Info': {
            Host: event.host,
            'Total Cores': event.totalCores,
            'Log Urls': {},
            Attributes: {},
            Resources: {},
            'Resource Profile Id': 0,
          },
        },
      ];
    case 'executorRemoved':
      return [
        {
          Event: 'SparkListenerExecutorRemoved',
          Timestamp: event.time,
          'Executor ID': event.executorId,
          'Removed Reason': event.reason,
        },
      ];
    case 'blockManagerAdded': {
      const json: Json = {
        Event: 'SparkListenerBlockManagerAdded',
        'Block Manager ID': { 'Executor ID': event.executorId, Host: event.host, Port: event.port },
        'Maximum Memory': event.maxMemory,
      };
      if (event.timed) json['Timestamp'] = event.time;
      json['Maximum Onheap Memory'] = event.maxMemory;
      json['Maximum Offheap Memory'] = 0;
      return [json];
    }
    case 'blockManagerRemoved':
      return [
        {
          Event: 'SparkListenerBlockManagerRemoved',
          'Block Manager ID': { 'Executor ID': event.executorId, Host: event.host, Port: event.port },
          Timestamp: event.time,
        },
      ];
    case 'jobStart': {
      const properties: Json = {};
      const p = event.properties;
      if (p.sqlExecutionId !== null) properties['spark.sql.execution.id'] = String(p.sqlExecutionId);
      if (p.jobGroup !== null) properties['spark.jobGroup.id'] = p.jobGroup;
      if (p.description !== null) properties['spark.job.description'] = p.description;
      if (p.schedulerPool !== null) properties['spark.scheduler.pool'] = p.schedulerPool;
      const json: Json = { Event: 'SparkListenerJobStart', 'Job ID': event.jobId };
      if (event.submissionTime !== null) json['Submission Time'] = event.submissionTime;
      json['Stage Infos'] = event.stageInfos.map(stageInfoJson);
      json['Stage IDs'] = event.stageIds;
      json['Properties'] = properties;
      return [json];
    }
    case 'jobEnd': {
      const json: Json = { Event: 'SparkListenerJobEnd', 'Job ID': event.jobId };
      if (event.completionTime !== null) json['Completion Time'] = event.completionTime;
      json['Job Result'] =
        event.result.kind === 'succeeded'
          ? { Result: 'JobSucceeded' }
          : { Result: 'JobFailed', Exception: { Message: event.result.message, 'Stack Trace': [] } };
      return [json];
    }
    case 'stageSubmitted':
      return [
        { Event: 'SparkListenerStageSubmitted', 'Stage Info': stageInfoJson(event.stage), Properties: {} },
      ];
    case 'stageCompleted':
      return [{ Event: 'SparkListenerStageCompleted', 'Stage Info': stageInfoJson(event.stage) }];
    case 'taskStart':
      return [
        {
          Event: 'SparkListenerTaskStart',
          'Stage ID': event.stageId,
          'Stage Attempt ID': event.stageAttemptId,
          'Task Info': taskInfoJson(event.task),
        },
      ];
    case 'taskGettingResult':
      return [{ Event: 'SparkListenerTaskGettingResult', 'Task Info': taskInfoJson(event.task) }];
    case 'taskEnd': {
      const json: Json = {
        Event: 'SparkListenerTaskEnd',
        'Stage ID': event.stageId,
        'Stage Attempt ID': event.stageAttemptId,
        'Task Type': event.taskType,
        'Task End Reason': taskEndReasonJson(event.reason),
        'Task Info': taskInfoJson(event.task),
      };
      if (event.metrics) json['Task Metrics'] = taskMetricsJson(event.metrics);
      return [json];
    }
    case 'speculativeTaskSubmitted': {
      const json: Json = {
        Event: `${SCHEDULER}SparkListenerSpeculativeTaskSubmitted`,
        stageId: event.stageId,
        stageAttemptId: event.stageAttemptId,
      };
      // Spark 3.5 itself writes only stageId and stageAttemptId; its reader ignores the extra
      // taskIndex (checked with JsonProtocol.sparkEventFromJson), which keeps the round trip lossless.
      if (event.taskIndex !== null) json['taskIndex'] = event.taskIndex;
      return [json];
    }
    case 'executorExcluded':
      return twice('SparkListenerExecutorBlacklisted', 'SparkListenerExecutorExcluded', event.stage, {
        time: event.time,
        executorId: event.executorId,
        taskFailures: event.taskFailures,
        ...stageFields(event.stage),
      });
    case 'executorUnexcluded':
      return twice('SparkListenerExecutorUnblacklisted', 'SparkListenerExecutorUnexcluded', null, {
        time: event.time,
        executorId: event.executorId,
      });
    case 'nodeExcluded':
      return twice('SparkListenerNodeBlacklisted', 'SparkListenerNodeExcluded', event.stage, {
        time: event.time,
        hostId: event.host,
        executorFailures: event.executorFailures,
        ...stageFields(event.stage),
      });
    case 'nodeUnexcluded':
      return twice('SparkListenerNodeUnblacklisted', 'SparkListenerNodeUnexcluded', null, {
        time: event.time,
        hostId: event.host,
      });
    case 'sqlExecutionStart':
      return [
        {
          Event: `${SQL_UI}SparkListenerSQLExecutionStart`,
          executionId: event.executionId,
          description: event.description,
          details: '',
          physicalPlanDescription: '',
          sparkPlanInfo: { nodeName: '', simpleString: '', children: [], metadata: {}, metrics: [] },
          time: event.time,
          modifiedConfigs: {},
        },
      ];
    case 'sqlExecutionEnd': {
      const json: Json = {
        Event: `${SQL_UI}SparkListenerSQLExecutionEnd`,
        executionId: event.executionId,
        time: event.time,
      };
      if (event.errorMessage !== null) json['errorMessage'] = event.errorMessage;
      return [json];
    }
  }
}
