package stagecraft.harness;

/**
 * Makes the jobs of concurrent driver threads take their ids in the pipeline's action order, as
 * the planner numbers them (shared/spec/pipeline.md, "Concurrency"), while they still run at the
 * same time. Action i may start only when action i-1 has had its first job id assigned: the
 * thread of action i-1 marks its next `runJob` call ({@link HarnessContext#onFirstSubmit}), which
 * starts a watcher that waits for `DAGScheduler.nextJobId` to move past its value at that moment
 * (the id is taken inside `submitJob`, which the calling thread then blocks in). An action that
 * submits no job (isEmpty on no partitions) passes its turn on when it returns.
 */
final class SubmissionOrder {
  private final HarnessContext sc;
  private int turn;

  SubmissionOrder(HarnessContext sc) {
    this.sc = sc;
  }

  /** Waits for action {@code index}'s turn and arranges for the turn to pass at its first job. */
  void enter(int index) throws InterruptedException {
    synchronized (this) {
      while (turn < index) wait();
    }
    sc.onFirstSubmit.set(() -> {
      int before = sc.nextJobId();
      Thread watcher = new Thread(() -> {
        long deadline = System.currentTimeMillis() + 5_000;
        while (sc.nextJobId() <= before && System.currentTimeMillis() < deadline) {
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            return;
          }
        }
        pass(index);
      }, "submission-order");
      watcher.setDaemon(true);
      watcher.start();
    });
  }

  /** Called when action {@code index} returns: passes the turn on if no job did. */
  void leave(int index) {
    sc.onFirstSubmit.remove();
    pass(index);
  }

  private synchronized void pass(int index) {
    if (turn == index) {
      turn = index + 1;
      notifyAll();
    }
  }
}
