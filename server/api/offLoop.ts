import type { ServerResponse } from 'node:http';
import { HttpError } from '../http/respond';
import { PoolFullError, TaskFailedError, TaskStoppedError } from '../work/pool';
import { DamagedMapError } from '../persistence/damagedMap';
import type { DAMAGED, Task, TaskResult } from '../work/tasks';
import type { ApiContext } from './context';

/** What a task is, for messages: the noun and what to do when it is too big. */
export interface TaskWords {
  readonly what: string;
  readonly smaller: string;
}

export const EXPORT_WORDS: TaskWords = { what: 'export', smaller: 'export part of the map (a selection or a branch), or a smaller scale' };
export const READ_WORDS: TaskWords = { what: 'request', smaller: 'try again when fewer people are asking, or export part of the map' };
export const IMPORT_WORDS: TaskWords = { what: 'import', smaller: 'split the map into smaller ones' };

/**
 * Runs heavy work on the worker pool and turns its refusals into answers: 503 with Retry-After
 * when every worker is busy and the queue is full, 503 naming the limit a task ran past.
 */
export async function runOffLoop<T extends Task>(ctx: ApiContext, res: ServerResponse, task: T, words: TaskWords, mapId?: string): Promise<TaskResult<T>> {
  try {
    return await ctx.work.run(task);
  } catch (e) {
    if (e instanceof PoolFullError) {
      res.setHeader('retry-after', String(e.retryAfterSeconds));
      throw new HttpError(503, `The server is busy with other exports and imports: try again in ${e.retryAfterSeconds} s.`);
    }
    if (e instanceof TaskStoppedError) {
      if (e.reason === 'time') throw new HttpError(503, `This ${words.what} took longer than the server's limit of ${e.limit / 1000} s and was stopped: ${words.smaller}.`);
      if (e.reason === 'memory') throw new HttpError(503, `This ${words.what} needed more memory than the server allows (${e.limit} MB) and was stopped: ${words.smaller}.`);
      throw new HttpError(503, `This ${words.what} failed on the server; try again.`);
    }
    if (e instanceof TaskFailedError && e.status < 500) throw new HttpError(e.status, e.message, e.details);
    if (e instanceof TaskFailedError && mapId !== undefined && (e.details as typeof DAMAGED | undefined)?.damaged) throw new DamagedMapError(mapId, e.message);
    throw e;
  }
}
