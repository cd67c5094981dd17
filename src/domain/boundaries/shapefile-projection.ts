/**
 * Which coordinate system a Shapefile's .prj (ESRI WKT) names, as a proj4 definition to reproject it to
 * WGS84. VN-2000 (QĐ 83/2000/QĐ-TTg) is a Transverse Mercator on the WGS84 ellipsoid with a local datum:
 * its WKT usually lacks the datum shift, so the 7 parameters published with TT 973/2001/TT-TCĐC are added.
 * Provinces use TM-3 zones (k = 0.9999) on their own central meridian, read from the .prj.
 */

/** The VN-2000 → WGS84 datum shift (Helmert, 7 parameters). */
export const VN2000_TOWGS84 = '-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278';

export type PrjReading = { kind: 'wgs84' } | { kind: 'proj4'; definition: string; name: string } | { kind: 'unknown'; name: string };

const param = (wkt: string, name: string): number | undefined => {
  const m = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[0-9.eE+-]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : undefined;
};

/** Reads a .prj: WGS84 lon/lat, a proj4 definition (VN-2000 TM, or any WKT proj4 reads itself), or unknown. */
export function readPrj(wkt: string | undefined): PrjReading {
  if (wkt === undefined || wkt.trim() === '') return { kind: 'unknown', name: '' };
  const text = wkt.trim();
  const name = /^(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\s*\[\s*"([^"]*)"/i.exec(text)?.[1] ?? text.slice(0, 60);
  const isProjected = /^PROJ(CS|CRS)/i.test(text);
  const isVn2000 = /VN[-_ ]?2000|Vietnam[-_ ]?2000/i.test(text);
  if (!isProjected) {
    if (isVn2000) return { kind: 'proj4', name, definition: `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs` };
    return /WGS[-_ ]?(19)?84/i.test(text) ? { kind: 'wgs84' } : { kind: 'unknown', name };
  }
  if (isVn2000) {
    if (!/Transverse_Mercator|Transverse Mercator/i.test(text)) return { kind: 'unknown', name };
    const lon0 = param(text, 'central_meridian');
    if (lon0 === undefined) return { kind: 'unknown', name };
    const k = param(text, 'scale_factor') ?? 0.9999;
    const x0 = param(text, 'false_easting') ?? 500000;
    const y0 = param(text, 'false_northing') ?? 0;
    const lat0 = param(text, 'latitude_of_origin') ?? 0;
    return {
      kind: 'proj4',
      name,
      definition: `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${x0} +y_0=${y0} +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`,
    };
  }
  // Other projected systems (UTM 48N/49N on WGS84…): proj4 reads the WKT itself.
  return { kind: 'proj4', name, definition: text };
}
