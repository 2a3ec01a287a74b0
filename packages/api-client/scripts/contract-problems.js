// What the OpenAPI document must say of every operation, so that clients need no hand-written types:
// each 2xx answer with a body has a named schema (a $ref, or a composition of them such as the
// paged `Page` + items), and each operation has a Chinese summary and a tag.
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const HAN = /[\u4e00-\u9fff]/;
// 204 and 205 have no body; 304 is not 2xx.
const BODILESS = new Set(['204', '205']);

/** True when the schema is a reference to a named schema, or composes only such references and inline parts that do. */
function isNamed(schema) {
  if (!schema || typeof schema !== 'object') return false;
  if (typeof schema.$ref === 'string') return true;
  const parts = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  return Array.isArray(parts) && parts.some((part) => typeof part.$ref === 'string');
}

/** Every problem of the document, one line each; an empty list means the contract is complete. */
function contractProblems(document) {
  const problems = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!operation.summary || !HAN.test(operation.summary)) problems.push(`${where}: no Chinese summary`);
      if (!operation.tags || operation.tags.length === 0) problems.push(`${where}: no tag`);
      const responses = Object.entries(operation.responses ?? {});
      const success = responses.filter(([status]) => /^2(\d\d|XX)$/.test(status));
      if (success.length === 0) problems.push(`${where}: no 2xx response`);
      for (const [status, response] of success) {
        if (BODILESS.has(status)) continue;
        const media = Object.entries(response.content ?? {});
        if (media.length === 0) problems.push(`${where} ${status}: no schema`);
        for (const [type, { schema }] of media) {
          if (type === 'application/json' && !isNamed(schema)) problems.push(`${where} ${status}: the JSON body is not a named schema`);
          if (type !== 'application/json' && !schema) problems.push(`${where} ${status}: ${type} has no schema`);
        }
      }
    }
  }
  return problems;
}

module.exports = { contractProblems };
