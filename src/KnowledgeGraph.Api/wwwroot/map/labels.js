// Chinese labels for the enum values GraphQL returns (ENTERPRISE, INNOVATION_PLATFORM …; PascalCase also accepted).
const KIND = {
  REGION: ['地区', '区'], GOVERNMENT_AGENCY: ['政府机构', '政'], LAB: ['实验室', '实'], INNOVATION_PLATFORM: ['创新平台', '台'],
  PARK: ['园区', '园'], INCUBATOR: ['孵化器', '孵'], UNIVERSITY: ['高校', '校'], RESEARCH_INSTITUTE: ['科研院所', '院'],
  ENTERPRISE: ['企业', '企'], INDUSTRY_CHAIN: ['产业链', '链'], CHAIN_SEGMENT: ['环节', '节'], ACHIEVEMENT: ['成果', '成'],
  PROJECT: ['项目', '项'], FUND: ['基金', '金'], FINANCIAL_PRODUCT: ['金融产品', '融'], POLICY: ['政策', '策'], PERSON: ['人物', '人'],
};

const STAGE = { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' };
const SEVERITY = { HIGH: ['高', 'high'], MEDIUM: ['中', 'medium'], LOW: ['低', 'low'] };

/** ENTERPRISE, Enterprise, innovationPlatform → ENTERPRISE / INNOVATION_PLATFORM. */
export function constant(value) {
  return String(value ?? '').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

export const kindLabel = kind => KIND[constant(kind)]?.[0] ?? String(kind);
export const kindMark = kind => KIND[constant(kind)]?.[1] ?? '?';
export const stageLabel = stage => STAGE[constant(stage)] ?? String(stage);
export const severityLabel = s => SEVERITY[constant(s)]?.[0] ?? String(s);
export const severityClass = s => SEVERITY[constant(s)]?.[1] ?? 'low';
export const severityRank = s => ({ HIGH: 0, MEDIUM: 1, LOW: 2 })[constant(s)] ?? 3;
export const stages = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];

/** The counts shown on a segment box, in this order. */
export const countedKinds = ['ENTERPRISE', 'LAB', 'INNOVATION_PLATFORM', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'ACHIEVEMENT', 'PROJECT', 'FUND'];

export const isLeading = role => !!role && /链主|龙头|lead/i.test(role);
