// The data-quality panel's report (issue 3).
import { dataQuality } from '../../db/repos/data-quality';
import type { Handlers } from '../registry';

export const dataQualityHandlers = {
  getDataQuality: (_input, ctx) => dataQuality(ctx.session.require().db),
} satisfies Partial<Handlers>;
