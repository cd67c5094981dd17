/** Column list and date predicate shared by the units-import reads (each returns RegisterUnit rows). */

/** SELECT list producing a RegisterUnit from admin_unit aliased `alias`. */
export function registerColumns(alias: string): string {
  return `${alias}.id, ${alias}.code, ${alias}.level, ${alias}.type_code as "typeCode", ${alias}.name,
    ${alias}.full_name as "fullName", ${alias}.parent_code as "parentCode",
    ${alias}.valid_from as "validFrom", ${alias}.valid_to as "validTo"`;
}

/** SQL predicate: the version `alias` is in force on the date parameter `param` ('$2'). */
export function inForceOn(alias: string, param: string): string {
  return `(${alias}.valid_from is null or ${alias}.valid_from <= ${param}::date) and (${alias}.valid_to is null or ${alias}.valid_to >= ${param}::date)`;
}
