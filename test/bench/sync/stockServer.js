// The baseline: the stock y-websocket server (@y/websocket-server 0.1.1, memory only), as its
// own bin starts it, on a free port. Prints "listening <port>" once ready.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';

const wss = new WebSocketServer({ noServer: true });
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('okay'));
wss.on('connection', setupWSConnection);
server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
