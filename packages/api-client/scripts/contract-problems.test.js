// The contract check must fail on what it is there to catch; run with `node --test`.
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { contractProblems } = require('./contract-problems');

const ok = {
  summary: '我的申领',
  tags: ['benefits'],
  responses: { 200: { description: '', content: { 'application/json': { schema: { $ref: '#/components/schemas/ClaimView' } } } } },
};
const documentWith = (operation) => ({ paths: { '/api/v1/claims/me': { get: operation } } });

test('passes an operation with a named 2xx schema, a Chinese summary and a tag', () => {
  assert.deepEqual(contractProblems(documentWith(ok)), []);
});

test('passes a page: the Page schema composed with items', () => {
  const schema = {
    allOf: [{ $ref: '#/components/schemas/Page' }, { properties: { items: { type: 'array', items: { $ref: '#/components/schemas/ClaimView' } } } }],
  };
  assert.deepEqual(contractProblems(documentWith({ ...ok, responses: { 200: { description: '', content: { 'application/json': { schema } } } } })), []);
});

test('passes a 204 without a body', () => {
  assert.deepEqual(contractProblems(documentWith({ ...ok, responses: { 204: { description: '' } } })), []);
});

test('fails a 2xx without any schema', () => {
  assert.deepEqual(contractProblems(documentWith({ ...ok, responses: { 201: { description: '' } } })), ['GET /api/v1/claims/me 201: no schema']);
});

test('fails a bare object', () => {
  const responses = { 200: { description: '', content: { 'application/json': { schema: { type: 'object' } } } } };
  assert.deepEqual(contractProblems(documentWith({ ...ok, responses })), ['GET /api/v1/claims/me 200: the JSON body is not a named schema']);
});

test('fails a missing or English summary and a missing tag', () => {
  assert.deepEqual(contractProblems(documentWith({ ...ok, summary: 'My claims', tags: [] })), [
    'GET /api/v1/claims/me: no Chinese summary',
    'GET /api/v1/claims/me: no tag',
  ]);
});
