/**
 * exceljs's streaming worksheet hands its XML to the zip without waiting for it to be
 * compressed, so rows committed in a tight loop pile up in memory as uncompressed text. Waiting
 * here until the worksheet's pipe has drained keeps memory flat however many rows are written.
 */
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_PENDING_BYTES = 1 << 20;

interface BufferedState {
  length?: number;
}
interface PipeLike {
  _writableState?: BufferedState;
  _readableState?: BufferedState;
}

/** Bytes written to the worksheet but not yet taken by the compressor. */
function pendingBytes(sheet: unknown): number {
  const pipes = (sheet as { stream?: { pipes?: PipeLike[] } }).stream?.pipes ?? [];
  let total = 0;
  for (const p of pipes) total += (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);
  return total;
}

export async function waitForSheetDrain(sheet: unknown): Promise<void> {
  while (pendingBytes(sheet) > MAX_PENDING_BYTES) await sleep(1);
  // Even with nothing pending, give the event loop (progress events, IPC) a turn.
  await new Promise((resolve) => setImmediate(resolve));
}
