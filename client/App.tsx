import { useEffect, useState } from 'react';
import { Editor } from './Editor';
import { MapPicker } from './picker/MapPicker';

function currentRoute(): { mapId?: string } {
  const m = /^\/m\/([^/]+)\/?$/.exec(window.location.pathname);
  return m ? { mapId: decodeURIComponent(m[1]) } : {};
}

/** Two routes: `/` (map picker) and `/m/<mapId>` (the editor). */
export function App() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onPop = () => setRoute(currentRoute());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return route.mapId ? <Editor key={route.mapId} mapId={route.mapId} /> : <MapPicker />;
}
