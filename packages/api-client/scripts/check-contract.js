// Fails when any operation of the committed document lacks a named 2xx schema, a Chinese summary or a tag.
const { contractProblems } = require('./contract-problems');

const problems = contractProblems(require('../openapi.json'));
if (problems.length > 0) {
  console.error(`The OpenAPI document does not describe ${problems.length} thing(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('1 passed, 0 failed: every operation has a named 2xx schema, a Chinese summary and a tag');
