/** The outcome of one item of a group run that failed alone. */
export class ItemFailure {
  constructor(readonly error: unknown) {}
}

/**
 * Group commit: items submitted while a run is in flight are handed to the
 * next run together (up to `max` at once), so under load N callers share one
 * transaction and alone a caller runs at once. `run` answers one outcome per
 * item, in order (an ItemFailure rejects that item alone). When a group run
 * throws, each of its items is run again alone, so one bad item cannot fail
 * the others.
 */
export class Coalescer<I, O> {
  private readonly waiting: Array<{ item: I; resolve: (value: O) => void; reject: (error: unknown) => void }> = [];
  private draining = false;

  constructor(
    private readonly run: (items: I[]) => Promise<Array<O | ItemFailure>>,
    private readonly max = 64,
  ) {}

  submit(item: I): Promise<O> {
    const done = new Promise<O>((resolve, reject) => this.waiting.push({ item, resolve, reject }));
    if (!this.draining) void this.drain();
    return done;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, this.max);
        try {
          const outcomes = await this.run(group.map((entry) => entry.item));
          group.forEach((entry, index) => settle(entry, outcomes[index]));
        } catch (error) {
          if (group.length === 1) group[0].reject(error);
          else
            for (const entry of group) {
              try {
                settle(entry, (await this.run([entry.item]))[0]);
              } catch (alone) {
                entry.reject(alone);
              }
            }
        }
      }
    } finally {
      this.draining = false;
    }
  }
}

function settle<O>(entry: { resolve: (value: O) => void; reject: (error: unknown) => void }, outcome: O | ItemFailure | undefined): void {
  if (outcome instanceof ItemFailure) entry.reject(outcome.error);
  else entry.resolve(outcome as O);
}
