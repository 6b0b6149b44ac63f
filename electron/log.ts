/**
 * Support log. Lines name where they come from; they never carry report figures or personal
 * data. Issue 4 adds a rotating file in the data folder; until a sink is set, lines go to stderr.
 */
type Sink = (line: string) => void;

let sink: Sink = (line) => process.stderr.write(line + '\n');

export function setLogSink(next: Sink): void {
  sink = next;
}

export function log(source: string, message: string): void {
  sink(`${new Date().toISOString()} [${source}] ${message}`);
}
