/**
 * What normalizing one line needs to know about the lines before it: the time of the last timed
 * event (the time of an event the log left untimed), an intern table so that a million tasks share
 * one copy of each executor id and host string, and the exclusion events just seen (Spark ≥ 3.1
 * posts each under its old `…Blacklisted` and new `…Excluded` name).
 */
export class NormalizeContext {
  lastTime: number | null = null;
  private readonly strings = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private exclusionTime: number | null = null;
  private readonly exclusions = new Set<string>();

  /** The shared copy of a short, often repeated string (ids, hosts, localities). */
  intern(value: string): string {
    if (value.length > 64) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    if (this.strings.size < 100_000) this.strings.set(value, value);
    return value;
  }

  /**
   * The shared copy of a longer text that every copy of a stage repeats (its name, call-site
   * stack, RDD names and call sites): JobStart, StageSubmitted and StageCompleted each carry the
   * whole StageInfo, so without sharing a stage's text is held three times.
   */
  share(value: string): string {
    const known = this.texts.get(value);
    if (known !== undefined) return known;
    if (this.texts.size < 50_000) this.texts.set(value, value);
    return value;
  }

  /**
   * True the first time an exclusion event with these fields is seen at this time; false for its
   * twin under the other name. Twins are posted together, so only the current millisecond is kept.
   */
  firstExclusion(time: number, key: string): boolean {
    if (time !== this.exclusionTime) {
      this.exclusionTime = time;
      this.exclusions.clear();
    }
    if (this.exclusions.has(key)) return false;
    this.exclusions.add(key);
    return true;
  }
}
