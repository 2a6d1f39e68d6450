package stagecraft.harness;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;

/**
 * The time limit of one pipeline run. When `limitSeconds` have passed since {@link #start}, it
 * marks the run as timed out and cancels every job (`SparkContext.cancelAllJobs`), again each
 * second, so the jobs of the actions still to come end at once too; if the run has still not
 * ended {@link #GRACE_SECONDS} later (a task busy in code that never looks at its interrupt flag),
 * it stops the SparkContext, which fails every further call. A limit of 0 means none. One daemon
 * thread, shared by every run of the JVM.
 */
final class Watchdog implements AutoCloseable {
  static final int GRACE_SECONDS = 10;
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "stagecraft-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final SparkContext sc;
  private final int limitSeconds;
  private volatile boolean timedOut;
  private ScheduledFuture<?> cancelling;
  private ScheduledFuture<?> stopping;

  Watchdog(SparkContext sc, int limitSeconds) {
    this.sc = sc;
    this.limitSeconds = limitSeconds;
  }

  Watchdog start() {
    if (limitSeconds <= 0) return this;
    cancelling =
        TIMER.scheduleAtFixedRate(
            () -> {
              timedOut = true;
              if (!sc.isStopped()) sc.cancelAllJobs();
            },
            limitSeconds,
            1,
            TimeUnit.SECONDS);
    stopping =
        TIMER.schedule(
            () -> {
              if (!sc.isStopped()) sc.stop();
            },
            (long) limitSeconds + GRACE_SECONDS,
            TimeUnit.SECONDS);
    return this;
  }

  boolean timedOut() {
    return timedOut;
  }

  /** The report's error for a run that hit the limit. */
  String message() {
    return "timed out: Spark ran for more than "
        + limitSeconds
        + " s, the per-pipeline limit (its jobs were cancelled; raise the limit with --timeout SECONDS)";
  }

  @Override
  public void close() {
    if (cancelling != null) cancelling.cancel(false);
    if (stopping != null) stopping.cancel(false);
  }
}
