import type { CliCommand } from './command';
import { validateCommand } from './validateCommand';

/** Every sub-command of `warrant`; add new ones here. */
export const commands: readonly CliCommand[] = [validateCommand];
