import { layoutMap } from '../../core/layout';
import { createEmptyMap, createStatement } from '../../core/model/types';
const map = { ...createEmptyMap(), statements: Array.from({ length: 3000 }, (_, i) => createStatement({ id: `s${i}`, text: 'A short statement of some words' })) };
for (let k = 0; k < 3; k++) { const t = performance.now(); const l = layoutMap(map); console.log('3000 singletons', (performance.now() - t).toFixed(0), 'ms', l.width, l.height); }
