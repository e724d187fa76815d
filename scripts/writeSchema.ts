// Writes core/model/map.schema.json from the schemas in core/model/records.ts (npm run schema).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getMapJsonSchema } from '../core/model';

const file = fileURLToPath(new URL('../core/model/map.schema.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(getMapJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
