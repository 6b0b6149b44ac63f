/**
 * The national list of administrative units in force since 1/7/2025 (34 provinces, 3.321
 * communes, wards and special zones) and the table from the units before that date. Codes are the
 * national statistics office's, kept as text: province 2 digits, commune 5, old district 3.
 * The data itself lives in resources/catalog/ (see its README); this is its shape.
 */
export interface CatalogCommune {
  code: string;
  name: string;
}

export interface CatalogProvince {
  code: string;
  name: string;
  communes: CatalogCommune[];
}

/** A commune before 1/7/2025 and the current commune(s) it went into (several when split). */
export interface OldCommune {
  code: string;
  name: string;
  to: string[];
}

/** A district before 1/7/2025 (districts were abolished then) with its communes. */
export interface OldDistrict {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  communes: OldCommune[];
}

export interface Catalog {
  provinces: CatalogProvince[];
  oldDistricts: OldDistrict[];
}

/** One answer to a search by name: a current commune, found by its name or a former one. */
export interface CatalogHit {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  /** When found by the name of a commune merged into it on 1/7/2025. */
  formerly?: { name: string; districtName: string };
}
