package stagecraft.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The conformance harness's JVM program: `Main [--scratch DIR] [--codec NAME] [--timeout SECONDS]
 * FILE…` runs each pipeline file on a real Spark in local mode ({@link Runner}) and prints one JSON
 * report per file, one per line, on standard output. Everything else (Spark's logging, progress) goes to standard
 * error: System.out is pointed at standard error before Spark starts. A pipeline that fails to
 * load or run still gets a report, with `errors`; one that runs longer than `--timeout` seconds
 * has its jobs cancelled ({@link Watchdog}) and a report with `timedOut`.
 */
public final class Main {
  private Main() {}

  public static void main(String[] argv) throws Exception {
    PrintStream out = System.out;
    System.setOut(System.err);
    Path scratch = Path.of(".harness", "scratch");
    String codec = null;
    int timeout = 0;
    ObjectMapper json = new ObjectMapper();
    int i = 0;
    while (i < argv.length && argv[i].startsWith("--")) {
      if (argv[i].equals("--scratch")) scratch = Path.of(argv[++i]);
      else if (argv[i].equals("--codec")) codec = argv[++i];
      else if (argv[i].equals("--timeout")) timeout = Integer.parseInt(argv[++i]);
      else throw new IllegalArgumentException("unknown option " + argv[i]);
      i++;
    }
    Files.createDirectories(scratch);
    Runner runner = new Runner(json, scratch.toAbsolutePath(), codec, timeout);
    for (; i < argv.length; i++) {
      String file = argv[i];
      ObjectNode report;
      try {
        JsonNode pipeline = json.readTree(Path.of(file).toFile());
        report = runner.run(file, pipeline);
      } catch (Throwable e) {
        report = json.createObjectNode();
        report.put("file", file);
        report.putArray("errors").add(Runner.describe(e));
      }
      out.println(json.writeValueAsString(report));
      out.flush();
    }
  }
}
