// The page talks to the service only through GraphQL (same origin, no CDN): these are all the queries it sends.
const endpoint = document.querySelector('meta[name="graphql-endpoint"]')?.content || '/graphql';

export async function gql(query, variables = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!body || (body.errors && !body.data)) {
    const message = body?.errors?.map(e => e.message).join('；') || `HTTP ${response.status}`;
    throw new Error(message);
  }
  if (body.errors?.length) {
    console.warn('GraphQL errors', body.errors);
  }
  return body.data;
}

export const CHAINS = `query Chains { chains { name segments { name } } }`;

const PLACEMENT = `fragment P on Placement { segmentId entityId type name regionCode role leading via relationId }`;

export const MAP = `query ChainMapPage($chain: String!, $region: String, $asOf: DateTimeOffset) {
  chainMap(chain: $chain, region: $region, asOf: $asOf) {
    chain { name }
    region { code name shortName }
    asOf
    supplies { fromSegmentId toSegmentId relationId }
    chainLevel { ...P }
    chainLevelElsewhere { ...P }
    segments {
      id name stage order
      counts { type count }
      elsewhereCounts { type count }
      placements { ...P }
      elsewhere { ...P }
      unlocated { ...P }
    }
  }
  gaps(chain: $chain, region: $region, asOf: $asOf) {
    kind kindLabel severity segmentId explanation entityIds relationIds
    suggestions { action actionLabel rank entityId name type regionCode explanation score }
  }
}
${PLACEMENT}`;

export const COVERAGE = `query CoveragePage($chain: String!) {
  coverage(chain: $chain) {
    level
    segments { id name }
    rows { regionCode regionName total cells { segmentId total organisations } }
  }
}`;

export const DETAIL = `query EntityDetail($id: ID!, $targets: [ID!]!) {
  entity(id: $id) { id type name aliases region { code name } level status mentionCount }
  mentions(targetIds: $targets) { targetId sentence text articleTitle bulletin { name title } }
}`;
