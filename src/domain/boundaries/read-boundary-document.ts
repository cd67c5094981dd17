/**
 * Reads a parsed boundary file — a GeoJSON FeatureCollection (or one Feature) or a TopoJSON Topology
 * (one of its objects, converted with topojson-client) — into features with a unit code and a checked
 * geometry, and every problem found, each naming the feature (1-based) and the field.
 */
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { fileIssue, featureIssue } from './boundary-issues.ts';
import type { BoundaryDocument, BoundaryFeature, BoundaryFormat, BoundaryIssue, BoundaryLevel } from './boundary-types.ts';
import { checkGeometry } from './check-geometry.ts';
import { chooseCodeField, CODE_FIELD_NAMES, findProperty, foldFieldName, inferLevel, NAME_FIELD_NAMES, padCode, readCodeValue } from './unit-code-field.ts';

export interface ReadBoundaryOptions {
  /** The property holding the unit code; default: `code` or a usual name (CODE_FIELD_NAMES). */
  codeField?: string | undefined;
  level?: BoundaryLevel | undefined;
  /** The TopoJSON object to read; default: the only one. */
  object?: string | undefined;
  /** Set by the Shapefile reader, whose features arrive as a FeatureCollection. */
  format?: BoundaryFormat | undefined;
}

/** Problems listed per file at most; the rest are counted in the last one. */
export const MAX_BOUNDARY_ISSUES = 200;

interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `doc` (parsed JSON); never throws on bad content, it reports it in `issues`. */
export function readBoundaryDocument(doc: unknown, options: ReadBoundaryOptions = {}): BoundaryDocument {
  const empty = (format: BoundaryFormat, issue: BoundaryIssue, objectName: string | null = null): BoundaryDocument => ({
    format,
    objectName,
    codeField: null,
    level: options.level ?? null,
    featureCount: 0,
    features: [],
    issues: [issue],
  });
  if (!isObject(doc)) {
    return empty('geojson', fileIssue('document.type', 'the file is not a GeoJSON or TopoJSON object', 'tệp không phải đối tượng GeoJSON hoặc TopoJSON'));
  }
  let format: BoundaryFormat;
  let objectName: string | null = null;
  let raw: RawFeature[];
  if (doc.type === 'Topology') {
    format = 'topojson';
    const topo = readTopology(doc, options.object);
    if ('issue' in topo) return empty(format, topo.issue);
    objectName = topo.objectName;
    raw = topo.features;
  } else if (doc.type === 'FeatureCollection' || doc.type === 'Feature') {
    format = options.format ?? 'geojson';
    const crs = crsIssue(doc.crs);
    if (crs) return empty(format, crs);
    const list = doc.type === 'Feature' ? [doc] : doc.features;
    if (!Array.isArray(list))
      return empty(format, fileIssue('document.type', 'the FeatureCollection has no "features" array', 'FeatureCollection không có mảng "features"'));
    raw = list.map((f) =>
      isObject(f)
        ? { properties: isObject(f.properties) ? f.properties : {}, geometry: f.type === 'Feature' ? f.geometry : f }
        : { properties: {}, geometry: f },
    );
  } else {
    const t = typeof doc.type === 'string' ? doc.type : '?';
    return empty(
      'geojson',
      fileIssue(
        'document.type',
        `the file is a "${t}", not a FeatureCollection or Topology (a bare geometry carries no unit code)`,
        `tệp là "${t}", không phải FeatureCollection hay Topology (một hình đơn lẻ không mang mã đơn vị)`,
        { value: t },
      ),
    );
  }
  return readFeatures(raw, format, objectName, options);
}

/** The features of the chosen object of a Topology, or the reason there are none. */
function readTopology(doc: Record<string, unknown>, wanted: string | undefined): { objectName: string; features: RawFeature[] } | { issue: BoundaryIssue } {
  const objects = doc.objects;
  if (!isObject(objects) || !Array.isArray(doc.arcs)) {
    return { issue: fileIssue('topology.invalid', 'the Topology has no "objects" or no "arcs"', 'Topology không có "objects" hoặc "arcs"') };
  }
  const names = Object.keys(objects);
  const list = names.join(', ');
  let name: string;
  if (wanted !== undefined) {
    if (!names.includes(wanted)) {
      return {
        issue: fileIssue(
          'topology.object',
          `the Topology has no object "${wanted}" (it has: ${list})`,
          `Topology không có đối tượng "${wanted}" (có: ${list})`,
          {
            field: 'object',
            value: wanted,
          },
        ),
      };
    }
    name = wanted;
  } else if (names.length === 1) {
    name = names[0]!;
  } else {
    return {
      issue: fileIssue(
        'topology.object',
        names.length === 0 ? 'the Topology has no object' : `the Topology has ${names.length} objects (${list}): name the one to import`,
        names.length === 0 ? 'Topology không có đối tượng nào' : `Topology có ${names.length} đối tượng (${list}): hãy chọn một đối tượng để nhập`,
        { field: 'object' },
      ),
    };
  }
  const object = objects[name];
  try {
    const collection = topoFeature(doc as unknown as Topology<Objects>, object as GeometryCollection);
    const features = 'features' in collection ? collection.features : [collection];
    return { objectName: name, features: features.map((f) => ({ properties: isObject(f.properties) ? f.properties : {}, geometry: f.geometry })) };
  } catch (err) {
    return {
      issue: fileIssue(
        'topology.invalid',
        `the Topology cannot be decoded: ${(err as Error).message}`,
        `không giải mã được Topology: ${(err as Error).message}`,
      ),
    };
  }
}

