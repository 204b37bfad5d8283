// Generated from specs/lstbm/alibaba.lst.bm.store.emp.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.bm.store.emp.save` (保存品牌商自有门店和内部业代之间的关系). */
export interface AlibabaLstBmStoreEmpSaveRequest {
  /** 门店id标识 */
  store_id?: string;
  /** 员工id标识 */
  bm_emp_id?: string;
}

/** Response of `alibaba.lst.bm.store.emp.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstBmStoreEmpSaveResponse {
  /** true表示执行成功，false表示执行失败 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  bm_emp_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.bm.store.emp.save`: method, response root, request and response schemas. */
export const alibabaLstBmStoreEmpSaveOperation = {
  method: 'alibaba.lst.bm.store.emp.save',
  responseRoot: 'alibaba_lst_bm_store_emp_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保存品牌商自有门店和内部业代之间的关系 — calls TOP method `alibaba.lst.bm.store.emp.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstBmStoreEmpSave(
  client: TopClient,
  request: AlibabaLstBmStoreEmpSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstBmStoreEmpSaveResponse> {
  return client.call<AlibabaLstBmStoreEmpSaveResponse>(
    {
      method: 'alibaba.lst.bm.store.emp.save',
      responseRoot: 'alibaba_lst_bm_store_emp_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
