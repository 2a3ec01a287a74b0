// Station vocabulary shared by the API and the mini-app: the codes are the contract, the names the UI.
export const AMENITIES = [
  { code: 'water', name: '饮用水' },
  { code: 'charging', name: '手机充电' },
  { code: 'microwave', name: '微波炉' },
  { code: 'toilet', name: '卫生间' },
  { code: 'seating', name: '休息座椅' },
  { code: 'air_conditioning', name: '空调' },
  { code: 'first_aid', name: '急救药箱' },
  { code: 'cold_drinks', name: '爱心冰箱' },
] as const;
export type Amenity = (typeof AMENITIES)[number]['code'];
export const AMENITY_CODES: Amenity[] = AMENITIES.map((a) => a.code);

export const STATION_KINDS = [
  { code: 'worker_station', name: '职工驿站' },
  { code: 'courier_station', name: '小哥驿站' },
  { code: 'freight_drivers_home', name: '货运司机之家' },
  { code: 'mobile', name: '流动站' },
] as const;
export type StationKind = (typeof STATION_KINDS)[number]['code'];
export const STATION_KIND_CODES: StationKind[] = STATION_KINDS.map((k) => k.code);

/** What a worker can say went wrong at a station. */
export const STATION_REPORT_KINDS = [
  { code: 'closed_when_open', name: '显示营业但实际关门' },
  { code: 'amenity_missing', name: '设施缺失或不能用' },
  { code: 'moved', name: '驿站已搬迁或位置不对' },
  { code: 'other', name: '其他问题' },
] as const;
export type StationReportKind = (typeof STATION_REPORT_KINDS)[number]['code'];
export const STATION_REPORT_KIND_CODES: StationReportKind[] = STATION_REPORT_KINDS.map((k) => k.code);

/** A station report is open until staff resolve it. */
export const STATION_REPORT_STATUSES = ['open', 'resolved'] as const;
export type StationReportStatus = (typeof STATION_REPORT_STATUSES)[number];

/** The datum a client's coordinates are in; stations are stored and returned in GCJ-02. */
export const COORDINATE_SYSTEMS = ['gcj02', 'wgs84'] as const;
export type CoordinateSystem = (typeof COORDINATE_SYSTEMS)[number];
