import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './tasks';

// A worker thread of the pool (server/work/pool.ts): one task at a time, answered in order.
const port = parentPort!;
port.on('message', (task: Task) => {
  void runTask(task).then((reply) => port.postMessage(reply));
});
port.postMessage('ready');
