// The Gaps API (issue 4). Each call takes the cached gap state of the open engagement (loaded
// once, reloaded when the data changed: api/gaps/cache.ts) and answers from it in milliseconds.
import type { ApiContext } from '../context';
import { gapState, type GapState } from '../gaps/cache';
import { gapCellPeople } from '../gaps/drill';
import { explainGap } from '../gaps/explain';
import { gapAdjacency, gapReskill, gapUpskill } from '../gaps/lists';
import { gapPerson } from '../gaps/person';
import { gapGroups, gapHeatmap, gapManagers, gapOptions, gapSummary } from '../gaps/rollups';
import { futureOf, whenOf } from '../gaps/scope';
import type { Handlers } from '../registry';

const state = (ctx: ApiContext): Promise<GapState> => gapState(ctx.session.require().db, ctx.emit);

export const gapHandlers = {
  getGapOptions: async (_input, ctx) => gapOptions(await state(ctx)),

  getGapSummary: async (input, ctx) => {
    const s = await state(ctx);
    return gapSummary(s, { filter: input.filter, futureDate: futureOf(s, input), threshold: input.threshold });
  },

  getGapGroups: async (input, ctx) => {
    const s = await state(ctx);
    return gapGroups(s, whenOf(s, input), input.filter, input.by);
  },

  getGapHeatmap: async (input, ctx) => {
    const s = await state(ctx);
    return gapHeatmap(s, whenOf(s, input), input.filter, input.kind);
  },

  getGapCellPeople: async (input, ctx) => {
    const s = await state(ctx);
    return gapCellPeople(s, whenOf(s, input), input.filter, input);
  },

  getGapPerson: async (input, ctx) => {
    const s = await state(ctx);
    return gapPerson(s, { employee: input.employee, futureDate: futureOf(s, input), alternatives: input.alternatives });
  },

  getGapUpskill: async (input, ctx) => {
    const s = await state(ctx);
    return gapUpskill(s, { filter: input.filter, futureDate: futureOf(s, input), offset: input.offset, limit: input.limit });
  },

  getGapReskill: async (input, ctx) => {
    const s = await state(ctx);
    return gapReskill(s, whenOf(s, input), input.filter, input);
  },

  getGapAdjacency: async (input, ctx) => {
    const s = await state(ctx);
    return gapAdjacency(s, whenOf(s, input), input);
  },

  getGapManagers: async (input, ctx) => {
    const s = await state(ctx);
    return gapManagers(s, whenOf(s, input), input.filter);
  },

  explainGap: async (input, ctx) => {
    const s = await state(ctx);
    return explainGap(s, whenOf(s, input), input.filter, input.target);
  },
} satisfies Partial<Handlers>;
