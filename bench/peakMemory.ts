// Peak resident memory of this process while a benchmark runs, sampled every 20 ms.
export class PeakMemory {
  private peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), 20);

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }

  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return this.peak;
  }
}

/**
 * The peak of a process that does one measured thing (a bench's child): the kernel's own maximum RSS,
 * which a sampler would miss while a long synchronous step (a segment's build) keeps its timer from firing.
 */
export const processPeak = (): number => process.resourceUsage().maxRSS * 1024;

export const formatBytes = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
