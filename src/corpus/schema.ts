// The corpus index's SQLite schema: documents and their claims, one row per claim with every
// claim field, so that DuckDB, pandas or the sqlite3 shell can query it without zhibiao.
// Documented for users in the README section "Corpus index"; bump SCHEMA_VERSION on any change.

export const SCHEMA_ID = 'zhibiao/corpus';
export const SCHEMA_VERSION = 2;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL UNIQUE,   -- as given to zhibiao index (reports/ganzi-2024.txt)
  content_hash TEXT NOT NULL,          -- sha256 of the file's bytes: unchanged files are not re-read
  region       TEXT,                   -- issuing government as the report names it: 甘孜州, 四川省, 国务院
  region_key   TEXT,                   -- the same, one spelling per government: 甘孜藏族自治州 → 甘孜州
  level        TEXT,                   -- national | provincial | city | county
  year         INTEGER,                -- the year of the report (= the year it plans)
  review_year  INTEGER,                -- the year its review part reports on
  plan_year    INTEGER,                -- the year its plan part sets targets for
  indexed_at   TEXT NOT NULL           -- ISO 8601 time of extraction
);

CREATE TABLE IF NOT EXISTS claims (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL,         -- amount | change | ratio | gap | rank
  value         REAL NOT NULL,         -- normalised to the canonical unit (513.35亿元 → 51335000000)
  high          REAL,                  -- high end of a range, else NULL
  unit          TEXT NOT NULL,         -- canonical unit: 元, %, 百分点, 人次…
  qualifier     TEXT,                  -- ge | le | gt | approx, else NULL
  modality      TEXT NOT NULL,         -- actual | target
  indicator     TEXT NOT NULL,         -- as the report names it: 规上工业增加值
  indicator_key TEXT NOT NULL,         -- one name per indicator across reports: 规模以上工业增加值
  sector        TEXT NOT NULL,         -- macro, industry, … (zhibiao sectors)
  text          TEXT NOT NULL,         -- the number as written: 513.35亿元
  span_start    INTEGER NOT NULL,      -- [span_start, span_end): UTF-16 indices into the decoded text
  span_end      INTEGER NOT NULL,
  line          INTEGER NOT NULL,      -- 1-based line
  sentence      TEXT NOT NULL,
  metric        TEXT,                  -- id of the metric table (gdp, cpi…: zhibiao metrics), else NULL
  period_from   INTEGER,               -- the years the figure covers: 2024–2024, 2019–2023…, else NULL
  period_to     INTEGER,
  period_average INTEGER,              -- 1 for a yearly average over the period (年均增长), else NULL
  period_base   INTEGER                -- the base year of a change since then (比2020年增长 → 2020), else NULL
);

-- Every distinct indicator name ever indexed: --indicator REGEX is tested here, not on every claim.
CREATE TABLE IF NOT EXISTS indicator_names (
  name TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS claims_document    ON claims(document_id, span_start);
CREATE INDEX IF NOT EXISTS claims_sector      ON claims(sector, modality, kind);
CREATE INDEX IF NOT EXISTS claims_kind_value  ON claims(kind, unit, value);
CREATE INDEX IF NOT EXISTS claims_unit_value  ON claims(unit, value);
CREATE INDEX IF NOT EXISTS claims_indicator   ON claims(indicator);
CREATE INDEX IF NOT EXISTS claims_key         ON claims(indicator_key);
CREATE INDEX IF NOT EXISTS claims_metric      ON claims(metric, modality, kind);
CREATE INDEX IF NOT EXISTS documents_region   ON documents(region_key, year);
CREATE INDEX IF NOT EXISTS documents_year     ON documents(year, level);
CREATE INDEX IF NOT EXISTS documents_level    ON documents(level);
`;
