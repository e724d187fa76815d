import { recordDenials } from './denials';
import { createApi } from './http';
import { makeDirs } from './server';
import { type createCleanups, startServerWith } from './serverWith';
import { connectClient, synced } from './yclient';

/**
 * A server with an auth secret, on the small test map, and `connect(role)`: a y-websocket client
 * on that map through a fresh link of that role, synced, recording the denials it is told. Every
 * client is one browser (`participant` is its participant key). All of it is closed by `cleanups`.
 */
export async function startWithRoleLinks(cleanups: ReturnType<typeof createCleanups>, authSecret: string, participant: string) {
  const server = await startServerWith(makeDirs(), { authSecret });
  cleanups.add(() => server.close());
  const admin = createApi(server.url, server.adminToken);
  const connect = async (role: string) => {
    const { token } = (await admin('POST', '/api/maps/small/links', { role })).body;
    const c = connectClient(server.url, 'small', { token, participant });
    cleanups.add(() => c.provider.destroy());
    await synced(c.provider);
    return { ...c, denials: recordDenials(c.provider) };
  };
  return { server, admin, connect };
}
