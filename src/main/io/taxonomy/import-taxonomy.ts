// One entry point per taxonomy import, shared by the API handlers and the command line so both
// read, match and report the same way: read the files first (file problems fail there, before
// anything is written), then apply in one transaction.
import type {
  EscoImportReport,
  ExposureImportReport,
  ExposureSource,
  NameClashPolicy,
  OnetImportReport,
  TaxonomyImportReport,
} from '../../../shared/taxonomy-types';
import type { WritableDB } from '../../db/types';
import { applyEsco } from './esco-apply';
import { readEscoRelease } from './esco-read';
import { applyExposure } from './exposure-apply';
import { readCrosswalk, readExposureIndex, type EloundouOptions } from './exposure-read';
import { applyOnet } from './onet-apply';
import { readOnetRelease, type Progress } from './onet-read';

export interface OnetRequest {
  kind: 'onet';
  dir: string;
  minImportance?: number;
  nameClash?: NameClashPolicy;
}
export interface EscoRequest {
  kind: 'esco';
  dir: string;
  nameClash?: NameClashPolicy;
}
export interface ExposureRequest {
  kind: 'exposure';
  file: string;
  source: ExposureSource;
  crosswalk?: string | null;
  measure?: EloundouOptions['measure'];
  rater?: EloundouOptions['rater'];
  prefer?: boolean;
}
export type TaxonomyRequest = OnetRequest | EscoRequest | ExposureRequest;

export async function importOnet(db: WritableDB, req: OnetRequest, onProgress?: Progress): Promise<OnetImportReport> {
  const release = await readOnetRelease(req.dir, onProgress);
  return applyOnet(db, release, { minImportance: req.minImportance, nameClash: req.nameClash }, onProgress);
}

export async function importEsco(db: WritableDB, req: EscoRequest, onProgress?: Progress): Promise<EscoImportReport> {
  onProgress?.(0, 1, 'Reading ESCO files');
  const release = readEscoRelease(req.dir);
  return applyEsco(db, release, { nameClash: req.nameClash }, onProgress);
}

export async function importExposure(db: WritableDB, req: ExposureRequest, onProgress?: Progress): Promise<ExposureImportReport> {
  const label = `Reading the ${req.source} index`;
  onProgress?.(0, 1, label);
  const index = await readExposureIndex(req.file, req.source, { measure: req.measure, rater: req.rater });
  const crosswalk = req.crosswalk ? { file: req.crosswalk, ...readCrosswalk(req.crosswalk) } : null;
  const report = applyExposure(db, index, { crosswalk, prefer: req.prefer });
  if (crosswalk && crosswalk.rejected.length > 0) {
    report.notes.push(`${crosswalk.rejected.length} crosswalk rows were rejected as malformed.`);
  }
  onProgress?.(1, 1, label);
  return report;
}

export function importTaxonomy(db: WritableDB, req: TaxonomyRequest, onProgress?: Progress): Promise<TaxonomyImportReport> {
  switch (req.kind) {
    case 'onet':
      return importOnet(db, req, onProgress);
    case 'esco':
      return importEsco(db, req, onProgress);
    case 'exposure':
      return importExposure(db, req, onProgress);
  }
}
