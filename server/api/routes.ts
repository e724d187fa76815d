import type { Route } from './context';
import { exportRoutes } from './exportRoutes';
import { linkRoutes } from './links';
import { manageRoutes } from './manage';
import { mapRoutes } from './maps';
import { repairRoutes } from './repair';
import { sourceRoutes } from './sourcesApi';
import { versionRoutes } from './versions';

/** Every HTTP API route; see docs/api.md. */
export const apiRoutes: readonly Route[] = [...exportRoutes, ...mapRoutes, ...manageRoutes, ...linkRoutes, ...versionRoutes, ...sourceRoutes, ...repairRoutes];
