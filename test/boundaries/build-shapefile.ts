/** Builds tiny Shapefiles (ESRI Shapefile Technical Description, 1998) and zips in memory for tests. */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ShapeRecord {
  /** Text attributes (dBASE C fields), in field order. */
  attributes: Record<string, string>;
  /** Rings of [x, y]; outer rings clockwise, as Shapefiles want. */
  rings: number[][][];
}

/** The .shp and .dbf bytes of polygons (shape type 5) with character attributes. */
export function buildPolygonShapefile(records: ShapeRecord[]): { shp: Uint8Array; dbf: Uint8Array } {
  const bodies = records.map((r) => {
    const points = r.rings.flat();
    const size = 44 + 4 * r.rings.length + 16 * points.length;
    const b = Buffer.alloc(8 + size);
    b.writeInt32BE(0, 0);
    b.writeInt32BE(size / 2, 4);
    b.writeInt32LE(5, 8);
    const box = bbox(points);
    box.forEach((v, i) => b.writeDoubleLE(v, 12 + 8 * i));
    b.writeInt32LE(r.rings.length, 44);
    b.writeInt32LE(points.length, 48);
    let start = 0;
    r.rings.forEach((ring, i) => {
      b.writeInt32LE(start, 52 + 4 * i);
      start += ring.length;
    });
    const p0 = 52 + 4 * r.rings.length;
    points.forEach(([x, y], i) => {
      b.writeDoubleLE(x!, p0 + 16 * i);
      b.writeDoubleLE(y!, p0 + 16 * i + 8);
    });
    return b;
  });
  bodies.forEach((b, i) => b.writeInt32BE(i + 1, 0));
  const header = Buffer.alloc(100);
  const total = 100 + bodies.reduce((n, b) => n + b.length, 0);
  header.writeInt32BE(9994, 0);
  header.writeInt32BE(total / 2, 24);
  header.writeInt32LE(1000, 28);
  header.writeInt32LE(5, 32);
  bbox(records.flatMap((r) => r.rings.flat())).forEach((v, i) => header.writeDoubleLE(v, 36 + 8 * i));
  return { shp: Buffer.concat([header, ...bodies]), dbf: buildDbf(records.map((r) => r.attributes)) };
}

function bbox(points: number[][]): number[] {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function buildDbf(rows: Record<string, string>[]): Uint8Array {
  const names = Object.keys(rows[0] ?? {});
  const widths = names.map((n) => Math.max(1, ...rows.map((r) => Buffer.byteLength(r[n] ?? ''))));
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const headerLength = 32 + 32 * names.length + 1;
  const head = Buffer.alloc(headerLength);
  head.writeUInt8(0x03, 0);
  head.writeUInt8(125, 1);
  head.writeUInt8(7, 2);
  head.writeUInt8(1, 3);
  head.writeUInt32LE(rows.length, 4);
  head.writeUInt16LE(headerLength, 8);
  head.writeUInt16LE(recordLength, 10);
  names.forEach((n, i) => {
    head.write(n.slice(0, 10), 32 + 32 * i, 'latin1');
    head.write('C', 32 + 32 * i + 11, 'latin1');
    head.writeUInt8(widths[i]!, 32 + 32 * i + 16);
  });
  head.writeUInt8(0x0d, headerLength - 1);
  const body = rows.map((r) => {
    const b = Buffer.alloc(recordLength, 0x20);
    let at = 1;
    names.forEach((n, i) => {
      b.write(r[n] ?? '', at, 'utf8');
      at += widths[i]!;
    });
    return b;
  });
  return Buffer.concat([head, ...body, Buffer.from([0x1a])]);
}

/** A zip of these files, deflated. */
export function buildZip(files: Record<string, Uint8Array | string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const count = Object.keys(files).length;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
