/**
 * The sector's indicator catalogue as shipped: the seed files of catalogue/, compiled once at load.
 * Stored values and evaluations record INDICATOR_CATALOGUE_VERSION; change it with any change to a
 * definition's meaning (STYLE.md "Rules are data": versioned).
 */
import { DIMENSIONS } from './catalogue/dimensions.ts';
import { IT_APPLICATION_INDICATORS } from './catalogue/it-application.ts';
import { NTM_STATUS_INDICATORS } from './catalogue/ntm-status.ts';
import { POSTAL_INDICATORS } from './catalogue/postal.ts';
import { PROVINCE_STATISTICS_INDICATORS } from './catalogue/province-statistics.ts';
import { RADIO_INDICATORS } from './catalogue/radio.ts';
import { TELECOM_INDICATORS } from './catalogue/telecom.ts';
import { VILLAGE_INDICATORS } from './catalogue/villages.ts';
import { compileCatalogueOrThrow } from './compile-catalogue.ts';
import type { CatalogueDefs, CompiledCatalogue } from './indicator-types.ts';

/** The version of the shipped catalogue. */
export const INDICATOR_CATALOGUE_VERSION = '2026.3';

/** The shipped definitions, before compiling, in area order. */
export const SECTOR_CATALOGUE_DEFS: CatalogueDefs = {
  version: INDICATOR_CATALOGUE_VERSION,
  dimensions: DIMENSIONS,
  indicators: [
    ...VILLAGE_INDICATORS,
    ...POSTAL_INDICATORS,
    ...TELECOM_INDICATORS,
    ...RADIO_INDICATORS,
    ...IT_APPLICATION_INDICATORS,
    ...PROVINCE_STATISTICS_INDICATORS,
    ...NTM_STATUS_INDICATORS,
  ],
};

/** The shipped catalogue, compiled; loading this module fails loudly if a definition is wrong. */
export const SECTOR_CATALOGUE: CompiledCatalogue = compileCatalogueOrThrow(SECTOR_CATALOGUE_DEFS);
