// The command table. A later issue adds a command by writing one module and listing it here.
import { careersCommand } from './careers';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { fitCommand } from './fit';
import { gapsCommand } from './gaps';
import { helpCommand } from './help';
import { importCommand } from './import';
import { infoCommand } from './info';
import { newCommand } from './new';
import { planCommand } from './plan';
import { scenarioCommand } from './scenario';
import { taxonomyCommand } from './taxonomy';
import type { Command } from './types';

export const commands: readonly Command[] = [
  newCommand,
  demoCommand,
  infoCommand,
  taxonomyCommand,
  exportCommand,
  importCommand,
  gapsCommand,
  fitCommand,
  scenarioCommand,
  careersCommand,
  planCommand,
  helpCommand(() => commands),
];

export type { Command } from './types';