/** RFC 7946 removed `crs`; an old-style member naming anything but WGS84 lon/lat means the coordinates are elsewhere. */
function crsIssue(crs: unknown): BoundaryIssue | undefined {
  if (crs === undefined || crs === null) return undefined;
  const name = isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string' ? crs.properties.name : JSON.stringify(crs).slice(0, 80);
  if (/CRS84|EPSG:{1,2}4326\b/i.test(name)) return undefined;
  return fileIssue(
    'crs.not_wgs84',
    `the file declares the coordinate system "${name}": convert it to WGS84 lon/lat (EPSG:4326) first`,
    `tệp khai báo hệ tọa độ "${name}": hãy chuyển sang WGS84 kinh độ/vĩ độ (EPSG:4326) trước`,
    { field: 'crs', value: name },
  );
}

function readFeatures(raw: RawFeature[], format: BoundaryFormat, objectName: string | null, options: ReadBoundaryOptions): BoundaryDocument {
  const issues: BoundaryIssue[] = [];
  const allKeys = new Set<string>();
  for (const f of raw) for (const k of Object.keys(f.properties)) allKeys.add(k);
  const field = chooseCodeField(allKeys, options.codeField);
  const doc: BoundaryDocument = {
    format,
    objectName,
    codeField: field?.name ?? null,
    level: options.level ?? null,
    featureCount: raw.length,
    features: [],
    issues,
  };
  if (raw.length === 0) {
    issues.push(fileIssue('document.empty', 'the file has no feature', 'tệp không có đối tượng nào'));
    return doc;
  }
  if (!field) {
    const present = [...allKeys].slice(0, 20).join(', ') || '–';
    issues.push(
      options.codeField !== undefined
        ? fileIssue(
            'code.field',
            `no feature has the field "${options.codeField}" (fields: ${present})`,
            `không đối tượng nào có trường "${options.codeField}" (các trường: ${present})`,
            {
              field: options.codeField,
            },
          )
        : fileIssue(
            'code.field',
            `no unit code field found (tried ${CODE_FIELD_NAMES.join(', ')}; fields: ${present}): name it with codeField / --code-field`,
            `không tìm thấy trường mã đơn vị (đã thử ${CODE_FIELD_NAMES.join(', ')}; các trường: ${present}): hãy chỉ rõ bằng codeField / --code-field`,
          ),
    );
    return doc;
  }

  const codes: (string | undefined)[] = raw.map((f, i) => {
    const read = readCodeValue(findProperty(f.properties, field.folded)?.value);
    if (read.ok) return read.code;
    const shown = String(findProperty(f.properties, field.folded)?.value ?? '').slice(0, 40);
    issues.push(
      read.reason === 'missing'
        ? featureIssue(i + 1, 'code.missing', `no unit code (field ${field.name})`, `thiếu mã đơn vị (trường ${field.name})`, { field: field.name })
        : featureIssue(i + 1, 'code.shape', `"${shown}" is not a unit code (field ${field.name})`, `"${shown}" không phải mã đơn vị (trường ${field.name})`, {
            field: field.name,
            value: shown,
          }),
    );
    return undefined;
  });
  const levelFolded = foldFieldName('level');
  const level = inferLevel({
    given: options.level,
    codeField: field.folded,
    levelProperties: raw.map((f) => findProperty(f.properties, levelFolded)?.value),
    codes: codes.filter((c): c is string => c !== undefined),
  });
  doc.level = level;

  const firstIndex = new Map<string, number>();
  raw.forEach((f, i) => {
    const rawCode = codes[i];
    const checked = checkGeometry(f.geometry);
    if (!checked.ok) {
      const p = checked.problem;
      issues.push(featureIssue(i + 1, p.code, p.en, p.vi, { field: 'geometry', ...(p.value !== undefined ? { value: p.value } : {}) }));
    }
    if (rawCode === undefined || !checked.ok) return;
    const code = padCode(rawCode, level);
    const seen = firstIndex.get(code);
    if (seen !== undefined) {
      issues.push(
        featureIssue(
          i + 1,
          'code.duplicate',
          `code ${code} was already given to feature ${seen} (field ${field.name})`,
          `mã ${code} đã có ở đối tượng ${seen} (trường ${field.name})`,
          {
            field: field.name,
            value: code,
          },
        ),
      );
      return;
    }
    firstIndex.set(code, i + 1);
    const name = readName(f.properties);
    const out: BoundaryFeature = { index: i + 1, code, geometry: checked.geometry, bbox: checked.bbox, vertices: checked.vertices };
    if (rawCode !== code || typeof findProperty(f.properties, field.folded)?.value === 'number') out.rawCode = rawCode;
    if (name !== undefined) out.name = name;
    doc.features.push(out);
  });
  issues.sort((a, b) => a.feature - b.feature);
  return doc;
}

function readName(properties: Record<string, unknown>): string | undefined {
  for (const candidate of NAME_FIELD_NAMES) {
    const v = findProperty(properties, foldFieldName(candidate))?.value;
    if (typeof v === 'string' && v.trim() !== '') return v.normalize('NFC').trim();
  }
  return undefined;
}
