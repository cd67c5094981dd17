/** `/api/indicators`: the indicator catalogue as the UI needs it (areas, dimensions, indicators). */
import type { IndicatorArea, IndicatorLevel, ValueType } from '../../../src/domain/indicators/indicator-types.ts';
import type { PeriodType } from '../../../src/domain/periods/period.ts';
import { useApi, type ApiState } from './use-api.ts';

/** A label in both languages, keyed by a stable ASCII value. */
export interface LabelledValue {
  value: string;
  vi: string;
  en: string;
}

export interface CatalogueArea {
  code: IndicatorArea;
  vi: string;
  en: string;
}

export interface CatalogueDimension {
  code: string;
  vi: string;
  en: string;
  values: LabelledValue[];
}

export interface CatalogueIndicator {
  code: string;
  area: IndicatorArea;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  unitVi: string;
  unitEn: string;
  valueType: ValueType;
  options?: LabelledValue[];
  levels: IndicatorLevel[];
  periodType: PeriodType;
  decimals: number;
  disaggregations: Array<{ dimension: string; values: string[] }>;
}

export interface Catalogue {
  version: string;
  areas: CatalogueArea[];
  dimensions: CatalogueDimension[];
  indicators: CatalogueIndicator[];
}

/** Loads the catalogue. */
export function useCatalogue(): ApiState<Catalogue> {
  return useApi<Catalogue>('/api/indicators');
}

/** "operator=viettel" → "Viettel", "technology=4g" → "4G" (as the server labels it); '' gives undefined. */
export function breakdownText(catalogue: Catalogue | undefined, breakdown: string, lang: 'vi' | 'en'): string | undefined {
  if (!breakdown || !catalogue) return undefined;
  return breakdown
    .split(';')
    .map((part) => {
      const [dimension = '', value = ''] = part.split('=');
      const dim = catalogue.dimensions.find((d) => d.code === dimension);
      const option = dim?.values.find((v) => v.value === value);
      return option ? option[lang] : part;
    })
    .join(', ');
}
