/** Reads a zipped Shapefile (.shp, .dbf, .prj) into a GeoJSON FeatureCollection in WGS84. */
import { unsupportedFile } from '../errors.ts';

/** The features of the Shapefile in the zip, reprojected to WGS84 lon/lat. */
export async function readShapefileZip(_bytes: Uint8Array): Promise<unknown> {
  throw unsupportedFile('zipped Shapefiles are not read yet', 'chưa đọc được Shapefile nén zip');
}
