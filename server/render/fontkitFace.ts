import fontkit from '@pdf-lib/fontkit';
import type { FaceKey } from '../../core/render/style';
import { fontBytes } from './fonts';

/** A DejaVu Sans face opened with fontkit (for metrics generation and tests; exports never need it). */
export const loadFontkitFace = (key: FaceKey) => fontkit.create(Buffer.from(fontBytes(key)));
