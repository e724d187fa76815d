import { adminLinkCommand } from './adminLinkCommand';
import { backupCommand } from './backupCommand';
import type { CliCommand } from './command';
import { exportCommand } from './exportCommand';
import { validateCommand } from './validateCommand';
import { evaluateCommand } from './evaluateCommand';
import { lintCommand } from './lintCommand';
import { importCommand } from './importCommand';
import { reportCommand } from './reportCommand';

/** Every sub-command of `warrant`; add new ones here. */
export const commands: readonly CliCommand[] = [validateCommand, evaluateCommand, lintCommand, exportCommand, importCommand, reportCommand, adminLinkCommand, backupCommand];
